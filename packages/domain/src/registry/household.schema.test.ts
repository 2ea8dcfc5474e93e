import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { householdInputSchema, householdUpdateSchema } from './household.schema.js';

function householdBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    placeCode: '196220100',
    address: 'Абай көшесі, 1',
    landmark: 'мешіттің жанында',
    coordinates: { lat: 43.3, lon: 77.24 },
    phone: '+7 701 234 56 78',
    livingConditions: {
      dwelling: 'house',
      rooms: 3,
      water: 'yard_tap',
      sanitation: 'outdoor_latrine',
      heating: 'coal_wood',
      electricity: true,
      povertyMarkers: ['targeted_social_assistance'],
    },
    notes: null,
    ...overrides,
  };
}

function issues(result: z.ZodSafeParseResult<unknown>): string[] {
  return (result.error?.issues ?? []).map(
    (i) => `${i.path.join('.')}: ${/^[a-z_]+\.[a-z_0-9.]+$/.test(i.message) ? i.message : i.code}`,
  );
}

describe('householdInputSchema', () => {
  it('accepts a household with its living conditions', () => {
    expect(issues(householdInputSchema.safeParse(householdBody()))).toEqual([]);
  });

  it('needs only a place and an address', () => {
    const parsed = householdInputSchema.parse({ placeCode: '196220100', address: 'Абай, 1' });
    expect(parsed).toMatchObject({ phone: null, coordinates: null, notes: null });
    expect(parsed.livingConditions.povertyMarkers).toEqual([]);
  });

  it('refuses a field it does not know, at the top and inside living conditions', () => {
    expect(issues(householdInputSchema.safeParse(householdBody({ owner: 'x' })))).toEqual([
      ': unrecognized_keys',
    ]);
    const living = { dwelling: 'house', pool: true };
    expect(
      issues(householdInputSchema.safeParse(householdBody({ livingConditions: living }))),
    ).toEqual(['livingConditions: unrecognized_keys']);
  });

  it('refuses an address longer than 300 characters', () => {
    expect(
      issues(householdInputSchema.safeParse(householdBody({ address: 'а'.repeat(301) }))),
    ).toEqual(['address: too_big']);
  });

  it('refuses a blank address', () => {
    expect(issues(householdInputSchema.safeParse(householdBody({ address: '   ' })))).toEqual([
      'address: too_small',
    ]);
  });

  it('refuses a place code that is not a KATO code', () => {
    for (const placeCode of ['19622010', '000000000', 'Талғар'])
      expect(
        issues(householdInputSchema.safeParse(householdBody({ placeCode }))),
        placeCode,
      ).toEqual(expect.arrayContaining(['placeCode: place.code_format']));
  });

  it('refuses a bad phone number', () => {
    expect(issues(householdInputSchema.safeParse(householdBody({ phone: 'нет' })))).toEqual([
      'phone: validation.invalid_phone',
    ]);
  });

  it('refuses coordinates off the globe', () => {
    expect(
      issues(householdInputSchema.safeParse(householdBody({ coordinates: { lat: 91, lon: 77 } }))),
    ).toEqual(['coordinates.lat: too_big']);
  });

  it('refuses the same poverty marker twice', () => {
    const living = { povertyMarkers: ['food_insecurity', 'food_insecurity'] };
    expect(
      issues(householdInputSchema.safeParse(householdBody({ livingConditions: living }))),
    ).toEqual(['livingConditions.povertyMarkers: list.duplicates']);
  });
});

describe('householdUpdateSchema', () => {
  it('needs a positive revision and no id', () => {
    expect(issues(householdUpdateSchema.safeParse({ ...householdBody(), rev: 0 }))).toEqual([
      'rev: too_small',
    ]);
    expect(issues(householdUpdateSchema.safeParse({ ...householdBody(), rev: 2 }))).toEqual([]);
  });
});
