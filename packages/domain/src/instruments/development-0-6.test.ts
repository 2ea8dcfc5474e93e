import { describe, expect, it } from 'vitest';
import {
  DEVELOPMENT_AREA_DATA,
  DEVELOPMENT_TARGETS_PER_AREA,
  developmentBandCondition,
  development06,
} from './development-0-6.js';
import { DEVELOPMENT_AREAS } from './development/types.js';
import { answerIssues, cleanAnswers, isEligible, scoreAnswers, visibleItems } from './engine.js';
import type { Answers } from './instrument.js';
import { instrumentById } from './registry.js';

/** The age band of every item, from the data files (the definition itself keeps only `when`). */
const BAND = new Map<string, number>(
  DEVELOPMENT_AREA_DATA.flatMap((area) =>
    area.bands.flatMap((skills, band) => skills.map((s) => [`${area.id}.${s.id}`, band] as const)),
  ),
);
const bandsAsked = (ageMonths: number) =>
  [...new Set(visibleItems(development06, {}, { ageMonths }).map((i) => BAND.get(i.id)))].sort();
const areasAsked = (ageMonths: number) => [
  ...new Set(visibleItems(development06, {}, { ageMonths }).map((i) => i.section)),
];
const score = (answers: Answers, ageMonths?: number) =>
  scoreAnswers(development06, answers, { ageMonths });

describe('development-0-6 definition', () => {
  it('is registered for ages 0–83 months, answered by the caregiver', () => {
    expect(instrumentById('development-0-6')).toBe(development06);
    expect(development06.respondent).toBe('caregiver');
    expect(isEligible(development06, 0)).toBe(true);
    expect(isEligible(development06, 83)).toBe(true);
    expect(isEligible(development06, 84)).toBe(false);
  });

  it('has the six Portage areas; infant stimulation in the first year only, the others in 7 bands of 4–5 skills', () => {
    expect(development06.sections.map((s) => s.id)).toEqual([...DEVELOPMENT_AREAS]);
    for (const area of DEVELOPMENT_AREA_DATA) {
      expect(area.bands.length, area.id).toBe(area.id === 'infantStimulation' ? 1 : 7);
      for (const skills of area.bands) {
        expect(skills.length, area.id).toBeGreaterThanOrEqual(4);
        expect(skills.length, area.id).toBeLessThanOrEqual(5);
      }
    }
  });

  it('names items `<area>.<skill>`, once each, with text in kk, ru and en', () => {
    const ids = development06.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('motor.sits-without-support');
    for (const item of development06.items) {
      expect(item.id.startsWith(`${item.section}.`), item.id).toBe(true);
      expect(item.id.slice(item.section.length + 1)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const lang of ['kk', 'ru', 'en'] as const) expect(item.text[lang].trim()).not.toBe('');
    }
  });

  it('orders items area by area, and within an area from the youngest band up', () => {
    for (const area of DEVELOPMENT_AREAS) {
      const bands = development06.items
        .filter((i) => i.section === area)
        .map((i) => BAND.get(i.id));
      expect(bands).toEqual([...bands].sort());
    }
  });

  it('scores 1 independent, 2 with help or sometimes, 3 not yet, and nothing else', () => {
    expect(development06.scales.map((s) => s.options.map((o) => o.code))).toEqual([[1, 2, 3]]);
    expect(answerIssues(development06, { 'motor.crawls': 4, 'motor.runs': 'dont_know' })).toEqual([
      { path: 'answers.motor.crawls', code: 'instrument.answer_out_of_scale' },
    ]);
  });
});

describe('development-0-6 skip rules by age', () => {
  it('asks only the first-year band in the first year', () => {
    expect(bandsAsked(0)).toEqual([0]);
    expect(bandsAsked(11)).toEqual([0]);
    expect(areasAsked(6)).toEqual([...DEVELOPMENT_AREAS]);
  });

  it("asks the child's own band and the one below", () => {
    expect(bandsAsked(12)).toEqual([0, 1]);
    expect(bandsAsked(23)).toEqual([0, 1]);
    expect(bandsAsked(24)).toEqual([1, 2]);
    expect(bandsAsked(47)).toEqual([2, 3]);
    expect(bandsAsked(50)).toEqual([3, 4]);
    expect(bandsAsked(60)).toEqual([4, 5]);
    expect(bandsAsked(72)).toEqual([5, 6]);
    expect(bandsAsked(83)).toEqual([5, 6]);
  });

  it('asks infant stimulation up to 23 months only', () => {
    expect(areasAsked(23)).toContain('infantStimulation');
    expect(areasAsked(24)).not.toContain('infantStimulation');
  });

  it('states the band rule as plain age conditions', () => {
    expect(developmentBandCondition(0)).toEqual({ ageMonths: { max: 23 } });
    expect(developmentBandCondition(3)).toEqual({ ageMonths: { min: 36, max: 59 } });
    expect(developmentBandCondition(6)).toEqual({ ageMonths: { min: 72 } });
    const sits = development06.items.find((i) => i.id === 'motor.sits-without-support');
    expect(sits?.when).toEqual({ ageMonths: { max: 23 } });
  });

  it('drops and does not score answers to bands outside the age', () => {
    const answers = { 'motor.sits-without-support': 3, 'motor.hops': 3, 'motor.catches-ball': 1 };
    expect(cleanAnswers(development06, answers, { ageMonths: 50 })).toEqual({
      'motor.hops': 3,
      'motor.catches-ball': 1,
    });
    expect(score(answers, 50).areas).toMatchObject({
      motor: { achieved: 1, emerging: 0, notYet: 1, asked: 2 },
    });
  });
});

