import { describe, expect, it } from 'vitest';
import { answerIssues, isEligible, scoreAnswers } from './engine.js';
import type { Answers, LocalText } from './instrument.js';
import { INSTRUMENTS } from './registry.js';
import { whodas12 } from './whodas-12.js';

const S_ITEMS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 's12'];
const all = (code: number): Record<string, number> =>
  Object.fromEntries(S_ITEMS.map((id) => [id, code]));
const score = (answers: Answers) => scoreAnswers(whodas12, answers);

// A mixed case worked out by hand: s1 2, s2 1, s3 3, s4 1, s5 2, s6 1, s7 4, s8–s11 1, s12 2.
const mixed: Answers = {
  ...all(1),
  s1: 2,
  s3: 3,
  s5: 2,
  s7: 4,
  s12: 2,
};

describe('WHODAS 2.0 12-item definition', () => {
  it('has the public item ids s1…s12 then h1…h3, in that order', () => {
    expect(whodas12.items.map((i) => i.id)).toEqual([...S_ITEMS, 'h1', 'h2', 'h3']);
  });

  it('is for adults from 18 years, answered by the person', () => {
    expect(whodas12.respondent).toBe('person');
    expect(isEligible(whodas12, 215)).toBe(false);
    expect(isEligible(whodas12, 216)).toBe(true);
    expect(isEligible(whodas12, 1100)).toBe(true);
  });

  it('has text, a hint and labels in kk, ru and en everywhere', () => {
    const texts: LocalText[] = [
      whodas12.title,
      whodas12.summary,
      ...whodas12.sections.map((s) => s.title),
      ...whodas12.items.flatMap((i) => [i.text, ...(i.hint ? [i.hint] : [])]),
      ...whodas12.scales.flatMap((s) => s.options.map((o) => o.label)),
      ...whodas12.scores.flatMap((s) => [s.label, s.description]),
    ];
    for (const text of texts)
      for (const language of ['kk', 'ru', 'en'] as const)
        expect(text[language].trim()).not.toBe('');
    expect(whodas12.items.every((i) => i.hint !== undefined)).toBe(true);
    expect(Math.max(...whodas12.items.map((i) => i.hint?.kk.length ?? 0))).toBeLessThanOrEqual(60);
  });

  it('registers under its id', () => {
    expect(INSTRUMENTS.get('whodas-12')).toBe(whodas12);
  });

  it('plots the simple and summary scores on their fixed ranges', () => {
    const byName = new Map(whodas12.scores.map((s) => [s.name, s]));
    expect(byName.get('simple')).toMatchObject({ plot: 'number', range: [12, 60] });
    expect(byName.get('summary')).toMatchObject({ plot: 'number', range: [0, 100] });
    expect(byName.get('domains')?.plot).toBe('none');
  });
});

describe('WHODAS 2.0 12-item scores', () => {
  it('gives the minimum, 12 and 0, when every item is "none"', () => {
    expect(score(all(1))).toMatchObject({ simple: 12, summary: 0 });
  });

  it('gives the maximum, 60 and 100, when every item is "extreme or cannot do"', () => {
    expect(score(all(5))).toMatchObject({ simple: 60, summary: 100 });
  });

  it('computes a mixed case: simple 20, summary 8 × 100 / 48 = 16.7', () => {
    expect(score(mixed)).toMatchObject({ simple: 20, summary: 16.7 });
    // Every item "moderate": recoded 2 × 12 = 24, × 100 / 48 = 50.
    expect(score(all(3))).toMatchObject({ simple: 36, summary: 50 });
  });

  it('sums each domain from its two items', () => {
    expect(score(mixed).domains).toEqual({
      cognition: 4, // s3 3 + s6 1
      mobility: 6, // s1 2 + s7 4
      selfCare: 2, // s8 1 + s9 1
      gettingAlong: 2, // s10 1 + s11 1
      lifeActivities: 3, // s2 1 + s12 2
      participation: 3, // s4 1 + s5 2
    });
  });

  it('leaves both totals missing when one item is unanswered, never a partial sum', () => {
    const { s7: _dropped, ...withoutS7 } = mixed;
    expect(score(withoutS7)).toMatchObject({ simple: null, summary: null });
    expect(score(withoutS7).domains).toMatchObject({ mobility: null, cognition: 4 });
  });

  it('counts "don\'t know" and "refused" as missing', () => {
    expect(score({ ...mixed, s2: 'dont_know' })).toMatchObject({ simple: null, summary: null });
    expect(score({ ...mixed, s10: 'refused' })).toMatchObject({ simple: null, summary: null });
    expect(score({ ...mixed, s10: 'refused' }).domains).toMatchObject({
      gettingAlong: null,
      participation: 3,
    });
  });

  it('leaves every score missing, never 0, with no answers', () => {
    expect(score({})).toEqual({
      simple: null,
      summary: null,
      domains: {
        cognition: null,
        mobility: null,
        selfCare: null,
        gettingAlong: null,
        lifeActivities: null,
        participation: null,
      },
      daysWithDifficulty: null,
      daysUnable: null,
      daysCutBack: null,
    });
  });

  it('reports the three day counts as given, 0 included', () => {
    expect(score({ ...mixed, h1: 12, h2: 0, h3: 30 })).toMatchObject({
      daysWithDifficulty: 12,
      daysUnable: 0,
      daysCutBack: 30,
    });
    expect(score({ h1: 'refused', h2: 4 })).toMatchObject({
      daysWithDifficulty: null,
      daysUnable: 4,
      daysCutBack: null,
    });
  });

  it('refuses codes outside the scales and unknown items', () => {
    expect(
      answerIssues(whodas12, {
        s1: 0,
        s2: 6,
        s3: '3',
        s4: 'dont_know',
        h1: 31,
        h2: -1,
        h3: 2.5,
        s13: 1,
      }),
    ).toEqual([
      { path: 'answers.s1', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.s2', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.s3', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.h1', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.h2', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.h3', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.s13', code: 'instrument.unknown_item' },
    ]);
    expect(answerIssues(whodas12, { ...all(5), h1: 30, h2: 0, h3: 15 })).toEqual([]);
  });
});
