import type { ConsentInput, LivingConditions, PersonInput } from '@birge/domain';

/**
 * A small, realistic district caseload for demonstrations: real KATO settlements of Talgar district
 * (Almaty Region) for `worker`, and of Karasay district for `worker2`. People are invented.
 */

export const DEMO_PASSWORD = 'birge-demo';
export const TALGAR_DISTRICT = '196200000';
export const KARASAY_DISTRICT = '195200000';
export const ALMATY_REGION = '190000000';

type Member = Omit<PersonInput, 'householdId' | 'consent' | 'confirmNotDuplicate' | 'caregivers' | 'id'> & {
  key: string;
  caregivers?: { key: string; relation: PersonInput['caregivers'][number]['relation']; primary?: boolean; legal?: boolean }[];
  consent?: Omit<ConsentInput, 'representativePersonId'> & { representativeKey?: string };
  iinSerial?: number;
  /** Backdates the consent after creation, to show an expired one. */
  consentBackdatedTo?: { givenOn: string; expiresOn: string };
};

export interface DemoHousehold {
  key: string;
  worker: 'worker' | 'worker2';
  placeCode: string;
  address: string;
  landmark?: string;
  phone?: string;
  povertyMarkers?: LivingConditions['povertyMarkers'];
  dwelling: 'house' | 'apartment';
  water: 'piped_indoor' | 'yard_tap' | 'well';
  sanitation: 'indoor_toilet' | 'outdoor_latrine';
  heating: 'central' | 'gas' | 'coal_wood';
  members: Member[];
}

const consent = (givenOn: string, expiresOn: string, extra: Partial<Member['consent']> = {}): Member['consent'] => ({
  givenBy: 'self',
  representativeName: null,
  representativeRelation: null,
  scopes: ['registration', 'assessment', 'sharing_with_services', 'contact_by_phone'],
  method: 'signed_paper',
  givenOn,
  expiresOn,
  documentRef: null,
  ...extra,
});

const base = { birthDateEstimated: false, patronymic: null, phone: null, notes: null, icd10: [], disability: null, iin: null };

