import type { ConsentInput, HouseholdInput, PersonInput } from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { demoIin } from '../seed/demo.js';

/** Real KATO places used across tests: two districts of Almaty Region and one of Turkistan Region. */
export const PLACES = {
  almatyRegion: '190000000',
  talgarDistrict: '196200000',
  talgarTown: '196220100',
  kyzylkairat: '196233100',
  karasayDistrict: '195200000',
  kaskelen: '195220100',
  turkistanRegion: '610000000',
} as const;

export function householdInput(
  overrides: Partial<HouseholdInput> = {},
): HouseholdInput & { id: string } {
  return {
    placeCode: PLACES.talgarTown,
    address: 'Абай көшесі, 1',
    landmark: null,
    coordinates: null,
    phone: null,
    livingConditions: {
      dwelling: 'house',
      rooms: 3,
      floor: null,
      elevator: null,
      water: 'yard_tap',
      sanitation: 'outdoor_latrine',
      heating: 'coal_wood',
      electricity: true,
      povertyMarkers: [],
    },
    notes: null,
    ...overrides,
    id: overrides.id ?? uuidv7(),
  };
}

export function consentInput(overrides: Partial<ConsentInput> = {}): ConsentInput {
  return {
    givenBy: 'self',
    representativePersonId: null,
    representativeName: null,
    representativeRelation: null,
    scopes: ['registration', 'assessment'],
    method: 'signed_paper',
    givenOn: '2026-01-10',
    expiresOn: '2029-01-10',
    documentRef: null,
    ...overrides,
  };
}

let serial = 100;
const GIVEN_NAMES = [
  'Айгерім',
  'Дана',
  'Жансая',
  'Мөлдір',
  'Ләззат',
  'Гүлжан',
  'Томирис',
  'Балжан',
  'Сымбат',
  'Інкәр',
  'Асемгүл',
];
const FAMILY_NAMES = [
  'Әбенова',
  'Ермекова',
  'Жұмабаева',
  'Қасымова',
  'Серікова',
  'Оспанова',
  'Төлегенова',
  'Бекова',
];

/** An adult with consent and a valid IIN, unless overridden. */
export function personInput(
  householdId: string,
  overrides: Partial<PersonInput> = {},
): PersonInput & { id: string } {
  const n = serial;
  const sex = overrides.sex ?? 'female';
  // Every generated person differs in name and birth date, so duplicate warnings fire only on purpose.
  const birthDate =
    overrides.birthDate ??
    `${1960 + (n % 40)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  return {
    householdId,
    givenName: GIVEN_NAMES[n % GIVEN_NAMES.length] ?? 'Айгерім',
    familyName: FAMILY_NAMES[serial % FAMILY_NAMES.length] ?? 'Тестова',
    patronymic: null,
    sex,
    birthDate,
    birthDateEstimated: false,
    iin: demoIin(birthDate, sex, serial++),
    relationToHead: 'head',
    languages: ['kk'],
    phone: null,
    disability: null,
    icd10: [],
    caregivers: [],
    notes: null,
    consent: consentInput(),
    confirmNotDuplicate: false,
    ...overrides,
    id: overrides.id ?? uuidv7(),
  };
}
