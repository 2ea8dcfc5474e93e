import { describe, expect, it } from 'vitest';
import { cfm517 } from './cfm-5-17.js';
import { answerIssues, isEligible, scoreAnswers, visibleItems } from './engine.js';
import type { Answers } from './instrument.js';
import { instrumentById } from './registry.js';

/** A child with no aids, no difficulty anywhere and never anxious or sad. */
const none: Answers = {
  glasses: 2,
  hearingAid: 2,
  walkingEquipment: 2,
  seeing: 1,
  hearing: 1,
  walking100Compared: 1,
  walking500Compared: 1,
  selfCare: 1,
  understoodInsideHousehold: 1,
  understoodOutsideHousehold: 1,
  learning: 1,
  remembering: 1,
  concentrating: 1,
  acceptingChange: 1,
  controllingBehaviour: 1,
  makingFriends: 1,
  anxiety: 5,
  depression: 5,
};
/** The same child walking with equipment: some difficulty without it, none with it. */
const equipment: Answers = {
  ...none,
  walkingEquipment: 1,
  walking100WithoutEquipment: 2,
  walking500WithoutEquipment: 2,
  walking100WithEquipment: 1,
  walking500WithEquipment: 1,
};
const zero = {
  seeing: 0,
  hearing: 0,
  walking: 0,
  selfCare: 0,
  communication: 0,
  learning: 0,
  remembering: 0,
  concentrating: 0,
  acceptingChange: 0,
  controllingBehaviour: 0,
  makingFriends: 0,
  anxiety: 0,
  depression: 0,
};
const score = (answers: Answers) => scoreAnswers(cfm517, answers);
const asked = (answers: Answers) => visibleItems(cfm517, answers).map((i) => i.id);
const walkingAsked = (answers: Answers) =>
  asked(answers).filter((id) => id.startsWith('walking') && id !== 'walkingEquipment');

describe('CFM 5–17 domains (MICS6 tabulation)', () => {
  it('gives 0 everywhere for a child without difficulty, with or without equipment', () => {
    expect(score(none)).toEqual({ functionalDifficulty: 0, domains: zero });
    expect(score(equipment)).toEqual({ functionalDifficulty: 0, domains: zero });
    expect(cfm517.screensPositive?.(score(none))).toBe(false);
  });

  it.each([
    ['seeing', 'seeing', none],
    ['seeingWithGlasses', 'seeing', { ...none, glasses: 1 }],
    ['hearing', 'hearing', none],
    ['hearingWithAid', 'hearing', { ...none, hearingAid: 1 }],
    ['walking100Compared', 'walking', { ...none, walking500Compared: 1 }],
    ['walking500Compared', 'walking', none],
    ['walking100WithoutEquipment', 'walking', equipment],
    ['walking500WithoutEquipment', 'walking', equipment],
    ['selfCare', 'selfCare', none],
    ['understoodInsideHousehold', 'communication', none],
    ['understoodOutsideHousehold', 'communication', none],
    ['learning', 'learning', none],
    ['remembering', 'remembering', none],
    ['concentrating', 'concentrating', none],
    ['acceptingChange', 'acceptingChange', none],
    ['controllingBehaviour', 'controllingBehaviour', none],
    ['makingFriends', 'makingFriends', none],
  ] as const)('%s: 2 is below the cut-off, 3 and 4 meet it', (item, domain, base) => {
    const at = (code: number) => score({ ...base, [item]: code });
    expect(at(2)).toEqual({ functionalDifficulty: 0, domains: zero });
    for (const code of [3, 4])
      expect(at(code)).toEqual({ functionalDifficulty: 1, domains: { ...zero, [domain]: 1 } });
  });

  it.each(['anxiety', 'depression'] as const)(
    '%s counts only daily (1), not weekly (2)',
    (item) => {
      expect(score({ ...none, [item]: 2 })).toEqual({ functionalDifficulty: 0, domains: zero });
      expect(score({ ...none, [item]: 1 })).toEqual({
        functionalDifficulty: 1,
        domains: { ...zero, [item]: 1 },
      });
    },
  );

  it('does not count walking with the equipment, as MICS6 does not', () => {
    const hard = { ...equipment, walking100WithEquipment: 2, walking500WithEquipment: 4 };
    expect(score(hard)).toEqual({ functionalDifficulty: 0, domains: zero });
    expect(score({ ...equipment, walking100WithEquipment: 4 })).toEqual({
      functionalDifficulty: 0,
      domains: zero,
    });
  });
});

