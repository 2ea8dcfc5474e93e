import { describe, expect, it } from 'vitest';
import { isCbrElementId } from '../cbr/matrix.js';
import { answerIssues, scoreAnswers } from './engine.js';
import { homeEnvironment } from './home-environment.js';
import {
  HOME_ADAPTATIONS,
  HOME_SECTIONS,
  homeAdaptation,
  homeAdaptationsForItem,
} from './home-environment/adaptations.js';
import type { Answers } from './instrument.js';
import { instrumentById } from './registry.js';

const score = (answers: Answers) => scoreAnswers(homeEnvironment, answers);
const ids = (answers: Answers) =>
  (score(answers).recommendations as { id: string }[]).map((r) => r.id);
const allItems = (code: number): Answers =>
  Object.fromEntries(homeEnvironment.items.map((i) => [i.id, code]));

describe('home-environment definition', () => {
  it('is registered', () => {
    expect(instrumentById('home-environment')).toBe(homeEnvironment);
  });

  it('has eight sections of 4–6 observable checks, ids `<section>.<check>`', () => {
    expect(homeEnvironment.sections.map((s) => s.id)).toEqual([
      'entrance',
      'doors',
      'toilet-bathing',
      'kitchen',
      'sleeping',
      'water-heating',
      'lighting',
      'assistive-products',
    ]);
    for (const section of homeEnvironment.sections) {
      const items = homeEnvironment.items.filter((i) => i.section === section.id);
      expect(items.length, section.id).toBeGreaterThanOrEqual(4);
      expect(items.length, section.id).toBeLessThanOrEqual(6);
      for (const item of items) expect(item.id).toMatch(new RegExp(`^${section.id}\\.[a-z0-9-]+$`));
    }
    const itemIds = homeEnvironment.items.map((i) => i.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
  });

  it('gives every check at least one adaptation that exists, and uses every adaptation', () => {
    const all = HOME_SECTIONS.flatMap((s) => s.adaptations);
    expect(HOME_ADAPTATIONS.size).toBe(all.length); // no id defined twice
    const used = new Set<string>();
    for (const item of homeEnvironment.items) {
      const adaptations = homeAdaptationsForItem(item.id);
      expect(adaptations.length, item.id).toBeGreaterThan(0);
      adaptations.forEach((a) => used.add(a.id));
    }
    expect([...used].sort()).toEqual([...HOME_ADAPTATIONS.keys()].sort());
  });

  it('writes adaptations in three languages, tagged with real CBR matrix elements', () => {
    for (const a of HOME_ADAPTATIONS.values()) {
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const text of [a.title, a.text])
        for (const lang of ['kk', 'ru', 'en'] as const)
          expect(text[lang].trim(), a.id).not.toBe('');
      expect(a.elements.length, a.id).toBeGreaterThan(0);
      for (const e of a.elements) expect(isCbrElementId(e), `${a.id} ${e}`).toBe(true);
    }
  });

  it('accepts "partly" only on checks whose scale has it', () => {
    expect(answerIssues(homeEnvironment, { 'water-heating.co-alarm': 2 })).toEqual([
      { path: 'answers.water-heating.co-alarm', code: 'instrument.answer_out_of_scale' },
    ]);
    expect(
      answerIssues(homeEnvironment, {
        'water-heating.co-alarm': 9,
        'entrance.step-free': 2,
        'doors.thresholds': 'dont_know',
      }),
    ).toEqual([]);
  });
});

describe('home-environment recommendations', () => {
  it('recommends the adaptations of a check answered "no", with their elements', () => {
    expect(score({ 'entrance.step-free': 3 }).recommendations).toEqual([
      {
        id: 'ramp-at-entrance',
        section: 'entrance',
        elements: ['health.assistive_devices', 'empowerment.community_mobilization'],
      },
    ]);
  });

  it('recommends for "partly" too, every adaptation of the check in order', () => {
    expect(score({ 'toilet-bathing.toilet-sit': 2 }).recommendations).toEqual([
      {
        id: 'raised-toilet-seat',
        section: 'toilet-bathing',
        elements: ['health.assistive_devices'],
      },
      {
        id: 'seat-over-squat-toilet',
        section: 'toilet-bathing',
        elements: ['health.assistive_devices'],
      },
    ]);
  });

  it('recommends nothing for "yes", "not applicable" or missing answers', () => {
    expect(ids(allItems(1))).toEqual([]);
    expect(ids(allItems(9))).toEqual([]);
    expect(ids({})).toEqual([]);
    expect(
      ids({
        'entrance.step-free': 'dont_know',
        'doors.thresholds': 'refused',
        'lighting.night-path': 9,
        'water-heating.co-alarm': 1,
      }),
    ).toEqual([]);
  });

  it('lists recommendations in checklist order, each adaptation once', () => {
    expect(
      ids({
        'lighting.night-path': 3,
        'assistive-products.usable-everywhere': 2,
        'doors.inner-door-width': 3,
        'sleeping.space-beside-bed': 3,
        'entrance.handrail': 2,
      }),
    ).toEqual([
      'handrail-entrance-steps',
      'widen-doorway',
      'door-to-curtain',
      'clear-passages',
      'night-light',
    ]);
    const recs = score({ 'sleeping.space-beside-bed': 3, 'doors.passages-clear': 3 })
      .recommendations as { id: string; section: string }[];
    expect(recs.find((r) => r.id === 'clear-passages')?.section).toBe('doors');
  });

  it('recommends for every failing check when all fail', () => {
    expect(new Set(ids(allItems(3)))).toEqual(new Set(HOME_ADAPTATIONS.keys()));
  });
});

describe('home-environment counts', () => {
  it('counts checks made and barriers per section; "not applicable" is checked, missing is not', () => {
    const scores = score({
      'entrance.step-free': 3,
      'entrance.handrail': 9,
      'entrance.steps-safe': 2,
      'entrance.path-firm': 1,
      'entrance.landing': 'dont_know',
      'kitchen.utensils': 9,
    });
    expect(scores.sections).toMatchObject({
      entrance: { checked: 4, barriers: 2 },
      kitchen: { checked: 1, barriers: 0 },
      doors: { checked: 0, barriers: 0 },
    });
    expect(Object.keys(scores.sections as object)).toEqual(
      homeEnvironment.sections.map((s) => s.id),
    );
    expect(scores.barriers).toBe(2);
  });

  it('gives 0 barriers for a home with none, and no total at all when nothing was checked', () => {
    expect(score(allItems(1)).barriers).toBe(0);
    expect(score(allItems(9)).barriers).toBe(0);
    expect(score({}).barriers).toBeNull();
    expect(score({ 'entrance.step-free': 'refused' }).barriers).toBeNull();
  });

  it('counts every check as a barrier when all fail, within the declared range', () => {
    const total = homeEnvironment.items.length;
    expect(score(allItems(3)).barriers).toBe(total);
    expect(homeEnvironment.scores.find((s) => s.name === 'barriers')?.range).toEqual([0, total]);
  });
});

describe('home-environment lookup', () => {
  it('finds an adaptation by id and the adaptations of an item', () => {
    expect(homeAdaptation('grab-bars-toilet')?.title.en).toBe('Grab bar at the toilet');
    expect(homeAdaptationsForItem('entrance.steps-safe').map((a) => a.id)).toEqual([
      'repair-steps',
      'non-slip-steps',
    ]);
    expect(homeAdaptation('no-such-thing')).toBeUndefined();
    expect(homeAdaptationsForItem('entrance.no-such-check')).toEqual([]);
  });
});
