import { describe, expect, it } from 'vitest';
import { cfm24 } from './cfm-2-4.js';
import { answerIssues, isEligible, scoreAnswers, visibleItems } from './engine.js';
import type { Answers } from './instrument.js';
import { instrumentById } from './registry.js';

/** A child with no aids and no difficulty anywhere (behaviour "the same" as other children). */
const none: Answers = {
  glasses: 2,
  hearingAid: 2,
  walkingEquipment: 2,
  seeing: 1,
  hearing: 1,
  walkingCompared: 1,
  pickingUpObjects: 1,
  understandingYou: 1,
  beingUnderstood: 1,
  learning: 1,
  playing: 1,
  kickingBitingHitting: 3,
};
const zero = {
  seeing: 0,
  hearing: 0,
  walking: 0,
  fineMotor: 0,
  communication: 0,
  learning: 0,
  playing: 0,
  controllingBehaviour: 0,
};
const score = (answers: Answers) => scoreAnswers(cfm24, answers);
const asked = (answers: Answers) => visibleItems(cfm24, answers).map((i) => i.id);

describe('CFM 2–4 domains (MICS6 tabulation)', () => {
  it('gives 0 everywhere for a child without difficulty', () => {
    expect(score(none)).toEqual({ functionalDifficulty: 0, domains: zero });
    expect(cfm24.screensPositive?.(score(none))).toBe(false);
  });

  it.each([
    ['seeing', 'seeing', {}],
    ['seeingWithGlasses', 'seeing', { glasses: 1 }],
    ['hearing', 'hearing', {}],
    ['hearingWithAid', 'hearing', { hearingAid: 1 }],
    ['walkingCompared', 'walking', {}],
    ['walkingWithEquipment', 'walking', { walkingEquipment: 1, walkingWithoutEquipment: 2 }],
    ['walkingWithoutEquipment', 'walking', { walkingEquipment: 1, walkingWithEquipment: 1 }],
    ['pickingUpObjects', 'fineMotor', {}],
    ['understandingYou', 'communication', {}],
    ['beingUnderstood', 'communication', {}],
    ['learning', 'learning', {}],
    ['playing', 'playing', {}],
  ] as const)('%s: 2 is below the cut-off, 3 and 4 meet it', (item, domain, extra) => {
    const at = (code: number) => score({ ...none, ...extra, [item]: code });
    expect(at(2)).toEqual({ functionalDifficulty: 0, domains: zero });
    for (const code of [3, 4])
      expect(at(code)).toEqual({ functionalDifficulty: 1, domains: { ...zero, [domain]: 1 } });
  });

  it('counts behaviour only at "a lot more" (5), not at "more" (4)', () => {
    expect(score({ ...none, kickingBitingHitting: 4 })).toEqual({
      functionalDifficulty: 0,
      domains: zero,
    });
    expect(score({ ...none, kickingBitingHitting: 5 })).toEqual({
      functionalDifficulty: 1,
      domains: { ...zero, controllingBehaviour: 1 },
    });
    expect(cfm24.screensPositive?.(score({ ...none, kickingBitingHitting: 5 }))).toBe(true);
  });
});

