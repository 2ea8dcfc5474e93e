import { describe, expect, it } from 'vitest';
import { activityFitsAge, activityText } from './activity.js';
import {
  activityCardSchema,
  activityInputSchema,
  activityUpdateSchema,
  type ActivityCard,
} from './activity.schema.js';
import { builtinActivity } from './library.js';

const text = (s: string) => ({ kk: `${s} (kk)`, ru: `${s} (ru)`, en: s });

function card(overrides: Partial<Record<keyof ActivityCard, unknown>> = {}): unknown {
  return {
    id: 'mobility.test-walk',
    version: 1,
    category: 'mobility',
    ages: { minMonths: 12, maxMonths: null },
    elements: ['health.rehabilitation'],
    title: text('Walk'),
    purpose: text('To walk'),
    materials: [],
    steps: [text('One.'), text('Two.'), text('Three.')],
    safety: [text('Stay close.')],
    stopSigns: [text('Pain.')],
    pictogram: 'walking',
    ...overrides,
  };
}

/** `path code` of each issue, e.g. `steps too_small`, `id activity.id_category`. */
function issues(value: unknown): string[] {
  const result = activityCardSchema.safeParse(value);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')} ${i.message}`);
}

describe('activityCardSchema', () => {
  it('accepts a whole card', () => {
    expect(issues(card())).toEqual([]);
  });

  it('needs 3 to 7 steps', () => {
    expect(activityCardSchema.safeParse(card({ steps: [text('a'), text('b')] })).success).toBe(
      false,
    );
    const eight = Array.from({ length: 8 }, (_, i) => text(`Step ${i}.`));
    expect(activityCardSchema.safeParse(card({ steps: eight })).success).toBe(false);
    const seven = eight.slice(1);
    expect(activityCardSchema.safeParse(card({ steps: seven })).success).toBe(true);
  });

  it('needs every text in all three languages', () => {
    expect(issues(card({ title: { kk: 'Жүру', ru: '  ', en: 'Walk' } }))[0]).toMatch(/^title\.ru /);
    expect(issues(card({ purpose: { kk: 'Жүру', ru: 'Ходьба' } }))[0]).toMatch(/^purpose\.en /);
  });

  it('refuses unknown CBR elements, repeated ones and none', () => {
    expect(issues(card({ elements: ['health.magic'] }))[0]).toMatch(/^elements\.0 /);
    expect(issues(card({ elements: [] }))[0]).toMatch(/^elements /);
    expect(issues(card({ elements: ['health.promotion', 'health.promotion'] }))).toEqual([
      'elements list.duplicates',
    ]);
  });

  it('refuses a pictogram that does not exist', () => {
    expect(issues(card({ pictogram: 'unicorn' }))).toEqual([
      'pictogram activity.unknown_pictogram',
    ]);
  });

  it('keeps the id in the form `<category>.<name>` of its own category', () => {
    expect(issues(card({ id: 'Mobility walk' }))).toEqual(['id activity.id_format']);
    expect(issues(card({ id: 'feeding.test-walk' }))).toEqual(['id activity.id_category']);
  });

  it('refuses ages that end before they start, and accepts an open end', () => {
    expect(issues(card({ ages: { minMonths: 24, maxMonths: 12 } }))).toEqual([
      'ages.maxMonths activity.ages_order',
    ]);
    expect(issues(card({ ages: { minMonths: 24, maxMonths: 24 } }))).toEqual([]);
  });

  it('input has no version; an update has the version it was based on and no id', () => {
    const { version: _v, ...input } = card() as Record<string, unknown>;
    expect(activityInputSchema.safeParse(input).success).toBe(true);
    expect(activityInputSchema.safeParse(card()).success).toBe(false);
    const { id: _id, ...update } = card() as Record<string, unknown>;
    expect(activityUpdateSchema.safeParse({ ...update, retired: true }).success).toBe(true);
    expect(activityUpdateSchema.safeParse({ ...update, version: undefined }).success).toBe(false);
  });
});

describe('activity helpers', () => {
  it('activityFitsAge includes both ends; null has no upper end', () => {
    const ages = { ages: { minMonths: 12, maxMonths: 36 } };
    expect([11, 12, 36, 37].map((m) => activityFitsAge(ages, m))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(activityFitsAge({ ages: { minMonths: 12, maxMonths: null } }, 1200)).toBe(true);
  });

  it('activityText gives the card in one language', () => {
    const sitToStand = builtinActivity('mobility.sit-to-stand');
    if (!sitToStand) throw new Error('card missing');
    const ru = activityText(sitToStand, 'ru');
    expect(ru.title).toBe('Вставание со стула');
    expect(ru.steps).toHaveLength(sitToStand.steps.length);
    expect(ru.stopSigns[0]).toBe(sitToStand.stopSigns[0]?.ru);
    expect(activityText(sitToStand, 'kk').steps[0]).toBe(sitToStand.steps[0]?.kk);
  });
});
