import { describe, expect, it } from 'vitest';
import { iinCheckDigit, parseIin } from './iin.js';

/*
 * IINs are built here from the rule as domain.md §9 states it, written out independently of the
 * implementation: check digit = Σ(dᵢ·i, i=1..11) mod 11; if 10, the weights 3,4,5,6,7,8,9,10,11,1,2;
 * if 10 again, no IIN has these eleven digits.
 */
function checkDigitByRule(first11: string): number | null {
  const digits = first11.split('').map((d) => Number(d));
  let first = 0;
  for (let i = 0; i < 11; i++) first += (digits[i] ?? 0) * (i + 1);
  if (first % 11 !== 10) return first % 11;
  const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let second = 0;
  for (let i = 0; i < 11; i++) second += (digits[i] ?? 0) * (secondWeights[i] ?? 0);
  return second % 11 === 10 ? null : second % 11;
}

/** An IIN for a birth date (YYMMDD), century-and-sex digit and 4-digit serial, with a correct check digit. */
function makeIin(yymmdd: string, centurySex: number, serial = '0123'): string {
  const first11 = `${yymmdd}${centurySex}${serial}`;
  const check = checkDigitByRule(first11);
  if (check === null) throw new Error(`${first11} has no check digit; pick another serial`);
  return `${first11}${check}`;
}

/** A serial whose first weighted sum is 10, found by search. */
function serialNeedingSecondWeights(yymmdd: string, centurySex: number): string {
  for (let n = 0; n < 10_000; n++) {
    const serial = String(n).padStart(4, '0');
    const digits = `${yymmdd}${centurySex}${serial}`.split('').map(Number);
    const first = digits.reduce((sum, d, i) => sum + d * (i + 1), 0) % 11;
    if (first === 10 && checkDigitByRule(`${yymmdd}${centurySex}${serial}`) !== null) return serial;
  }
  throw new Error('no serial found');
}

describe('parseIin', () => {
  it('accepts an IIN whose check digit was computed by hand', () => {
    // 8 5 0 7 1 4 3 0 1 2 3 · weights 1..11
    // = 8 + 10 + 0 + 28 + 5 + 24 + 21 + 0 + 9 + 20 + 33 = 158; 158 mod 11 = 4
    expect(parseIin('850714301234')).toEqual({
      valid: true,
      birthDate: '1985-07-14',
      sex: 'male',
    });
  });

  it('accepts a girl born on 29 February 2012, check digit computed by hand', () => {
    // 1 2 0 2 2 9 6 0 0 0 5 · weights 1..11
    // = 1 + 4 + 0 + 8 + 10 + 54 + 42 + 0 + 0 + 0 + 55 = 174; 174 mod 11 = 9
    expect(parseIin('120229600059')).toEqual({
      valid: true,
      birthDate: '2012-02-29',
      sex: 'female',
    });
  });

  it('an IIN whose check digit needs the second weights is accepted', () => {
    // 8 5 0 7 1 4 3 0 1 7 3 · weights 1..11
    // = 8 + 10 + 0 + 28 + 5 + 24 + 21 + 0 + 9 + 70 + 33 = 208; 208 mod 11 = 10 → second weights:
    // 8·3 + 5·4 + 0·5 + 7·6 + 1·7 + 4·8 + 3·9 + 0·10 + 1·11 + 7·1 + 3·2
    // = 24 + 20 + 0 + 42 + 7 + 32 + 27 + 0 + 11 + 7 + 6 = 176; 176 mod 11 = 0
    expect(iinCheckDigit('85071430173')).toBe(0);
    expect(parseIin('850714301730')).toMatchObject({ valid: true, birthDate: '1985-07-14' });
    // With the first weights the check digit would have been 10, which is not a digit at all.
    expect(parseIin('850714301731')).toEqual({ valid: false, problem: 'iin.checksum' });
  });

  it('accepts other IINs that need the second weights', () => {
    for (const [date, digit] of [
      ['991231', 4],
      ['050101', 5],
      ['160630', 6],
    ] as const) {
      const serial = serialNeedingSecondWeights(date, digit);
      expect(parseIin(makeIin(date, digit, serial)).valid).toBe(true);
    }
  });

  it('eleven digits whose both weighted sums are 10 make no valid IIN, whatever the last digit', () => {
    let prefix: string | undefined;
    for (let n = 0; n < 10_000 && !prefix; n++) {
      const candidate = `9003153${String(n).padStart(4, '0')}`;
      if (checkDigitByRule(candidate) === null) prefix = candidate;
    }
    expect(prefix).toBeDefined();
    const first11 = prefix ?? '';
    expect(iinCheckDigit(first11)).toBeNull();
    for (let last = 0; last <= 9; last++)
      expect(parseIin(`${first11}${last}`)).toEqual({ valid: false, problem: 'iin.checksum' });
  });

  it.each([
    ['1800s', '991231', 1, '1899-12-31', 'male'],
    ['1800s', '991231', 2, '1899-12-31', 'female'],
    ['1900s', '000101', 3, '1900-01-01', 'male'],
    ['1900s', '470815', 4, '1947-08-15', 'female'],
    ['2000s', '000229', 5, '2000-02-29', 'male'],
    ['2000s', '240301', 6, '2024-03-01', 'female'],
  ] as const)(
    'a person born in the %s with digit 7 = %s is read with the right birth date and sex',
    (_century, yymmdd, digit, birthDate, sex) => {
      expect(parseIin(makeIin(yymmdd, digit))).toEqual({ valid: true, birthDate, sex });
    },
  );

  it('a wrong check digit is refused', () => {
    const good = makeIin('850714', 3);
    const wrong = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    expect(parseIin(wrong)).toEqual({ valid: false, problem: 'iin.checksum' });
  });

  it.each([
    ['31 February', '850231'],
    ['month 13', '851301'],
    ['month 00', '850001'],
    ['day 00', '850700'],
    ['31 April', '850431'],
  ])('a birth date of %s is refused even with a correct check digit', (_label, yymmdd) => {
    expect(parseIin(makeIin(yymmdd, 3))).toEqual({ valid: false, problem: 'iin.birth_date' });
  });

  it('29 February exists in 2000 but not in 1900, so digit 7 decides', () => {
    expect(parseIin(makeIin('000229', 5)).valid).toBe(true);
    expect(parseIin(makeIin('000229', 3))).toEqual({ valid: false, problem: 'iin.birth_date' });
  });

  it.each([0, 7, 8, 9])('a century digit of %i is refused', (digit) => {
    const first11 = `850714${digit}0123`;
    const check = checkDigitByRule(first11) ?? 0;
    expect(parseIin(`${first11}${check}`)).toEqual({ valid: false, problem: 'iin.century' });
  });

  it.each([
    ['a letter', '85071430123a'],
    ['a space', '850714 01234'],
    ['a hyphen', '850714-301234'],
    ['Arabic-Indic digits', '٨٥٠٧١٤٣٠١٢٣٤'],
    ['11 digits', '85071430123'],
    ['13 digits', '8507143012340'],
    ['nothing', ''],
  ])('an IIN with %s is a format problem', (_label, value) => {
    expect(parseIin(value)).toEqual({ valid: false, problem: 'iin.format' });
  });
});
