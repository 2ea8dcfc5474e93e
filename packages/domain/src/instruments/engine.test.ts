import { describe, expect, it } from 'vitest';
import {
  cleanAnswers,
  holds,
  identifier,
  isComplete,
  isEligible,
  monthsBetween,
  visibleItems,
} from './engine.js';
import type { InstrumentDefinition } from './instrument.js';
import { yesNoScale } from './scales.js';
import { wgSs } from './wg-ss.js';

const text = { kk: 'x', ru: 'x', en: 'x' };
const withSkip: InstrumentDefinition = {
  ...wgSs,
  scales: [yesNoScale],
  items: [
    { id: 'uses', section: 's', scale: 'yes-no', text },
    { id: 'with', section: 's', scale: 'yes-no', text, when: { item: 'uses', in: [1] } },
    {
      id: 'without',
      section: 's',
      scale: 'yes-no',
      text,
      when: { not: { item: 'uses', in: [1] } },
    },
    { id: 'toddler', section: 's', scale: 'yes-no', text, when: { ageMonths: { max: 35 } } },
  ],
  score: (answers) => ({ count: Object.keys(answers).length }),
};

describe('instrument engine', () => {
  it('asks items by their skip rules and the age on the day', () => {
    const ids = (answers: Record<string, number>, ageMonths?: number) =>
      visibleItems(withSkip, answers, { ageMonths }).map((i) => i.id);
    expect(ids({ uses: 1 }, 30)).toEqual(['uses', 'with', 'toddler']);
    expect(ids({ uses: 2 }, 40)).toEqual(['uses', 'without']);
    // Before the screener is answered the "not" branch is asked.
    expect(ids({})).toEqual(['uses', 'without', 'toddler']);
  });

  it('drops answers to skipped items before scoring', () => {
    expect(cleanAnswers(withSkip, { uses: 2, with: 1, without: 2 }, { ageMonths: 50 })).toEqual({
      uses: 2,
      without: 2,
    });
  });

  it('is complete only when every asked item has an answer, missing codes included', () => {
    expect(isComplete(withSkip, { uses: 2 }, { ageMonths: 50 })).toBe(false);
    expect(isComplete(withSkip, { uses: 2, without: 'refused' }, { ageMonths: 50 })).toBe(true);
  });

  it('combines conditions', () => {
    const answers = { uses: 1 };
    expect(
      holds({ all: [{ item: 'uses', in: [1] }, { ageMonths: { min: 12 } }] }, answers, {
        ageMonths: 12,
      }),
    ).toBe(true);
    expect(
      holds({ any: [{ item: 'uses', in: [2] }, { ageMonths: { min: 13 } }] }, answers, {
        ageMonths: 12,
      }),
    ).toBe(false);
  });

  it('counts whole months, the month complete on the same day or the last day of a short month', () => {
    expect(monthsBetween('2020-01-15', '2020-02-14')).toBe(0);
    expect(monthsBetween('2020-01-15', '2020-02-15')).toBe(1);
    expect(monthsBetween('2020-01-31', '2020-02-29')).toBe(1);
    expect(monthsBetween('2020-01-31', '2020-02-28')).toBe(0);
    expect(monthsBetween('2019-03-10', '2024-03-10')).toBe(60);
  });

  it('checks eligibility by age in months, inclusive', () => {
    expect(isEligible(wgSs, 59)).toBe(false);
    expect(isEligible(wgSs, 60)).toBe(true);
    expect(isEligible(wgSs, 1200)).toBe(true);
  });

  it('builds identifiers with the WG missing-data rule', () => {
    const severe = (c: unknown) => typeof c === 'number' && c >= 3;
    expect(identifier([1, 1], severe)).toBe(0);
    expect(identifier([1, undefined], severe)).toBeNull();
    expect(identifier(['dont_know', 3], severe)).toBe(1);
  });
});
