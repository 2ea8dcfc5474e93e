/**
 * KATO (Классификатор административно-территориальных объектов) codes: 9 digits AB CD EF HIJ =
 * region, district or city, okrug or town, settlement. Source: Bureau of National Statistics,
 * НК РК 11-2025; see shared/data/README.md. Codes are strings; never do arithmetic on them.
 */

export const KATO_CODE_PATTERN = /^\d{9}$/;

export type PlaceLevel = 1 | 2 | 3 | 4;

/** Level of a code by its last non-zero segment: 1 region, 2 district, 3 okrug or town, 4 settlement. */
export function katoLevel(code: string): PlaceLevel {
  if (code.slice(6) !== '000') return 4;
  if (code.slice(4, 6) !== '00') return 3;
  if (code.slice(2, 4) !== '00') return 2;
  return 1;
}

const PREFIX_LENGTH: Record<PlaceLevel, number> = { 1: 2, 2: 4, 3: 6, 4: 9 };

/**
 * The code prefix that every place inside `code` shares. A scope is such a prefix, so an access
 * check is a string prefix test (design.md, "Places").
 */
export function katoPrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTH[katoLevel(code)]);
}

/** True when `code` is `ancestor` itself or lies inside it. */
export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(katoPrefix(ancestor));
}

/**
 * Codes that may be the parent of `code`, nearest first. Some intermediate codes do not exist in
 * the classifier (Astana's city districts have no `711000000`), so the importer takes the first
 * one that does.
 */
export function parentCandidates(code: string): string[] {
  const level = katoLevel(code);
  const out: string[] = [];
  if (level > 3) out.push(`${code.slice(0, 6)}000`);
  if (level > 2) out.push(`${code.slice(0, 4)}00000`);
  if (level > 1) out.push(`${code.slice(0, 2)}0000000`);
  return out;
}

export function isKatoCode(value: string): boolean {
  return KATO_CODE_PATTERN.test(value) && value.slice(0, 2) !== '00';
}
