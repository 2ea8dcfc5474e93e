import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { personInputSchema, personUpdateSchema } from './person.schema.js';

const HOUSEHOLD_ID = '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8b';
const MOTHER_ID = '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8c';

/** A person as a form sends one: a girl of 9 with cerebral palsy, group II. */
function personBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    householdId: HOUSEHOLD_ID,
    givenName: 'Айгерім',
    familyName: 'Қасымова',
    patronymic: null,
    sex: 'female',
    birthDate: '2017-04-12',
    iin: null,
    relationToHead: 'child',
    languages: ['kk', 'ru'],
    phone: '+7 701 234 56 78',
    disability: {
      status: 'established',
      category: 'child_7_18',
      group: 'II',
      establishedOn: '2024-05-01',
      reviewOn: '2026-05-01',
      cause: 'since_childhood',
    },
    icd10: ['G80.1'],
    caregivers: [{ personId: MOTHER_ID, relation: 'mother', primary: true }],
    notes: null,
    ...overrides,
  };
}

/** Each issue as "path: message key" for our rules, "path: zod code" for shapes. */
function issues(result: z.ZodSafeParseResult<unknown>): string[] {
  return (result.error?.issues ?? []).map(
    (i) =>
      `${i.path.join('.')}: ${i.code === 'custom' || /^[a-z_]+\.[a-z_0-9.]+$/.test(i.message) ? i.message : i.code}`,
  );
}

function disability(overrides: Record<string, unknown>) {
  return personBody({
    disability: {
      status: 'established',
      category: 'child_7_18',
      group: 'II',
      establishedOn: '2024-05-01',
      ...overrides,
    },
  });
}

