import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { consentInputSchema, consentWithdrawalSchema } from './consent.schema.js';

const MOTHER_ID = '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8c';

function consentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    givenBy: 'self',
    scopes: ['registration', 'assessment'],
    method: 'signed_paper',
    givenOn: '2026-01-10',
    expiresOn: '2029-01-10',
    documentRef: 'ҚДО-2026/17',
    ...overrides,
  };
}

function issues(result: z.ZodSafeParseResult<unknown>): string[] {
  return (result.error?.issues ?? []).map(
    (i) => `${i.path.join('.')}: ${/^[a-z_]+\.[a-z_0-9.]+$/.test(i.message) ? i.message : i.code}`,
  );
}

describe('consentInputSchema', () => {
  it("accepts a person's own consent", () => {
    expect(issues(consentInputSchema.safeParse(consentBody()))).toEqual([]);
  });

  it("accepts a mother's consent for her child, by name or as a household member", () => {
    const byName = {
      givenBy: 'representative',
      representativeName: 'Гүлжан Қасымова',
      representativeRelation: 'mother',
    };
    const byId = {
      givenBy: 'representative',
      representativePersonId: MOTHER_ID,
      representativeRelation: 'mother',
    };
    expect(issues(consentInputSchema.safeParse(consentBody(byName)))).toEqual([]);
    expect(issues(consentInputSchema.safeParse(consentBody(byId)))).toEqual([]);
  });

  it('refuses a field it does not know', () => {
    expect(issues(consentInputSchema.safeParse(consentBody({ signature: 'x' })))).toEqual([
      ': unrecognized_keys',
    ]);
  });

  it('refuses an expiry before the day the consent was given', () => {
    expect(issues(consentInputSchema.safeParse(consentBody({ expiresOn: '2026-01-09' })))).toEqual([
      'expiresOn: consent.expiry_before_given',
    ]);
  });

  it('refuses an expiry on the day the consent was given', () => {
    expect(issues(consentInputSchema.safeParse(consentBody({ expiresOn: '2026-01-10' })))).toEqual([
      'expiresOn: consent.expiry_before_given',
    ]);
  });

  it('refuses scopes without registration, the consent every other one builds on', () => {
    expect(issues(consentInputSchema.safeParse(consentBody({ scopes: ['photos'] })))).toEqual([
      'scopes: consent.registration_required',
    ]);
  });

  it('refuses no scopes at all and the same scope twice', () => {
    expect(issues(consentInputSchema.safeParse(consentBody({ scopes: [] })))).toEqual([
      'scopes: too_small',
      'scopes: consent.registration_required',
    ]);
    expect(
      issues(
        consentInputSchema.safeParse(consentBody({ scopes: ['registration', 'registration'] })),
      ),
    ).toEqual(['scopes: list.duplicates']);
  });

  it('refuses a scope that does not exist', () => {
    expect(
      issues(consentInputSchema.safeParse(consentBody({ scopes: ['registration', 'marketing'] }))),
    ).toEqual(['scopes.1: invalid_value']);
  });

  it('a representative needs a name or a household member, and a relation', () => {
    expect(
      issues(consentInputSchema.safeParse(consentBody({ givenBy: 'representative' }))),
    ).toEqual([
      'representativeName: consent.representative_required',
      'representativeRelation: consent.relation_required',
    ]);
  });

  it('a representative with a name but no relation is refused', () => {
    const body = consentBody({ givenBy: 'representative', representativeName: 'Гүлжан' });
    expect(issues(consentInputSchema.safeParse(body))).toEqual([
      'representativeRelation: consent.relation_required',
    ]);
  });

  it('refuses a document reference longer than 100 characters', () => {
    expect(
      issues(consentInputSchema.safeParse(consentBody({ documentRef: 'x'.repeat(101) }))),
    ).toEqual(['documentRef: too_big']);
  });
});

describe('consentWithdrawalSchema', () => {
  it('needs a real date and takes an optional reason', () => {
    expect(consentWithdrawalSchema.parse({ withdrawnOn: '2027-01-01' })).toEqual({
      withdrawnOn: '2027-01-01',
      reason: null,
    });
    expect(issues(consentWithdrawalSchema.safeParse({ withdrawnOn: '2027-02-30' }))).toEqual([
      'withdrawnOn: invalid_format',
    ]);
  });
});
