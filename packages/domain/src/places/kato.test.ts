import { describe, expect, it } from 'vitest';
import { isKatoCode, isWithin, katoLevel, katoPrefix, parentCandidates } from './kato.js';

// Real codes of the 2026-07-17 classifier (apps/server/assets/kato_2026-07-17.csv).
const ALMATY_REGION = '190000000';
const TALGAR_DISTRICT = '196200000';
const TALGAR_TOWN_ADMINISTRATION = '196220000';
const TALGAR_TOWN = '196220100';
const KARASAY_DISTRICT = '195200000';
const KASKELEN = '195220100';
const ASTANA = '710000000';
const ASTANA_ALMATY_DISTRICT = '711110000';
const ASTANA_YESIL_DISTRICT = '711210000';

describe('katoLevel', () => {
  it.each([
    [ALMATY_REGION, 1],
    [TALGAR_DISTRICT, 2],
    [TALGAR_TOWN_ADMINISTRATION, 3],
    [TALGAR_TOWN, 4],
    [ASTANA, 1],
    [ASTANA_ALMATY_DISTRICT, 3],
  ] as const)('%s is at level %i', (code, level) => {
    expect(katoLevel(code)).toBe(level);
  });
});

describe('katoPrefix', () => {
  it('a region shares its two digits, a district four, an okrug six and a settlement all nine', () => {
    expect(katoPrefix(ALMATY_REGION)).toBe('19');
    expect(katoPrefix(TALGAR_DISTRICT)).toBe('1962');
    expect(katoPrefix(TALGAR_TOWN_ADMINISTRATION)).toBe('196220');
    expect(katoPrefix(TALGAR_TOWN)).toBe('196220100');
  });
});

describe('isWithin', () => {
  it('a settlement lies within its district and region', () => {
    expect(isWithin(TALGAR_TOWN, TALGAR_DISTRICT)).toBe(true);
    expect(isWithin(TALGAR_TOWN, ALMATY_REGION)).toBe(true);
  });

  it('a place lies within itself', () => {
    expect(isWithin(TALGAR_DISTRICT, TALGAR_DISTRICT)).toBe(true);
    expect(isWithin(TALGAR_TOWN, TALGAR_TOWN)).toBe(true);
  });

  it('a settlement of a neighbouring district is outside', () => {
    expect(isWithin(KASKELEN, TALGAR_DISTRICT)).toBe(false);
    expect(isWithin(TALGAR_TOWN, KARASAY_DISTRICT)).toBe(false);
  });

  it('a district does not lie within one of its own settlements', () => {
    expect(isWithin(TALGAR_DISTRICT, TALGAR_TOWN)).toBe(false);
  });

  it("Astana's city districts lie within Astana, and not within each other", () => {
    expect(isWithin(ASTANA_ALMATY_DISTRICT, ASTANA)).toBe(true);
    expect(isWithin(ASTANA_ALMATY_DISTRICT, ASTANA_YESIL_DISTRICT)).toBe(false);
  });

  it('Almaty city (75) is not within Almaty Region (19)', () => {
    expect(isWithin('751110000', ALMATY_REGION)).toBe(false);
  });
});

describe('parentCandidates', () => {
  it('lists the okrug, the district and the region of a settlement, nearest first', () => {
    expect(parentCandidates(TALGAR_TOWN)).toEqual([
      TALGAR_TOWN_ADMINISTRATION,
      TALGAR_DISTRICT,
      ALMATY_REGION,
    ]);
  });

  it('an okrug has its district and region as candidates', () => {
    expect(parentCandidates(TALGAR_TOWN_ADMINISTRATION)).toEqual([TALGAR_DISTRICT, ALMATY_REGION]);
  });

  it('a region has no parent', () => {
    expect(parentCandidates(ALMATY_REGION)).toEqual([]);
  });

  it('an Astana city district falls back to Astana, because its district code is not in the classifier', () => {
    // 711110000 has no 711100000 (nor any 7110…/7111… district row): the importer takes the
    // first candidate that exists, which is the city itself.
    const candidates = parentCandidates(ASTANA_ALMATY_DISTRICT);
    expect(candidates).toEqual(['711100000', ASTANA]);
    expect(candidates.at(-1)).toBe(ASTANA);
  });
});

describe('isKatoCode', () => {
  it.each([ALMATY_REGION, TALGAR_TOWN, ASTANA_ALMATY_DISTRICT])('%s is a KATO code', (code) => {
    expect(isKatoCode(code)).toBe(true);
  });

  it.each([
    ['eight digits', '19620010'],
    ['ten digits', '1962001000'],
    ['a letter', '19620010A'],
    ['spaces', ' 196200100'],
    ['the republic itself (region 00)', '000000000'],
    ['a code in region 00', '001000000'],
    ['nothing', ''],
  ])('%s is not a KATO code', (_label, value) => {
    expect(isKatoCode(value)).toBe(false);
  });
});