describe('personInputSchema', () => {
  it('accepts a complete person', () => {
    expect(issues(personInputSchema.safeParse(personBody()))).toEqual([]);
  });

  it('fills defaults for what a minimal form leaves out', () => {
    const minimal = {
      householdId: HOUSEHOLD_ID,
      givenName: 'Ерлан',
      sex: 'male',
      birthDate: '1980-01-01',
      relationToHead: 'head',
    };
    expect(personInputSchema.parse(minimal)).toMatchObject({
      familyName: null,
      iin: null,
      languages: [],
      disability: null,
      icd10: [],
      caregivers: [],
      confirmNotDuplicate: false,
    });
  });

  it('trims names and upper-cases ICD-10 codes', () => {
    const parsed = personInputSchema.parse(
      personBody({ givenName: '  Әсел ', icd10: [' g80.1 '] }),
    );
    expect(parsed.givenName).toBe('Әсел');
    expect(parsed.icd10).toEqual(['G80.1']);
  });

  it('refuses a field it does not know', () => {
    expect(issues(personInputSchema.safeParse(personBody({ isAdmin: true })))).toEqual([
      ': unrecognized_keys',
    ]);
  });

  it('refuses an unknown field inside the disability record too', () => {
    expect(issues(personInputSchema.safeParse(disability({ severity: 'high' })))).toEqual([
      'disability: unrecognized_keys',
    ]);
  });

  it('refuses a name longer than 100 letters', () => {
    expect(issues(personInputSchema.safeParse(personBody({ givenName: 'А'.repeat(101) })))).toEqual(
      ['givenName: too_big'],
    );
    expect(issues(personInputSchema.safeParse(personBody({ givenName: 'А'.repeat(100) })))).toEqual(
      [],
    );
  });

  it('refuses notes longer than 2000 characters', () => {
    expect(issues(personInputSchema.safeParse(personBody({ notes: 'x'.repeat(2001) })))).toEqual([
      'notes: too_big',
    ]);
  });

  it('refuses a name with digits or symbols', () => {
    expect(issues(personInputSchema.safeParse(personBody({ givenName: 'Айгерім2' })))).toEqual([
      'givenName: validation.invalid_name',
    ]);
  });

  it('accepts names with hyphens, apostrophes and spaces', () => {
    for (const name of ['Анна-Мария', "O'Brien", 'Әбу Бәкір'])
      expect(issues(personInputSchema.safeParse(personBody({ givenName: name }))), name).toEqual(
        [],
      );
  });

  it.each(['12-34', 'call me', '+7 701 234 56 78 ext 5', '8701234567890123456789'])(
    'refuses the phone number "%s"',
    (phone) => {
      expect(issues(personInputSchema.safeParse(personBody({ phone })))).toEqual([
        'phone: validation.invalid_phone',
      ]);
    },
  );

  it.each(['+7 701 234 56 78', '87012345678', '8 (7172) 55-12-34'])(
    'accepts the phone number "%s"',
    (phone) => {
      expect(issues(personInputSchema.safeParse(personBody({ phone })))).toEqual([]);
    },
  );

  it.each(['G8', 'G801', 'GG0', '80.1', 'G80.123'])('refuses the ICD-10 code "%s"', (code) => {
    expect(issues(personInputSchema.safeParse(personBody({ icd10: [code] })))).toEqual([
      'icd10.0: validation.invalid_icd10',
    ]);
  });

  it('refuses the same ICD-10 code twice', () => {
    expect(issues(personInputSchema.safeParse(personBody({ icd10: ['G80', 'G80'] })))).toEqual([
      'icd10: list.duplicates',
    ]);
  });

  it('refuses a birth date that is not a calendar date', () => {
    expect(issues(personInputSchema.safeParse(personBody({ birthDate: '2017-02-30' })))).toEqual([
      'birthDate: invalid_format',
    ]);
  });

  it('an established disability needs its category and date', () => {
    const result = personInputSchema.safeParse(
      personBody({ disability: { status: 'established' } }),
    );
    expect(issues(result)).toEqual([
      'disability.category: disability.category_required',
      'disability.establishedOn: disability.established_on_required',
    ]);
  });

  it('a child under 7 has no disability group', () => {
    expect(
      issues(personInputSchema.safeParse(disability({ category: 'child_under_7', group: 'I' }))),
    ).toEqual(['disability.group: disability.no_group_under_7']);
    expect(
      issues(personInputSchema.safeParse(disability({ category: 'child_under_7', group: null }))),
    ).toEqual([]);
  });

  it('adults and children from 7 need a disability group', () => {
    expect(
      issues(personInputSchema.safeParse(disability({ category: 'adult', group: null }))),
    ).toEqual(['disability.group: disability.group_required']);
  });

  it('an indefinite disability has no review date', () => {
    expect(
      issues(personInputSchema.safeParse(disability({ indefinite: true, reviewOn: '2027-01-01' }))),
    ).toEqual(['disability.reviewOn: disability.indefinite_with_review']);
  });

  it('a review cannot come before the disability was established', () => {
    expect(issues(personInputSchema.safeParse(disability({ reviewOn: '2024-05-01' })))).toEqual([
      'disability.reviewOn: disability.review_before_established',
    ]);
  });

  it('a pending or absent disability needs no details', () => {
    expect(
      issues(personInputSchema.safeParse(personBody({ disability: { status: 'pending' } }))),
    ).toEqual([]);
    expect(
      issues(personInputSchema.safeParse(personBody({ disability: { status: 'none' } }))),
    ).toEqual([]);
  });

  it('checks a consent recorded with the person', () => {
    const consent = {
      givenBy: 'self',
      scopes: ['registration'],
      method: 'signed_paper',
      givenOn: '2026-01-10',
      expiresOn: '2026-01-09',
    };
    expect(issues(personInputSchema.safeParse(personBody({ consent })))).toEqual([
      'consent.expiresOn: consent.expiry_before_given',
    ]);
  });
});

describe('personUpdateSchema', () => {
  it('needs the revision the edit was based on', () => {
    const { householdId: _h, ...body } = personBody();
    expect(issues(personUpdateSchema.safeParse(body))).toEqual(['rev: invalid_type']);
    expect(issues(personUpdateSchema.safeParse({ ...body, rev: 3 }))).toEqual([]);
  });

  it('does not move a person to another household through an edit', () => {
    expect(issues(personUpdateSchema.safeParse({ ...personBody(), rev: 3 }))).toEqual([
      ': unrecognized_keys',
    ]);
  });
});
