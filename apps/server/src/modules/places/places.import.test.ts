import { describe, expect, it } from 'vitest';
import {
  PlaceImportError,
  toPlaceRows,
  validateClassifier,
  type KatoRow,
} from './places.import.js';

/** A classifier row as read from the official file (CSV columns, all text). */
function csvRow(te: string, nameKaz: string, nameRus: string, k = '2'): Record<string, string> {
  return {
    te,
    ab: te.slice(0, 2),
    cd: te.slice(2, 4),
    ef: te.slice(4, 6),
    hij: te.slice(6),
    k,
    name_kaz: nameKaz,
    name_rus: nameRus,
  };
}

// Real rows of the 2026-07-17 classifier.
const ABAI_REGION = csvRow('100000000', 'Абай облысы', 'область Абай', '0');
const AKZHAR_OKRUG = csvRow('104633000', 'Ақжар а.о.', 'Акжарский с.о.');
const AKZHAR_VILLAGE = csvRow('104633100', 'Ақжар а.', 'с.Акжар');
const ASTANA = csvRow('710000000', 'Астана қ.', 'г.Астана', '1');
const ASTANA_ALMATY_DISTRICT = csvRow('711110000', 'Алматы ауданы', 'район Алматы', '1');

function problemsOf(raw: Record<string, string>[]): string[] {
  try {
    validateClassifier(raw);
  } catch (error) {
    if (error instanceof PlaceImportError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateClassifier', () => {
  it('reads official rows into codes, locality types and names', () => {
    expect(validateClassifier([ABAI_REGION, AKZHAR_VILLAGE])).toEqual([
      { te: '100000000', k: 0, nameKaz: 'Абай облысы', nameRus: 'область Абай' },
      { te: '104633100', k: 2, nameKaz: 'Ақжар а.', nameRus: 'с.Акжар' },
    ]);
  });

  it('accepts the kaz_name/rus_name headers of the workbook and trims names', () => {
    const row = { te: '104633100', k: '2', kaz_name: ' Ақжар а. ', rus_name: 'с.Акжар ' };
    expect(validateClassifier([row])).toEqual([
      { te: '104633100', k: 2, nameKaz: 'Ақжар а.', nameRus: 'с.Акжар' },
    ]);
  });

  it('reports problems with the line of the file they are on (the header is line 1)', () => {
    const badCode = csvRow('10463310', 'Ақжар а.', 'с.Акжар');
    expect(problemsOf([ABAI_REGION, badCode])).toEqual([
      'line 3: te "10463310" is not a 9-digit KATO code',
    ]);
  });

  it('collects every problem of the file, not only the first', () => {
    const noName = csvRow('104633100', 'Ақжар а.', '');
    const badK = csvRow('104633000', 'Ақжар а.о.', 'Акжарский с.о.', '7');
    expect(problemsOf([ABAI_REGION, noName, badK])).toEqual([
      'line 3: name_kaz and name_rus are required',
      'line 4: k "7" is not 0–4',
    ]);
  });

  it('refuses a locality type that is missing', () => {
    expect(problemsOf([csvRow('104633100', 'Ақжар а.', 'с.Акжар', '')])).toEqual([
      'line 2: k "" is not 0–4',
    ]);
    const { k: _k, ...withoutK } = AKZHAR_VILLAGE;
    expect(problemsOf([withoutK])).toEqual(['line 2: k "" is not 0–4']);
  });

  it('refuses a code that appears twice', () => {
    expect(problemsOf([ABAI_REGION, AKZHAR_VILLAGE, AKZHAR_VILLAGE])).toEqual([
      'line 4: code 104633100 appears twice',
    ]);
  });

  it('refuses a row whose ab or cd column contradicts its code', () => {
    const wrongAb = { ...AKZHAR_VILLAGE, ab: '11' };
    const wrongCd = { ...AKZHAR_OKRUG, cd: '47' };
    expect(problemsOf([wrongAb, wrongCd])).toEqual([
      'line 2: ab "11" does not match te 104633100',
      'line 3: cd "47" does not match te 104633000',
    ]);
  });

  it('accepts segment columns that lost their leading zeros in a spreadsheet', () => {
    expect(problemsOf([{ ...ABAI_REGION, cd: '0', ef: '0', hij: '0' }])).toEqual([]);
  });

  it('refuses a file without rows', () => {
    expect(problemsOf([])).toEqual(['The file has no rows.']);
  });

  it('says how many problems there are in its message', () => {
    expect(() => validateClassifier([])).toThrow(/1 problem\(s\)/);
  });
});

describe('toPlaceRows', () => {
  const kato = (raw: Record<string, string>[]): KatoRow[] => validateClassifier(raw);

  it('links each place to its nearest existing parent', () => {
    const rows = toPlaceRows(kato([ABAI_REGION, AKZHAR_OKRUG, AKZHAR_VILLAGE]), '2026-07-17', {});
    const parents = Object.fromEntries(rows.map((r) => [r.code, r.parent_code]));
    // The village's okrug exists; the okrug's district (104600000) is not in this file, so its
    // parent is the region.
    expect(parents).toEqual({
      '100000000': null,
      '104633000': '100000000',
      '104633100': '104633000',
    });
  });

  it('an Astana city district hangs under Astana though no district code exists between them', () => {
    const [city, district] = toPlaceRows(kato([ASTANA_ALMATY_DISTRICT, ASTANA]), '2026-07-17', {});
    expect(city).toMatchObject({ code: '710000000', parent_code: null, level: 1 });
    expect(district).toMatchObject({ code: '711110000', parent_code: '710000000', level: 3 });
  });

  it('sorts places by code so parents are written before their children', () => {
    const rows = toPlaceRows(kato([AKZHAR_VILLAGE, AKZHAR_OKRUG, ABAI_REGION]), 'v', {});
    expect(rows.map((r) => r.code)).toEqual(['100000000', '104633000', '104633100']);
  });

  it('keeps the official names and adds expanded ones, with English where known', () => {
    const [village] = toPlaceRows(kato([AKZHAR_VILLAGE]), '2026-07-17', { '104633100': 'Akzhar' });
    expect(village).toMatchObject({
      name_kk_official: 'Ақжар а.',
      name_ru_official: 'с.Акжар',
      name_kk: 'Ақжар ауылы',
      name_ru: 'село Акжар',
      name_en: 'Akzhar',
      level: 4,
      locality_type: 2,
      classifier_version: '2026-07-17',
      retired_in: null,
    });
  });

  it('a place without an English name has none rather than a guess', () => {
    const [okrug] = toPlaceRows(kato([AKZHAR_OKRUG]), 'v', {});
    expect(okrug?.name_en).toBeNull();
  });

  it('the search text finds a place typed without Kazakh letters, in either language', () => {
    const [village] = toPlaceRows(kato([AKZHAR_VILLAGE]), 'v', { '104633100': 'Akzhar' });
    const text = village?.search_text ?? '';
    expect(text).toContain('акжар ауылы');
    expect(text).toContain('село акжар');
    expect(text).toContain('akzhar');
  });
});
