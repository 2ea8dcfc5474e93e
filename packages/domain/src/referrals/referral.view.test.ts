import { describe, expect, it } from 'vitest';
import {
  referralListQuerySchema,
  referralPersonSchema,
  referralStatusSyncSchema,
} from './referral.view.js';

const REFERRAL = '0190a5d2-7c1e-7a3b-8f00-0000000000aa';

describe('a step recorded on a device', () => {
  it('names its referral and takes the defaults of POST /referrals/{id}/status', () => {
    expect(
      referralStatusSyncSchema.parse({
        referralId: REFERRAL,
        status: 'accepted',
        date: '2026-03-04',
      }),
    ).toEqual({
      referralId: REFERRAL,
      status: 'accepted',
      date: '2026-03-04',
      note: null,
      appointmentOn: null,
    });
    expect(
      referralStatusSyncSchema.safeParse({ status: 'accepted', date: '2026-03-04' }).success,
    ).toBe(false);
    expect(
      referralStatusSyncSchema.safeParse({
        referralId: REFERRAL,
        status: 'accepted',
        date: '2026-03-04',
        rev: 2,
      }).success,
    ).toBe(false);
  });
});

describe('the person a referral shows', () => {
  it('needs name, sex, birth date and age; the id and shared parts may be absent', () => {
    expect(
      referralPersonSchema.safeParse({
        name: 'Нұрсұлтан Сейітқалиев',
        sex: 'male',
        birthDate: '2017-03-12',
        age: 9,
      }).success,
    ).toBe(true);
    expect(
      referralPersonSchema.safeParse({ name: 'Нұрсұлтан', birthDate: '2017-03-12', age: 9 })
        .success,
    ).toBe(false);
  });
});

describe('list filters', () => {
  it('read `open` as the words true or false only', () => {
    expect(referralListQuerySchema.parse({ open: 'true', limit: '5' })).toEqual({
      open: 'true',
      limit: 5,
    });
    expect(referralListQuerySchema.safeParse({ open: 'yes' }).success).toBe(false);
    expect(referralListQuerySchema.safeParse({ status: 'finished' }).success).toBe(false);
  });
});
