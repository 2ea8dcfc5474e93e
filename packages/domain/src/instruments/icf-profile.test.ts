import { describe, expect, it } from 'vitest';
import { answerIssues, isEligible, scoreAnswers } from './engine.js';
import { ICF_PROFILE_CATEGORIES, icfProfile } from './icf-profile.js';
import type { Answers, LocalText } from './instrument.js';
import { INSTRUMENTS } from './registry.js';

const score = (answers: Answers) => scoreAnswers(icfProfile, answers);

describe('ICF profile definition', () => {
  it('rates 30–45 real-looking ICF codes, each once, b then d then e', () => {
    const codes = ICF_PROFILE_CATEGORIES.map((c) => c.code);
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(codes.length).toBeLessThanOrEqual(45);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[bde][1-9]\d{2}$/);
    expect(codes).toEqual([...codes].sort());
  });

  it('names items b130, d450.performance / d450.capacity and e310', () => {
    const ids = icfProfile.items.map((i) => i.id);
    expect(ids).toContain('b130');
    expect(ids).toContain('e310');
    expect(ids.indexOf('d450.capacity')).toBe(ids.indexOf('d450.performance') + 1);
    expect(ids.filter((id) => id.startsWith('d'))).toHaveLength(
      2 * ICF_PROFILE_CATEGORIES.filter((c) => c.code.startsWith('d')).length,
    );
    expect(icfProfile.items.find((i) => i.id === 'b130')?.scale).toBe('icf-qualifier');
    expect(icfProfile.items.find((i) => i.id === 'd450.capacity')?.scale).toBe('icf-qualifier');
    expect(icfProfile.items.find((i) => i.id === 'e310')?.scale).toBe('icf-environment');
  });

  it('puts every item in its ICF chapter, and every chapter has items', () => {
    const sections = new Set(icfProfile.sections.map((s) => s.id));
    const used = new Set(icfProfile.items.map((i) => i.section));
    for (const item of icfProfile.items) expect(item.section).toBe(item.id.slice(0, 2));
    expect(used).toEqual(sections);
  });

  it('is for any age, rated by the worker, and registered', () => {
    expect(icfProfile.respondent).toBe('worker');
    expect(isEligible(icfProfile, 0)).toBe(true);
    expect(isEligible(icfProfile, 1000)).toBe(true);
    expect(INSTRUMENTS.get('icf-profile')).toBe(icfProfile);
  });

  it('has every text in kk, ru and en, with hints that fit a phone screen', () => {
    const texts: LocalText[] = [
      icfProfile.title,
      icfProfile.summary,
      ...icfProfile.sections.map((s) => s.title),
      ...icfProfile.items.flatMap((i) => [i.text, ...(i.hint ? [i.hint] : [])]),
      ...icfProfile.scales.flatMap((s) => s.options.map((o) => o.label)),
      ...icfProfile.scores.flatMap((s) => [s.label, s.description]),
    ];
    for (const text of texts)
      for (const language of ['kk', 'ru', 'en'] as const)
        expect(text[language].trim()).not.toBe('');
    for (const item of icfProfile.items) {
      expect(item.hint).toBeDefined();
      for (const language of ['kk', 'ru', 'en'] as const)
        expect(item.hint?.[language].length ?? 0).toBeLessThanOrEqual(100);
    }
  });
});

