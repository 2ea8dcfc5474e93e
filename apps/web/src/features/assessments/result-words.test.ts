import {
  createTranslator,
  HOME_ADAPTATIONS,
  instrumentById,
  type Assessment,
  type InstrumentId,
} from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { local } from './answer-text.js';
import { describerFor } from './describers.js';
import { mainResult, numberText, screeningText } from './result-words.js';
import { scoreView } from './score-view.js';

const t = createTranslator('en');
const ru = createTranslator('ru');
const definition = (id: InstrumentId) => {
  const d = instrumentById(id);
  if (!d) throw new Error(id);
  return d;
};
const scoreOf = (id: InstrumentId, name: string) => {
  const s = definition(id).scores.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};

describe('results in words', () => {
  it('says the screening verdict in words, and unknown when answers are missing', () => {
    expect(screeningText(true, t)).toBe('Functional difficulty found');
    expect(screeningText(false, t)).toBe('No functional difficulty found');
    expect(screeningText(null, t)).toMatch(/unknown/);
  });

  it('never shows a missing score as zero', () => {
    expect(numberText(null, [12, 60], t)).toBe('Not scored: answers are missing');
    expect(numberText(0, [0, 100], t)).toBe('0 (on a scale of 0–100)');
  });

  it('names CFM domains by their section and says each result in words, with its questions', () => {
    const cfm = definition('cfm-5-17');
    const view = scoreView(
      cfm,
      scoreOf('cfm-5-17', 'domains'),
      { walking: 1, seeing: 0, anxiety: null },
      'en',
      t,
    );
    expect(view.kind).toBe('flags');
    if (view.kind !== 'flags') return;
    expect(view.rows.map((r) => [r.label, r.value])).toEqual([
      ['Walking', 1],
      ['Seeing', 0],
      ['Anxiety', null],
    ]);
    expect(view.rows[0]?.items.length).toBeGreaterThan(1);
  });

  it('names WHODAS domains from the catalogue, in the interface language', () => {
    const view = scoreView(
      definition('whodas-12'),
      scoreOf('whodas-12', 'domains'),
      { mobility: 6, cognition: null },
      'ru',
      ru,
    );
    expect(view).toEqual({
      kind: 'values',
      rows: [
        { key: 'mobility', label: 'Передвижение', value: '6' },
        { key: 'cognition', label: 'Понимание и общение', value: null },
      ],
    });
  });

  it('keeps a number score on its own range', () => {
    expect(scoreView(definition('whodas-12'), scoreOf('whodas-12', 'simple'), 30, 'en', t)).toEqual(
      {
        kind: 'number',
        value: 30,
        range: [12, 60],
      },
    );
  });

  it('names list entries by the items they point to (a target item and its area)', () => {
    const wg = definition('wg-ss');
    const view = scoreView(
      wg,
      { ...scoreOf('wg-ss', 'disability1'), name: 'targets', plot: 'none' },
      [{ item: 'walking', area: 'functioning' }],
      'en',
      t,
    );
    expect(view).toEqual({
      kind: 'list',
      rows: [
        { key: '0-walking', title: local(wg.items[2]!.text, 'en'), detail: 'Area: Functioning' },
      ],
    });
  });

  it('sums an assessment up in one line for the history list', () => {
    const base = { positive: null, scores: {} } as Pick<Assessment, 'positive' | 'scores'>;
    expect(mainResult(definition('cfm-2-4'), { ...base, positive: true }, 'en', t)).toBe(
      'Functional difficulty found',
    );
    expect(
      mainResult(definition('whodas-12'), { ...base, scores: { simple: 24 } }, 'en', t),
    ).toMatch(/: 24 \(on a scale of 12–60\)$/);
  });
});

describe('checklist results in words', () => {
  it('gives each home recommendation its title, advice and CBR matrix elements', () => {
    const home = definition('home-environment');
    const recommendations = scoreOf('home-environment', 'recommendations');
    const [first] = HOME_ADAPTATIONS.values();
    if (!first) throw new Error('no adaptations');
    const view = scoreView(
      home,
      recommendations,
      [{ id: first.id, section: 'entrance', elements: [...first.elements] }],
      'ru',
      ru,
      describerFor(home, ru),
    );
    expect(view.kind).toBe('list');
    if (view.kind !== 'list') return;
    expect(view.rows[0]?.title).toBe(first.title.ru);
    expect(view.rows[0]?.detail).toContain(first.text.ru);
    expect(view.rows[0]?.detail).toContain('матрица РМС');
  });

  it('says counts per part and shares as percentages', () => {
    const development = definition('development-0-6');
    const areas = scoreView(
      development,
      scoreOf('development-0-6', 'areas'),
      { [development.sections[0]!.id]: { achieved: 3, emerging: 1, notYet: 0, asked: 4 } },
      'en',
      t,
    );
    expect(areas).toMatchObject({
      kind: 'values',
      rows: [{ value: 'Achieved: 3; Emerging: 1; Not yet: 0; Asked: 4' }],
    });
    const share = scoreView(
      development,
      scoreOf('development-0-6', 'achievedShare'),
      { [development.sections[0]!.id]: 0.75 },
      'en',
      t,
    );
    expect(share).toMatchObject({ kind: 'values', rows: [{ value: '75%' }] });
  });
});

describe('ICF profile in words', () => {
  it("names each category and says its qualifiers in the scale's words", () => {
    const icf = definition('icf-profile');
    const d = icf.items.find((i) => i.id.endsWith('.performance'));
    if (!d) throw new Error('no activity item');
    const code = d.id.replace('.performance', '');
    const view = scoreView(
      icf,
      scoreOf('icf-profile', 'profile'),
      [{ category: code, component: 'd', performance: 2, capacity: null, gap: null }],
      'en',
      t,
      describerFor(icf, t),
    );
    if (view.kind !== 'list') throw new Error(view.kind);
    expect(view.rows[0]?.title.startsWith(code)).toBe(true);
    expect(view.rows[0]?.title).not.toContain(':');
    expect(view.rows[0]?.detail).toMatch(/^Performance: .+; Capacity: Not rated$/);
  });
});