describe('CFM 5–17 skip rules', () => {
  it('asks the walking questions of the path the equipment screener chooses', () => {
    expect(walkingAsked({ walkingEquipment: 2 })).toEqual(['walking100Compared']);
    expect(walkingAsked({ walkingEquipment: 1 })).toEqual([
      'walking100WithoutEquipment',
      'walking100WithEquipment',
    ]);
  });

  it('asks 500 m only after 100 m was 1 or 2', () => {
    for (const code of [1, 2])
      expect(walkingAsked({ walkingEquipment: 2, walking100Compared: code })).toEqual([
        'walking100Compared',
        'walking500Compared',
      ]);
    for (const code of [3, 4, 'dont_know'])
      expect(walkingAsked({ walkingEquipment: 2, walking100Compared: code })).toEqual([
        'walking100Compared',
      ]);
    expect(
      walkingAsked({ ...equipment, walking100WithoutEquipment: 3, walking100WithEquipment: 2 }),
    ).toEqual(['walking100WithoutEquipment', 'walking100WithEquipment', 'walking500WithEquipment']);
  });

  it('needs the 500 m answer for 0, not after a qualifying 100 m', () => {
    const no500 = Object.fromEntries(
      Object.entries(none).filter(([id]) => id !== 'walking500Compared'),
    );
    expect(score(no500)).toMatchObject({ functionalDifficulty: null, domains: { walking: null } });
    expect(score({ ...no500, walking100Compared: 3 })).toMatchObject({
      functionalDifficulty: 1,
      domains: { walking: 1 },
    });
  });

  it('ignores answers to items the screeners skip', () => {
    // Each stale answer would make its domain 1 if it were scored.
    const stale = {
      ...none,
      seeingWithGlasses: 4,
      hearingWithAid: 4,
      walking100WithoutEquipment: 2,
      walking500WithoutEquipment: 4,
    };
    expect(score(stale)).toEqual({ functionalDifficulty: 0, domains: zero });
    // The 500 m question of the other path is skipped even though its 100 m answer was 1.
    const otherPath = { ...equipment, walking100Compared: 1, walking500Compared: 4 };
    expect(score(otherPath)).toEqual({ functionalDifficulty: 0, domains: zero });
    expect(score({ ...none, walking100Compared: 'refused', walking500Compared: 4 })).toMatchObject({
      domains: { walking: null },
    });
  });

  it('accepts only some / a lot / cannot for walking without the equipment', () => {
    expect(
      answerIssues(cfm517, { walking100WithoutEquipment: 1, anxiety: 6, depression: 1 }),
    ).toEqual([
      { path: 'answers.walking100WithoutEquipment', code: 'instrument.answer_out_of_scale' },
      { path: 'answers.anxiety', code: 'instrument.answer_out_of_scale' },
    ]);
  });
});

describe('CFM 5–17 missing answers (WG rule)', () => {
  const nulls = Object.fromEntries(Object.keys(zero).map((d) => [d, null]));

  it('leaves everything missing, never 0, when nothing is known', () => {
    expect(score({})).toEqual({ functionalDifficulty: null, domains: nulls });
    const refused = Object.fromEntries(Object.keys(none).map((id) => [id, 'refused']));
    expect(score(refused)).toEqual({ functionalDifficulty: null, domains: nulls });
    expect(cfm517.screensPositive?.(score({}))).toBeNull();
  });

  it('keeps the result missing when one answer is missing and nothing qualifies', () => {
    expect(score({ ...none, depression: 'dont_know' })).toEqual({
      functionalDifficulty: null,
      domains: { ...zero, depression: null },
    });
  });

  it('is positive as soon as one domain qualifies, whatever else is missing', () => {
    expect(score({ ...none, remembering: 'refused', anxiety: 1 })).toEqual({
      functionalDifficulty: 1,
      domains: { ...zero, remembering: null, anxiety: 1 },
    });
    expect(cfm517.screensPositive?.(score({ makingFriends: 4 }))).toBe(true);
  });

  it('needs both communication answers for 0, either one for 1', () => {
    expect(score({ ...none, understoodOutsideHousehold: 'dont_know' })).toMatchObject({
      domains: { communication: null },
    });
    expect(
      score({ ...none, understoodInsideHousehold: 'dont_know', understoodOutsideHousehold: 3 }),
    ).toMatchObject({ domains: { communication: 1 } });
  });
});

describe('CFM 5–17 definition', () => {
  it('is registered and meant for 60–215 months', () => {
    expect(instrumentById('cfm-5-17')).toBe(cfm517);
    expect([59, 60, 215, 216].map((m) => isEligible(cfm517, m))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('has text in the three languages for every item, section and option', () => {
    const texts = [
      ...cfm517.items.map((i) => i.text),
      ...cfm517.sections.map((s) => s.title),
      ...cfm517.scales.flatMap((s) => s.options.map((o) => o.label)),
    ];
    for (const t of texts)
      for (const lang of ['kk', 'ru', 'en'] as const) expect(t[lang]).not.toBe('');
    const sections = new Set(cfm517.sections.map((s) => s.id));
    const scales = new Set(cfm517.scales.map((s) => s.id));
    for (const item of cfm517.items) {
      expect(sections).toContain(item.section);
      expect(scales).toContain(item.scale);
    }
    expect(new Set(cfm517.items.map((i) => i.id)).size).toBe(cfm517.items.length);
  });
});