export const DEMO_HOUSEHOLDS: DemoHousehold[] = [
  {
    key: 'seitkaliyev',
    worker: 'worker',
    placeCode: '196220100',
    address: 'Абай көшесі, 45',
    landmark: 'Орталық мешіттің жанында, жасыл қақпа',
    phone: '+7 701 555 12 34',
    dwelling: 'house',
    water: 'piped_indoor',
    sanitation: 'indoor_toilet',
    heating: 'gas',
    members: [
      { ...base, key: 'erlan', givenName: 'Ерлан', familyName: 'Сейітқалиев', sex: 'male', birthDate: '1985-06-14', relationToHead: 'head', languages: ['kk', 'ru'], iinSerial: 1, consent: consent('2026-02-10', '2029-02-10') },
      { ...base, key: 'aigul', givenName: 'Айгүл', familyName: 'Сейітқалиева', sex: 'female', birthDate: '1988-09-03', relationToHead: 'spouse', languages: ['kk', 'ru'], phone: '+7 701 555 12 35', iinSerial: 2, consent: consent('2026-02-10', '2029-02-10') },
      {
        ...base, key: 'nursultan', givenName: 'Нұрсұлтан', familyName: 'Сейітқалиев', sex: 'male', birthDate: '2017-03-12', relationToHead: 'child', languages: ['kk'], iinSerial: 3,
        icd10: ['G80.1'],
        disability: { status: 'established', category: 'child_7_18', group: 'II', establishedOn: '2024-04-02', reviewOn: '2027-04-02', indefinite: false, cause: 'since_childhood' },
        caregivers: [{ key: 'aigul', relation: 'mother', primary: true, legal: true }, { key: 'erlan', relation: 'father', legal: true }],
        consent: consent('2026-02-10', '2029-02-10', { givenBy: 'representative', representativeKey: 'aigul', representativeRelation: 'mother' }),
      },
    ],
  },
  {
    key: 'zhaksylykov',
    worker: 'worker',
    placeCode: '196233100',
    address: 'Бейбітшілік көшесі, 12',
    dwelling: 'house',
    water: 'yard_tap',
    sanitation: 'outdoor_latrine',
    heating: 'coal_wood',
    povertyMarkers: ['targeted_social_assistance', 'no_working_adult'],
    members: [
      {
        ...base, key: 'murat', givenName: 'Мұрат', familyName: 'Жақсылықов', sex: 'male', birthDate: '1962-01-20', relationToHead: 'head', languages: ['kk'], iinSerial: 4,
        icd10: ['I69.3'],
        disability: { status: 'established', category: 'adult', group: 'II', establishedOn: '2021-05-17', reviewOn: null, indefinite: true, cause: 'general_disease' },
        consent: consent('2026-03-01', '2029-03-01'),
      },
      { ...base, key: 'gulnar', givenName: 'Гүлнар', familyName: 'Жақсылықова', sex: 'female', birthDate: '1965-07-08', relationToHead: 'spouse', languages: ['kk'], iinSerial: 5, consent: consent('2026-03-01', '2029-03-01') },
      {
        ...base, key: 'aliya', givenName: 'Әлия', familyName: 'Жақсылықова', sex: 'female', birthDate: '2020-09-01', relationToHead: 'grandchild', languages: ['kk'],
        icd10: ['Q90.9'],
        disability: { status: 'established', category: 'child_under_7', group: null, establishedOn: '2021-06-15', reviewOn: '2027-09-01', indefinite: false, cause: 'since_childhood' },
        caregivers: [{ key: 'gulnar', relation: 'grandmother', primary: true, legal: true }],
        consent: consent('2026-03-01', '2029-03-01', { givenBy: 'representative', representativeKey: 'gulnar', representativeRelation: 'guardian' }),
      },
    ],
  },
  {
    key: 'petrenko',
    worker: 'worker',
    placeCode: '196243100',
    address: 'улица Мира, 7, кв. 3',
    dwelling: 'apartment',
    water: 'piped_indoor',
    sanitation: 'indoor_toilet',
    heating: 'central',
    povertyMarkers: ['income_below_subsistence'],
    members: [
      { ...base, key: 'olga', givenName: 'Ольга', familyName: 'Петренко', patronymic: 'Викторовна', sex: 'female', birthDate: '1979-11-25', relationToHead: 'head', languages: ['ru', 'kk'], iinSerial: 6, consent: consent('2026-05-12', '2029-05-12') },
      {
        ...base, key: 'dmitriy', givenName: 'Дмитрий', familyName: 'Петренко', patronymic: 'Сергеевич', sex: 'male', birthDate: '2010-05-20', relationToHead: 'child', languages: ['ru'],
        icd10: ['F84.0'],
        disability: { status: 'established', category: 'child_7_18', group: 'III', establishedOn: '2019-08-01', reviewOn: '2028-05-20', indefinite: false, cause: 'since_childhood' },
        caregivers: [{ key: 'olga', relation: 'mother', primary: true, legal: true }],
        consent: consent('2026-05-12', '2029-05-12', { givenBy: 'representative', representativeKey: 'olga', representativeRelation: 'mother' }),
      },
    ],
  },
  {
    key: 'omarov',
    worker: 'worker',
    placeCode: '196235100',
    address: 'Жібек жолы көшесі, 3',
    dwelling: 'house',
    water: 'well',
    sanitation: 'outdoor_latrine',
    heating: 'coal_wood',
    members: [
      {
        ...base, key: 'bauyrzhan', givenName: 'Бауыржан', familyName: 'Омаров', sex: 'male', birthDate: '1990-04-02', relationToHead: 'head', languages: ['kk', 'sgn'], iinSerial: 7,
        icd10: ['H90.3'],
        disability: { status: 'established', category: 'adult', group: 'III', establishedOn: '2012-03-14', reviewOn: null, indefinite: true, cause: 'general_disease' },
        consent: consent('2026-06-20', '2029-06-20'),
      },
      { ...base, key: 'zhanar', givenName: 'Жанар', familyName: 'Омарова', sex: 'female', birthDate: '1992-12-11', relationToHead: 'spouse', languages: ['kk'], consent: consent('2026-06-20', '2029-06-20') },
      {
        ...base, key: 'aruzhan', givenName: 'Аружан', familyName: 'Омарова', sex: 'female', birthDate: '2022-08-30', relationToHead: 'child', languages: ['kk'],
        caregivers: [{ key: 'zhanar', relation: 'mother', primary: true, legal: true }],
        consent: consent('2026-06-20', '2029-06-20', { givenBy: 'representative', representativeKey: 'zhanar', representativeRelation: 'mother' }),
      },
    ],
  },
  {
    key: 'abdirakhmanova',
    worker: 'worker',
    placeCode: '196249100',
    address: 'Гүлдала ауылы, Төле би көшесі, 28',
    dwelling: 'house',
    water: 'yard_tap',
    sanitation: 'outdoor_latrine',
    heating: 'coal_wood',
    povertyMarkers: ['no_working_adult', 'inadequate_housing'],
    members: [
      {
        ...base, key: 'zeinep', givenName: 'Зейнеп', familyName: 'Әбдірахманова', sex: 'female', birthDate: '1950-02-17', relationToHead: 'head', languages: ['kk'], iinSerial: 8,
        icd10: ['H54.0'],
        disability: { status: 'established', category: 'adult', group: 'I', establishedOn: '2018-10-09', reviewOn: null, indefinite: true, cause: 'general_disease' },
        consent: consent('2026-04-04', '2029-04-04', { method: 'verbal_witnessed' }),
      },
    ],
  },
  {
    key: 'nurlanova',
    worker: 'worker',
    placeCode: '196247600',
    address: 'Қайнар ауылы, Бірлік көшесі, 9',
    dwelling: 'house',
    water: 'yard_tap',
    sanitation: 'outdoor_latrine',
    heating: 'coal_wood',
    members: [
      { ...base, key: 'saule', givenName: 'Сәуле', familyName: null, sex: 'female', birthDate: '1994-01-01', birthDateEstimated: true, relationToHead: 'head', languages: [] },
      { ...base, key: 'madina', givenName: 'Мәдина', familyName: null, sex: 'female', birthDate: '2019-11-02', relationToHead: 'child', languages: [] },
    ],
  },
  {
    key: 'toktarov',
    worker: 'worker',
    placeCode: '196247300',
    address: 'Достық ауылы, Абылай хан көшесі, 61',
    dwelling: 'house',
    water: 'piped_indoor',
    sanitation: 'indoor_toilet',
    heating: 'gas',
    members: [
      {
        ...base, key: 'askar', givenName: 'Асқар', familyName: 'Тоқтаров', sex: 'male', birthDate: '1975-08-19', relationToHead: 'head', languages: ['kk', 'ru'], iinSerial: 9,
        icd10: ['T91.3'],
        disability: { status: 'established', category: 'adult', group: 'I', establishedOn: '2016-02-22', reviewOn: null, indefinite: true, cause: 'work_injury' },
        consent: consent('2026-01-15', '2029-01-15'),
        consentBackdatedTo: { givenOn: '2022-09-01', expiresOn: '2025-09-01' },
      },
    ],
  },
  {
    key: 'akhmetov',
    worker: 'worker2',
    placeCode: '195220100',
    address: 'Наурызбай батыр көшесі, 88',
    dwelling: 'house',
    water: 'piped_indoor',
    sanitation: 'indoor_toilet',
    heating: 'gas',
    members: [
      { ...base, key: 'nurlan', givenName: 'Нұрлан', familyName: 'Ахметов', sex: 'male', birthDate: '1983-10-05', relationToHead: 'head', languages: ['kk', 'ru'], iinSerial: 10, consent: consent('2026-07-07', '2029-07-07') },
      { ...base, key: 'dana', givenName: 'Дана', familyName: 'Ахметова', sex: 'female', birthDate: '1986-02-28', relationToHead: 'spouse', languages: ['kk', 'ru'], consent: consent('2026-07-07', '2029-07-07') },
      {
        ...base, key: 'timur', givenName: 'Тимур', familyName: 'Ахметов', sex: 'male', birthDate: '2015-12-01', relationToHead: 'child', languages: ['kk', 'ru'],
        icd10: ['G40.9'],
        disability: { status: 'pending', category: null, group: null, establishedOn: null, reviewOn: null, indefinite: false, cause: null },
        caregivers: [{ key: 'dana', relation: 'mother', primary: true, legal: true }],
        consent: consent('2026-07-07', '2029-07-07', { givenBy: 'representative', representativeKey: 'dana', representativeRelation: 'mother' }),
      },
    ],
  },
  {
    key: 'kim',
    worker: 'worker2',
    placeCode: '195231100',
    address: 'Әйтей ауылы, Мектеп көшесі, 14',
    dwelling: 'house',
    water: 'well',
    sanitation: 'outdoor_latrine',
    heating: 'coal_wood',
    povertyMarkers: ['food_insecurity'],
    members: [
      {
        ...base, key: 'viktoriya', givenName: 'Виктория', familyName: 'Ким', sex: 'female', birthDate: '1998-06-30', relationToHead: 'head', languages: ['ru', 'ko'],
        icd10: ['G35'],
        disability: { status: 'established', category: 'adult', group: 'II', establishedOn: '2023-01-18', reviewOn: '2027-01-18', indefinite: false, cause: 'general_disease' },
        consent: consent('2026-08-15', '2029-08-15'),
      },
    ],
  },
];
