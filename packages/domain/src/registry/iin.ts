/**
 * IIN (жеке сәйкестендіру нөмірі / индивидуальный идентификационный номер): 12 digits. Digits 1–6
 * are the birth date YYMMDD, digit 7 the century and sex (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s;
 * odd male, even female), digit 12 a check digit: Σ(dᵢ·i, i=1..11) mod 11, and if that is 10 the
 * weights 3,4,5,6,7,8,9,10,11,1,2; if 10 again the number is invalid. Source: domain.md §9
 * (Law of RK "On national registers of identification numbers", 2007, and its rules).
 */

export type IinProblem = 'iin.format' | 'iin.birth_date' | 'iin.century' | 'iin.checksum';

export type IinResult =
  | { valid: true; birthDate: string; sex: 'male' | 'female' }
  | { valid: false; problem: IinProblem };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedSum(digits: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11;
}

/** Check digit for the first 11 digits, or null when no check digit exists (the number is invalid). */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const first = weightedSum(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function parseIin(iin: string): IinResult {
  if (!/^\d{12}$/.test(iin)) return { valid: false, problem: 'iin.format' };
  const centuryDigit = Number(iin[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return { valid: false, problem: 'iin.century' };
  const century = 1800 + Math.floor((centuryDigit - 1) / 2) * 100;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (!isRealDate(year, month, day)) return { valid: false, problem: 'iin.birth_date' };
  const check = iinCheckDigit(iin.slice(0, 11));
  if (check === null || check !== Number(iin[11])) return { valid: false, problem: 'iin.checksum' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    valid: true,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    sex: centuryDigit % 2 === 1 ? 'male' : 'female',
  };
}
