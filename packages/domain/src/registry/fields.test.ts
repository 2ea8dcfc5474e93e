import { describe, expect, it } from 'vitest';
import {
  addYears,
  kazakhstanPhoneSchema,
  normalizeKazakhstanPhone,
  todayIso,
  yearsBetween,
} from './fields.js';

describe('yearsBetween', () => {
  it('a person is a year older on their birthday, not the day before', () => {
    expect(yearsBetween('2010-05-20', '2026-05-19')).toBe(15);
    expect(yearsBetween('2010-05-20', '2026-05-20')).toBe(16);
    expect(yearsBetween('2010-05-20', '2026-05-21')).toBe(16);
  });

  it('a later month in the same year counts as after the birthday', () => {
    expect(yearsBetween('1990-12-31', '2026-01-01')).toBe(35);
    expect(yearsBetween('1990-01-31', '2026-02-01')).toBe(36);
  });

  it('a newborn is 0 years old on the day of birth', () => {
    expect(yearsBetween('2026-03-10', '2026-03-10')).toBe(0);
  });

  it('someone born on 29 February is a year older on 29 February of a leap year', () => {
    expect(yearsBetween('2008-02-29', '2024-02-28')).toBe(15);
    expect(yearsBetween('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('someone born on 29 February is a year older on 28 February of a common year', () => {
    // Civil-law reckoning: a term of years that would end on a day the month lacks ends on the
    // last day of that month — the same day addYears gives.
    expect(yearsBetween('2008-02-29', '2026-02-27')).toBe(17);
    expect(yearsBetween('2008-02-29', '2026-02-28')).toBe(18);
    expect(yearsBetween('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('is exactly n on the day addYears(birth, n) gives, and n − 1 the day before', () => {
    const births = ['2008-02-29', '2000-02-29', '2007-02-28', '1999-12-31', '2012-03-01'];
    for (const birth of births)
      for (let n = 1; n <= 20; n++) {
        const day = addYears(birth, n);
        const before = new Date(`${day}T00:00:00Z`);
        before.setUTCDate(before.getUTCDate() - 1);
        expect(yearsBetween(birth, day), `${birth} + ${n}`).toBe(n);
        expect(
          yearsBetween(birth, before.toISOString().slice(0, 10)),
          `${birth} + ${n} − 1 day`,
        ).toBe(n - 1);
      }
  });
});

describe('addYears', () => {
  it('keeps the month and day', () => {
    expect(addYears('2010-05-20', 18)).toBe('2028-05-20');
    expect(addYears('2026-01-10', 3)).toBe('2029-01-10');
  });

  it('29 February plus one year is 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('29 February plus four years is 29 February again', () => {
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('29 February plus 100 years lands on 28 February, 1900 and 2100 not being leap years', () => {
    expect(addYears('2000-02-29', 100)).toBe('2100-02-28');
    expect(addYears('1896-02-29', 4)).toBe('1900-02-28');
  });

  it('counts back with negative years', () => {
    expect(addYears('2026-07-17', -18)).toBe('2008-07-17');
  });
});

describe('todayIso', () => {
  it('is the date in Kazakhstan (UTC+5), where the work happens', () => {
    expect(todayIso(new Date('2026-07-17T10:30:00Z'))).toBe('2026-07-17');
  });

  it('turns to the next day at midnight in Kazakhstan, five hours before UTC does', () => {
    expect(todayIso(new Date('2026-07-17T23:30:00+05:00'))).toBe('2026-07-17');
    expect(todayIso(new Date('2026-07-18T02:00:00+05:00'))).toBe('2026-07-18');
    expect(todayIso(new Date('2026-07-17T19:30:00Z'))).toBe('2026-07-18');
  });

  it('can be asked for another time zone', () => {
    expect(todayIso(new Date('2026-07-17T19:30:00Z'), 'UTC')).toBe('2026-07-17');
  });

  it('is an ISO date (YYYY-MM-DD) for now', () => {
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('normalizeKazakhstanPhone', () => {
  it('reads a Kazakhstan number however people write it, in one form', () => {
    for (const written of [
      '+7 701 234 56 78',
      '+77012345678',
      '87012345678',
      '8 (701) 234-56-78',
      '7 701 234 5678',
      ' +7 (701) 234 56 78 ',
    ])
      expect(normalizeKazakhstanPhone(written), written).toBe('+7 701 234 56 78');
    // Landlines too: Almaty 727, Talgar 72774.
    expect(normalizeKazakhstanPhone('8 72774 2 12 34')).toBe('+7 727 742 12 34');
    expect(normalizeKazakhstanPhone('+7 600 000 00 00')).toBe('+7 600 000 00 00');
  });

  it('refuses numbers that are not Kazakhstan’s, too short, too long or not numbers', () => {
    for (const written of [
      '+7 912 345 67 89', // Russia
      '+998 90 123 45 67',
      '+8 701 234 56 78',
      '701 234 56 78',
      '+7 701 234 56 789',
      '+7 701 234 56',
      '+7 701 234 56 7a',
      '',
    ])
      expect(normalizeKazakhstanPhone(written), written).toBeNull();
  });

  it('the work phone schema stores the normalized form and names its own message', () => {
    expect(kazakhstanPhoneSchema.parse('8-701-234-56-78')).toBe('+7 701 234 56 78');
    const result = kazakhstanPhoneSchema.safeParse('12345');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.invalid_kz_phone');
  });
});
