import { describe, expect, it } from 'vitest';
import { visibleItems } from './engine.js';
import type { Condition, InstrumentDefinition, LocalText } from './instrument.js';
import { INSTRUMENTS } from './registry.js';

/** Every LocalText inside a value, with where it was found. */
function texts(value: unknown, path: string, found: [string, LocalText][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, found));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.kk === 'string' && typeof record.ru === 'string')
      found.push([path, record as unknown as LocalText]);
    else for (const [key, v] of Object.entries(record)) texts(v, `${path}.${key}`, found);
  }
  return found;
}

function itemsIn(condition: Condition): string[] {
  if ('item' in condition) return [condition.item];
  if ('all' in condition) return condition.all.flatMap(itemsIn);
  if ('any' in condition) return condition.any.flatMap(itemsIn);
  if ('not' in condition) return itemsIn(condition.not);
  return [];
}

describe.each([...INSTRUMENTS.values()].map((d) => [d.id, d] as [string, InstrumentDefinition]))(
  'instrument %s',
  (_id, definition) => {
    it('has every text in kk, ru and en, and no language left as a copy of another', () => {
      for (const [path, text] of texts(definition, definition.id)) {
        for (const language of ['kk', 'ru', 'en'] as const)
          expect(text[language].trim(), `${path}.${language}`).not.toBe('');
        if (/[а-яё]/i.test(text.ru) && text.ru.length > 12)
          expect(text.en, `${path} en is the Russian text`).not.toBe(text.ru);
      }
    });

    it('shows no doubled full stop where texts are joined (a hint ending in "т.б." or "и т. п.")', () => {
      for (const [path, text] of texts(definition, definition.id))
        for (const language of ['kk', 'ru', 'en'] as const)
          expect(text[language], `${path}.${language}`).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    });

    it('has unique item ids, known sections and scales, and skip rules on earlier items', () => {
      const ids = definition.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      const sections = new Set(definition.sections.map((s) => s.id));
      const scales = new Set(definition.scales.map((s) => s.id));
      definition.items.forEach((item, index) => {
        expect(sections, `${item.id} section`).toContain(item.section);
        expect(scales, `${item.id} scale`).toContain(item.scale);
        const before = new Set(ids.slice(0, index));
        for (const ref of item.when ? itemsIn(item.when) : [])
          expect(before, `${item.id} depends on ${ref}`).toContain(ref);
      });
      for (const scale of definition.scales) {
        const codes = scale.options.map((o) => o.code);
        expect(new Set(codes).size, scale.id).toBe(codes.length);
      }
    });

    it('scores no answers as missing, with every declared score and nothing else', () => {
      const scores = definition.score({});
      expect(Object.keys(scores).sort()).toEqual(definition.scores.map((s) => s.name).sort());
      for (const value of Object.values(scores)) expect(value).not.toBe(0);
    });

    it('asks at least one item at every eligible age', () => {
      const { minMonths, maxMonths } = definition.ages;
      for (const age of [minMonths, maxMonths ?? minMonths + 600])
        expect(visibleItems(definition, {}, { ageMonths: age }).length).toBeGreaterThan(0);
    });
  },
);
