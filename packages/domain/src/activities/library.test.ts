import { describe, expect, it } from 'vitest';
import { isCbrElementId } from '../cbr/matrix.js';
import { LANGUAGES } from '../i18n/locales.js';
import type { LocalText } from '../instruments/instrument.js';
import {
  ACTIVITY_CATEGORIES,
  activityCardSchema,
  MAX_ACTIVITY_STEPS,
  MIN_ACTIVITY_STEPS,
  type ActivityCard,
} from './activity.schema.js';
import { ACTIVITY_CARDS, builtinActivities, builtinActivity } from './library.js';
import { isPictogramId } from './pictograms.js';

/** Every text of a card, with where it is, for messages that name the failing text. */
function textsOf(card: ActivityCard): [string, LocalText][] {
  const lists = ['materials', 'steps', 'safety', 'stopSigns'] as const;
  return [
    ['title', card.title],
    ['purpose', card.purpose],
    ...lists.flatMap((key) => card[key].map((t, i): [string, LocalText] => [`${key}.${i}`, t])),
  ];
}

const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;

describe('the activity library', () => {
  it('has at least 48 cards, at least 6 in every category', () => {
    expect(ACTIVITY_CARDS.length).toBeGreaterThanOrEqual(48);
    for (const category of ACTIVITY_CATEGORIES)
      expect(builtinActivities({ category }).length, category).toBeGreaterThanOrEqual(6);
  });

  it('has unique ids, each `<category>.<name>`', () => {
    const ids = ACTIVITY_CARDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const card of ACTIVITY_CARDS) expect(card.id.startsWith(`${card.category}.`)).toBe(true);
  });

  it.each(ACTIVITY_CARDS.map((c) => [c.id, c] as const))('%s is a valid card', (_id, card) => {
    const parsed = activityCardSchema.safeParse(card);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(card.steps.length).toBeGreaterThanOrEqual(MIN_ACTIVITY_STEPS);
    expect(card.steps.length).toBeLessThanOrEqual(MAX_ACTIVITY_STEPS);
    expect(card.elements.length).toBeGreaterThan(0);
    expect(card.elements.every(isCbrElementId)).toBe(true);
    expect(isPictogramId(card.pictogram)).toBe(true);
    expect(card.safety.length).toBeGreaterThan(0);
    expect(card.stopSigns.length).toBeGreaterThan(0);
    expect(card.version).toBeGreaterThanOrEqual(1);
  });

  it('says every text in Kazakh, Russian and English, none left blank or untranslated', () => {
    const problems: string[] = [];
    for (const card of ACTIVITY_CARDS)
      for (const [where, text] of textsOf(card)) {
        for (const language of LANGUAGES)
          if (text[language].trim() === '') problems.push(`${card.id} ${where} ${language} blank`);
        if (text.kk === text.ru || text.ru === text.en)
          problems.push(`${card.id} ${where} untranslated`);
        // Latin letters in Kazakh are almost always a Latin "i" typed for "і".
        if (LATIN.test(text.kk) || LATIN.test(text.ru))
          problems.push(`${card.id} ${where} Latin letters in kk/ru`);
        if (CYRILLIC.test(text.en)) problems.push(`${card.id} ${where} Cyrillic in en`);
      }
    expect(problems).toEqual([]);
  });

  it('writes steps as short sentences a family can follow', () => {
    for (const card of ACTIVITY_CARDS)
      for (const step of card.steps)
        for (const language of LANGUAGES) {
          expect(step[language].length, `${card.id}: ${step[language]}`).toBeLessThanOrEqual(100);
          expect(step[language], card.id).toMatch(/[.!?»”]$/);
        }
  });

  it('names sensible ages: from birth to adulthood at the start, never ending before it starts', () => {
    for (const card of ACTIVITY_CARDS) {
      const { minMonths, maxMonths } = card.ages;
      expect(minMonths, card.id).toBeGreaterThanOrEqual(0);
      expect(minMonths, card.id).toBeLessThanOrEqual(216);
      if (maxMonths !== null) expect(maxMonths, card.id).toBeGreaterThan(minMonths);
    }
  });

  it('lists no warning sign twice on one card', () => {
    for (const card of ACTIVITY_CARDS) {
      const signs = card.stopSigns.map((s) => s.en);
      expect(new Set(signs).size, card.id).toBe(signs.length);
    }
  });

  it('finds a card by id and filters by category and age (both ends included)', () => {
    expect(builtinActivity('mobility.sit-to-stand')?.title.kk).toBe('Орындықтан тұру');
    expect(builtinActivity('mobility.flying')).toBeUndefined();
    const tummy = builtinActivity('positioning.tummy-time');
    expect(tummy?.ages).toEqual({ minMonths: 0, maxMonths: 36 });
    const ids = (ageMonths: number) =>
      builtinActivities({ category: 'positioning', ageMonths }).map((c) => c.id);
    expect(ids(36)).toContain('positioning.tummy-time');
    expect(ids(37)).not.toContain('positioning.tummy-time');
    expect(builtinActivities({ ageMonths: 600 }).every((c) => c.ages.maxMonths === null)).toBe(
      true,
    );
    expect(builtinActivities()).toHaveLength(ACTIVITY_CARDS.length);
  });
});