describe('CFM 2–4 skip rules', () => {
  it('rewords seeing and hearing when the child wears glasses or a hearing aid', () => {
    expect(asked({ glasses: 1, hearingAid: 2 })).toContain('seeingWithGlasses');
    expect(asked({ glasses: 1, hearingAid: 2 })).not.toContain('seeing');
    expect(asked({ glasses: 2, hearingAid: 1 })).toEqual(
      expect.arrayContaining(['seeing', 'hearingWithAid']),
    );
    expect(asked({ glasses: 2, hearingAid: 1 })).not.toContain('hearing');
  });

  it('asks walking without and with the equipment when it is used, else compared with peers', () => {
    const walking = (answers: Answers) => asked(answers).filter((id) => id.startsWith('walking'));
    expect(walking({ walkingEquipment: 1 })).toEqual([
      'walkingEquipment',
      'walkingWithoutEquipment',
      'walkingWithEquipment',
    ]);
    expect(walking({ walkingEquipment: 2 })).toEqual(['walkingEquipment', 'walkingCompared']);
  });

  it('ignores answers to items the screeners skip', () => {
    // Stale answers of the other path would each make the domain 1 if they were scored.
    expect(score({ ...none, seeingWithGlasses: 4, hearingWithAid: 4 })).toEqual({
      functionalDifficulty: 0,
      domains: zero,
    });
    expect(score({ ...none, walkingWithoutEquipment: 4, walkingWithEquipment: 4 })).toEqual({
      functionalDifficulty: 0,
      domains: zero,
    });
    const withEquipment = {
      ...none,
      walkingEquipment: 1,
      walkingWithoutEquipment: 2,
      walkingWithEquipment: 1,
      walkingCompared: 4,
    };
    expect(score(withEquipment)).toEqual({ functionalDifficulty: 0, domains: zero });
  });

  it('accepts only some / a lot / cannot for walking without the equipment', () => {
    expect(answerIssues(cfm24, { walkingWithoutEquipment: 1, kickingBitingHitting: 6 })).toEqual([
      { path: 'answers.walkingWithoutEquipment', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.kickingBitingHitting', code: 'instrument.answer_out_of_scale' },
    ]);
    expect(answerIssues(cfm24, { walkingWithoutEquipment: 2, kickingBitingHitting: 5 })).toEqual(
      [],
    );
  });
});

describe('CFM 2–4 missing answers (WG rule)', () => {
  const nulls = {
    seeing: null,
    hearing: null,
    walking: null,
    fineMotor: null,
    communication: null,
    learning: null,
    playing: null,
    controllingBehaviour: null,
  };

  it('leaves everything missing, never 0, when nothing is known', () => {
    expect(score({})).toEqual({ functionalDifficulty: null, domains: nulls });
    const dontKnow = Object.fromEntries(Object.keys(none).map((id) => [id, 'dont_know']));
    expect(score(dontKnow)).toEqual({ functionalDifficulty: null, domains: nulls });
    expect(cfm24.screensPositive?.(score({}))).toBeNull();
  });

  it('keeps the result missing when one answer is missing and nothing qualifies', () => {
    expect(score({ ...none, learning: 'refused' })).toEqual({
      functionalDifficulty: null,
      domains: { ...zero, learning: null },
    });
    const withoutPlaying = Object.fromEntries(
      Object.entries(none).filter(([id]) => id !== 'playing'),
    );
    expect(score(withoutPlaying)).toEqual({
      functionalDifficulty: null,
      domains: { ...zero, playing: null },
    });
  });

  it('is positive as soon as one domain qualifies, whatever else is missing', () => {
    expect(score({ ...none, learning: 'dont_know', playing: 3 })).toEqual({
      functionalDifficulty: 1,
      domains: { ...zero, learning: null, playing: 1 },
    });
    expect(cfm24.screensPositive?.(score({ walkingCompared: 4 }))).toBe(true);
  });

  it('needs both communication answers for 0, either one for 1', () => {
    expect(score({ ...none, beingUnderstood: 'dont_know' })).toMatchObject({
      domains: { communication: null },
    });
    expect(score({ ...none, understandingYou: 'refused', beingUnderstood: 4 })).toMatchObject({
      domains: { communication: 1 },
    });
  });

  it('needs both walking answers of a child using equipment', () => {
    const partial = { ...none, walkingEquipment: 1, walkingWithoutEquipment: 2 };
    expect(score(partial)).toMatchObject({
      functionalDifficulty: null,
      domains: { walking: null },
    });
  });
});

describe('CFM 2–4 definition', () => {
  it('is registered and meant for 24–59 months', () => {
    expect(instrumentById('cfm-2-4')).toBe(cfm24);
    expect([23, 24, 59, 60].map((m) => isEligible(cfm24, m))).toEqual([false, true, true, false]);
  });

  it('has text in the three languages for every item, section and option', () => {
    const texts = [
      ...cfm24.items.map((i) => i.text),
      ...cfm24.sections.map((s) => s.title),
      ...cfm24.scales.flatMap((s) => s.options.map((o) => o.label)),
    ];
    for (const t of texts)
      for (const lang of ['kk', 'ru', 'en'] as const) expect(t[lang]).not.toBe('');
    const sections = new Set(cfm24.sections.map((s) => s.id));
    const scales = new Set(cfm24.scales.map((s) => s.id));
    for (const item of cfm24.items) {
      expect(sections).toContain(item.section);
      expect(scales).toContain(item.scale);
    }
  });
});
