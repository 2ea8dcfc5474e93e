import { z } from 'zod';
import { isKatoCode } from '../places/kato.js';

/**
 * Field shapes shared by the registry schemas. A domain rule's issue message is a stable message
 * key ("iin.checksum"); the server and the forms turn it into text in the user's language.
 */

export const idSchema = z.uuid();

export const isoDateSchema = z.iso.date();

export const katoCodeSchema = z
  .string()
  .regex(/^\d{9}$/, { message: 'place.code_format' })
  .refine(isKatoCode, { message: 'place.code_format' });

const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M}'’ .-]*$/u;

export const personNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(NAME_PATTERN, { message: 'validation.invalid_name' });

export const shortTextSchema = z.string().trim().min(1).max(300);

export const noteSchema = z.string().trim().max(2000);

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,18}[0-9]$/, { message: 'validation.invalid_phone' });

/**
 * A Kazakhstan number in one written form, `+7 7xx xxx xx xx`, or null if `text` is not one.
 * Kazakhstan has the numbers of country code 7 whose area or mobile code starts with 6 or 7 (the
 * rest of +7 is Russia's); people write them with +7, 8 (the trunk prefix) or 7 in front, with
 * spaces, dashes or brackets anywhere.
 */
export function normalizeKazakhstanPhone(text: string): string | null {
  if (!/^[+]?[0-9 ()-]+$/.test(text.trim())) return null;
  const digits = text.replace(/[^0-9]/g, '');
  const national = /^[78]([67][0-9]{9})$/.exec(digits)?.[1];
  if (!national || (text.trim().startsWith('+') && !digits.startsWith('7'))) return null;
  const d = national;
  return `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`;
}

/** A worker's work phone: a Kazakhstan number, stored as `+7 7xx xxx xx xx`. */
export const kazakhstanPhoneSchema = z
  .string()
  .trim()
  .max(30)
  .refine((text) => normalizeKazakhstanPhone(text) !== null, {
    message: 'validation.invalid_kz_phone',
  })
  .transform((text) => normalizeKazakhstanPhone(text) ?? text);

/** ICD-10 code as WHO writes it: letter, two digits, optional subcategory ("G80", "G80.1"). */
export const icd10Schema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]\d{2}(?:\.\d{1,2})?$/, { message: 'validation.invalid_icd10' });

export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** Kazakhstan keeps one time zone, UTC+5, since 1 March 2024 (tz database: Asia/Almaty). */
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';

/** Today's date where the work happens, as an ISO date string, for rules that compare with "now". */
export function todayIso(now: Date = new Date(), timeZone: string = KAZAKHSTAN_TIME_ZONE): string {
  let format = DATE_FORMATS.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD. Building a formatter is slow; keep one per time zone.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DATE_FORMATS.set(timeZone, format);
  }
  return format.format(now);
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A digit's value from its character code, or NaN. */
function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * Year, month and day of an ISO date. List pages compute ages and consent statuses for every
 * member, so the usual `YYYY-MM-DD` is read without allocating; anything else is split.
 */
function dateParts(date: string): [number, number, number] {
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    const year =
      digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
    const month = digit(date, 5) * 10 + digit(date, 6);
    const day = digit(date, 8) * 10 + digit(date, 9);
    if (!Number.isNaN(year + month + day)) return [year, month, day];
  }
  return date.split('-').map(Number) as [number, number, number];
}

/** Whole years between two ISO dates (age on `on` of someone born on `birthDate`). */
export function yearsBetween(birthDate: string, on: string): number {
  const [by, bm, bd] = dateParts(birthDate);
  const [oy, om, od] = dateParts(on);
  // Born on 29 February: in a common year the birthday is 28 February, the day addYears gives.
  const leap = (oy % 4 === 0 && oy % 100 !== 0) || oy % 400 === 0;
  const birthday = bm === 2 && bd === 29 && !leap ? 28 : bd;
  const hadBirthday = om > bm || (om === bm && od >= birthday);
  return oy - by - (hadBirthday ? 0 : 1);
}

export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus a number of years lands on 1 March in a common year; keep the last day of February.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