describe('development-0-6 area counts', () => {
  it('counts achieved, emerging, not yet and asked per area', () => {
    const scores = score({
      'language.follows-gesture-request': 1,
      'language.points-body-parts': 1,
      'language.points-pictures': 2,
      'language.says-10-words': 3,
      'language.two-word-phrases': 'dont_know',
      'selfHelp.helps-dressing': 'refused',
    });
    expect(scores.areas).toMatchObject({
      language: { achieved: 2, emerging: 1, notYet: 1, asked: 5 },
      selfHelp: { achieved: 0, emerging: 0, notYet: 0, asked: 1 },
      motor: { achieved: 0, emerging: 0, notYet: 0, asked: 0 },
    });
    expect(Object.keys(scores.areas as object)).toEqual([...DEVELOPMENT_AREAS]);
  });

  it('never counts a missing answer as "not yet"', () => {
    const scores = score({ 'motor.crawls': 'dont_know', 'motor.runs': 'refused' });
    expect(scores.areas).toMatchObject({ motor: { notYet: 0, asked: 2 } });
    expect(scores.targets).toEqual([]);
    expect((scores.achievedShare as Record<string, unknown>).motor).toBeNull();
  });

  it('gives the share achieved among answered skills, null when none answered', () => {
    const share = score({
      'cognitive.counts-3': 1,
      'cognitive.names-3-colours': 1,
      'cognitive.sorts-groups': 2,
      'cognitive.what-is-missing': 'dont_know',
      'motor.hops': 3,
    }).achievedShare as Record<string, number | null>;
    expect(share.cognitive).toBeCloseTo(2 / 3);
    expect(share.motor).toBe(0);
    expect(share.language).toBeNull();
    expect(Object.keys(share)).toEqual([...DEVELOPMENT_AREAS]);
  });
});

describe('development-0-6 targets', () => {
  it('picks skills done with help before those not yet done, each in checklist order', () => {
    expect(
      score({
        'motor.walks-alone': 3,
        'motor.tower-of-2': 1,
        'motor.scribbles': 2,
        'motor.climbs-onto-chair': 3,
        'motor.runs': 1,
      }).targets,
    ).toEqual([
      { item: 'motor.scribbles', area: 'motor' },
      { item: 'motor.walks-alone', area: 'motor' },
      { item: 'motor.climbs-onto-chair', area: 'motor' },
    ]);
  });

  it(`sets at most ${DEVELOPMENT_TARGETS_PER_AREA} targets per area`, () => {
    const allNotYet = Object.fromEntries(development06.items.map((i) => [i.id, 3]));
    const targets = score(allNotYet).targets as { item: string; area: string }[];
    expect(targets).toHaveLength(DEVELOPMENT_AREAS.length * DEVELOPMENT_TARGETS_PER_AREA);
    for (const area of DEVELOPMENT_AREAS)
      expect(targets.filter((t) => t.area === area).map((t) => t.item)).toEqual(
        development06.items
          .filter((i) => i.section === area)
          .slice(0, DEVELOPMENT_TARGETS_PER_AREA)
          .map((i) => i.id),
      );
  });

  it('prefers emerging skills even when they come later in the area', () => {
    expect(
      score({
        'socialization.shares-toys': 3,
        'socialization.plays-with-children': 3,
        'socialization.says-thanks': 3,
        'socialization.names-feelings': 3,
        'socialization.plays-roles': 2,
        'socialization.has-friend': 2,
      }).targets,
    ).toEqual([
      { item: 'socialization.plays-roles', area: 'socialization' },
      { item: 'socialization.has-friend', area: 'socialization' },
      { item: 'socialization.shares-toys', area: 'socialization' },
    ]);
  });

  it('lists areas in form order, and none for skills all done independently', () => {
    const targets = score({
      'motor.lifts-head': 2,
      'language.coos': 3,
      'language.responds-to-name': 1,
      'cognitive.studies-hands': 1,
    }).targets;
    expect(targets).toEqual([
      { item: 'language.coos', area: 'language' },
      { item: 'motor.lifts-head', area: 'motor' },
    ]);
    expect(score({}).targets).toEqual([]);
  });
});