describe('ICF qualifiers on the scales', () => {
  it('accepts 0–4, 8 and 9, and the barrier and facilitator codes', () => {
    expect(
      answerIssues(icfProfile, {
        b130: 0,
        b140: 4,
        b144: 8,
        b152: 9,
        'd450.performance': 3,
        'd450.capacity': 'dont_know',
        e310: '+4',
        e320: '.0',
        e410: '.8',
        e460: '+8',
        e580: '.9',
      }),
    ).toEqual([]);
  });

  it('refuses qualifiers outside the scale and unknown items', () => {
    expect(
      answerIssues(icfProfile, {
        b130: 5,
        b140: '2',
        b144: -1,
        'd450.performance': 7,
        'd450.capacity': '.2',
        d450: 2,
        e310: 2,
        e320: '+5',
        e410: '+9',
        b999: 1,
      }),
    ).toEqual([
      { path: 'answers.b130', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.b140', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.b144', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.d450.performance', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.d450.capacity', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.d450', code: 'instrument.unknown_item' },
      { path: 'answers.e310', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.e320', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.e410', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.b999', code: 'instrument.unknown_item' },
    ]);
  });
});

describe('ICF profile scores', () => {
  it('gives performance − capacity as the gap, positive when the surroundings hinder', () => {
    const { profile } = score({
      'd450.performance': 3,
      'd450.capacity': 1,
      'd510.performance': 1,
      'd510.capacity': 2,
      'd540.performance': 2,
      'd540.capacity': 2,
    });
    expect(profile).toEqual([
      { category: 'd450', component: 'd', performance: 3, capacity: 1, gap: 2 },
      { category: 'd510', component: 'd', performance: 1, capacity: 2, gap: -1 },
      { category: 'd540', component: 'd', performance: 2, capacity: 2, gap: 0 },
    ]);
  });

  it('lists 8, 9 and missing qualifiers with null, and leaves them out of the numbers', () => {
    const scores = score({
      b130: 8,
      b140: 9,
      b144: 'refused',
      b152: 3,
      'd450.performance': 8,
      'd450.capacity': 2,
      'd510.performance': 2,
      'd530.capacity': 9,
      e310: '.9',
    });
    expect(scores.profile).toEqual([
      { category: 'b130', component: 'b', qualifier: null },
      { category: 'b140', component: 'b', qualifier: null },
      { category: 'b144', component: 'b', qualifier: null },
      { category: 'b152', component: 'b', qualifier: 3 },
      { category: 'd450', component: 'd', performance: null, capacity: 2, gap: null },
      { category: 'd510', component: 'd', performance: 2, capacity: null, gap: null },
      { category: 'd530', component: 'd', performance: null, capacity: null, gap: null },
      { category: 'e310', component: 'e', qualifier: null },
    ]);
    expect(scores.summary).toEqual({
      b: 1,
      d: 1,
      e: null,
      performanceWorseThanCapacity: null,
    });
    expect(scores.barriers).toEqual([]);
    expect(scores.facilitators).toEqual([]);
  });

  it('counts categories at moderate or worse, and d categories where performance is worse', () => {
    const scores = score({
      b117: 1,
      b130: 2,
      b210: 4,
      'd450.performance': 3,
      'd450.capacity': 1,
      'd510.performance': 1,
      'd510.capacity': 1,
      'd540.performance': 2,
      'd540.capacity': 3,
      e120: '.3',
      e150: '.1',
      e310: '+3',
      e460: '.2',
    });
    expect(scores.summary).toEqual({ b: 2, d: 2, e: 2, performanceWorseThanCapacity: 1 });
  });

  it('tells barriers from facilitators, the extent kept as the ICF writes it', () => {
    const scores = score({
      e115: '+2',
      e120: '.3',
      e125: '+0',
      e150: '.0',
      e310: '+4',
      e320: '+8',
      e355: '+1',
      e410: '.8',
      e460: '.1',
      e580: 'dont_know',
    });
    expect(scores.barriers).toEqual(['e120', 'e410', 'e460']);
    expect(scores.facilitators).toEqual(['e115', 'e310', 'e320', 'e355']);
    expect(scores.profile).toEqual([
      { category: 'e115', component: 'e', qualifier: '+2' },
      { category: 'e120', component: 'e', qualifier: '.3' },
      { category: 'e125', component: 'e', qualifier: '+0' },
      { category: 'e150', component: 'e', qualifier: '.0' },
      { category: 'e310', component: 'e', qualifier: '+4' },
      { category: 'e320', component: 'e', qualifier: null },
      { category: 'e355', component: 'e', qualifier: '+1' },
      { category: 'e410', component: 'e', qualifier: null },
      { category: 'e460', component: 'e', qualifier: '.1' },
      { category: 'e580', component: 'e', qualifier: null },
    ]);
    // Only barriers of .2 or worse count; facilitators never do.
    expect(scores.summary).toMatchObject({ e: 1 });
  });

  it('gives an empty profile and null counts, never 0, with no answers', () => {
    expect(score({})).toEqual({
      profile: [],
      summary: { b: null, d: null, e: null, performanceWorseThanCapacity: null },
      barriers: [],
      facilitators: [],
    });
  });
});
