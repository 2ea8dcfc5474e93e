import type { ConsentInput, Disability } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import {
  checkConsent,
  checkPersonFacts,
  fieldsNeedingConsent,
  type PersonFields,
} from './persons.rules.js';

const TODAY = '2026-07-17';
const SELF_ID = '0190a2f4-8f5a-7b7c-9b2e-000000000001';
const MOTHER_ID = '0190a2f4-8f5a-7b7c-9b2e-000000000002';
const FATHER_ID = '0190a2f4-8f5a-7b7c-9b2e-000000000003';
const STRANGER_ID = '0190a2f4-8f5a-7b7c-9b2e-000000000099';
const HOUSEHOLD = [
  { id: MOTHER_ID, birth_date: '1988-03-02' },
  { id: FATHER_ID, birth_date: '1985-07-14' },
];

/** A minimal record (no consent needed): a man born 1985-07-14. */
function person(overrides: Partial<PersonFields> = {}): PersonFields {
  return {
    givenName: 'Ерлан',
    familyName: null,
    patronymic: null,
    sex: 'male',
    birthDate: '1985-07-14',
    birthDateEstimated: false,
    iin: null,
    relationToHead: 'head',
    languages: [],
    phone: null,
    disability: null,
    icd10: [],
    caregivers: [],
    notes: null,
    ...overrides,
  };
}

function disability(overrides: Partial<Disability>): Disability {
  return {
    status: 'established',
    category: 'adult',
    group: 'II',
    establishedOn: '2020-01-01',
    reviewOn: null,
    indefinite: true,
    cause: null,
    ...overrides,
  };
}

function consent(overrides: Partial<ConsentInput> = {}): ConsentInput {
  return {
    givenBy: 'self',
    representativePersonId: null,
    representativeName: null,
    representativeRelation: null,
    scopes: ['registration'],
    method: 'signed_paper',
    givenOn: '2026-01-10',
    expiresOn: '2029-01-10',
    documentRef: null,
    ...overrides,
  };
}

const codes = (problems: { path: string; code: string }[]) =>
  problems.map((p) => `${p.path}: ${p.code}`);

describe('checkPersonFacts', () => {
  it('a consistent person has no problems', () => {
    expect(checkPersonFacts(person({ iin: '850714301234' }), SELF_ID, HOUSEHOLD, TODAY)).toEqual(
      [],
    );
  });

  it('refuses a birth date after today, and accepts today', () => {
    expect(
      codes(checkPersonFacts(person({ birthDate: '2026-07-18' }), SELF_ID, [], TODAY)),
    ).toEqual(['birthDate: person.birth_date_future']);
    expect(checkPersonFacts(person({ birthDate: TODAY }), SELF_ID, [], TODAY)).toEqual([]);
  });

  it('refuses a birth date before 1900', () => {
    expect(
      codes(checkPersonFacts(person({ birthDate: '1899-12-31' }), SELF_ID, [], TODAY)),
    ).toEqual(['birthDate: person.birth_date_too_old']);
  });

  it('reports an invalid IIN with its own problem', () => {
    expect(codes(checkPersonFacts(person({ iin: '850714301235' }), SELF_ID, [], TODAY))).toEqual([
      'iin: iin.checksum',
    ]);
  });

  it('an IIN for another birth date is a mismatch, and says which date the IIN holds', () => {
    const problems = checkPersonFacts(
      person({ iin: '850714301234', birthDate: '1985-07-15' }),
      SELF_ID,
      [],
      TODAY,
    );
    expect(problems).toEqual([
      { path: 'iin', code: 'person.iin_birth_date_mismatch', values: { iinDate: '1985-07-14' } },
    ]);
  });

  it('an IIN of a man on a woman’s record is a mismatch', () => {
    expect(
      codes(checkPersonFacts(person({ iin: '850714301234', sex: 'female' }), SELF_ID, [], TODAY)),
    ).toEqual(['iin: person.iin_sex_mismatch']);
  });

  it('a caregiver must live in the household', () => {
    const caregivers = [
      {
        personId: STRANGER_ID,
        relation: 'mother' as const,
        primary: true,
        legalRepresentative: true,
      },
    ];
    expect(codes(checkPersonFacts(person({ caregivers }), SELF_ID, HOUSEHOLD, TODAY))).toEqual([
      'caregivers.0.personId: caregiver.not_in_household',
    ]);
  });

  it('a person is not their own caregiver', () => {
    const caregivers = [
      { personId: SELF_ID, relation: 'other' as const, primary: false, legalRepresentative: false },
    ];
    const members = [...HOUSEHOLD, { id: SELF_ID, birth_date: '1985-07-14' }];
    expect(codes(checkPersonFacts(person({ caregivers }), SELF_ID, members, TODAY))).toEqual([
      'caregivers.0.personId: caregiver.self',
    ]);
  });

  it('the same caregiver twice is reported at the second entry', () => {
    const link = {
      personId: MOTHER_ID,
      relation: 'mother' as const,
      primary: false,
      legalRepresentative: false,
    };
    const caregivers = [
      { ...link, primary: true },
      link,
      { ...link, personId: FATHER_ID, relation: 'father' as const },
    ];
    expect(codes(checkPersonFacts(person({ caregivers }), SELF_ID, HOUSEHOLD, TODAY))).toEqual([
      'caregivers.1.personId: caregiver.repeated',
    ]);
  });

  describe('disability category and age on the day it was established', () => {
    const child = (birthDate: string, d: Partial<Disability>) =>
      checkPersonFacts(person({ birthDate, disability: disability(d) }), SELF_ID, [], TODAY);

    it('a child of 6 may be a child with disability under 7', () => {
      expect(
        child('2019-01-01', {
          category: 'child_under_7',
          group: null,
          establishedOn: '2025-12-31',
        }),
      ).toEqual([]);
    });

    it('a child established at 7 is no longer in the under-7 category', () => {
      expect(
        codes(
          child('2019-01-01', {
            category: 'child_under_7',
            group: null,
            establishedOn: '2026-01-01',
          }),
        ),
      ).toEqual(['disability.category: person.disability_category_age']);
      expect(child('2019-01-01', { category: 'child_7_18', establishedOn: '2026-01-01' })).toEqual(
        [],
      );
    });

    it('a person established at 17 is a child 7–18, not an adult', () => {
      expect(
        codes(child('2008-09-01', { category: 'adult', establishedOn: '2026-08-31' })),
      ).toEqual(['disability.category: person.disability_category_age']);
      expect(child('2008-09-01', { category: 'child_7_18', establishedOn: '2026-08-31' })).toEqual(
        [],
      );
    });

    it('a person established at 18 is an adult', () => {
      expect(child('2008-03-01', { category: 'adult', establishedOn: '2026-03-01' })).toEqual([]);
      expect(
        codes(child('2008-03-01', { category: 'child_7_18', establishedOn: '2026-03-01' })),
      ).toEqual(['disability.category: person.disability_category_age']);
    });

    it('without a date, the age today decides', () => {
      expect(
        codes(child('2015-01-01', { category: 'child_under_7', group: null, establishedOn: null })),
      ).toEqual(['disability.category: person.disability_category_age']);
    });

    it('a pending disability is not checked against age', () => {
      expect(child('2015-01-01', { status: 'pending', category: 'adult' })).toEqual([]);
    });
  });
});

describe('checkConsent', () => {
  it("an adult's own consent is fine", () => {
    expect(checkConsent(consent(), '1985-07-14', HOUSEHOLD, TODAY)).toEqual([]);
  });

  it('a consent given in the future is refused', () => {
    expect(
      codes(checkConsent(consent({ givenOn: '2026-07-18' }), '1985-07-14', [], TODAY)),
    ).toEqual(['consent.givenOn: consent.given_in_future']);
  });

  it('a minor cannot consent alone', () => {
    expect(codes(checkConsent(consent(), '2012-02-29', [], TODAY))).toEqual([
      'consent.givenBy: consent.minor_needs_representative',
    ]);
  });

  it('a mother in the household may consent for her child', () => {
    const byMother = consent({
      givenBy: 'representative',
      representativePersonId: MOTHER_ID,
      representativeRelation: 'mother',
    });
    expect(checkConsent(byMother, '2012-02-29', HOUSEHOLD, TODAY)).toEqual([]);
  });

  it('a representative picked from the registry must be in the household', () => {
    const byStranger = consent({
      givenBy: 'representative',
      representativePersonId: STRANGER_ID,
      representativeRelation: 'guardian',
    });
    expect(codes(checkConsent(byStranger, '2012-02-29', HOUSEHOLD, TODAY))).toEqual([
      'consent.representativePersonId: consent.representative_not_in_household',
    ]);
  });

  it('reports under the path it is given', () => {
    expect(
      codes(checkConsent(consent({ givenOn: '2027-01-01' }), '1985-07-14', [], TODAY, 'body')),
    ).toEqual(['body.givenOn: consent.given_in_future']);
  });
});

describe('fieldsNeedingConsent', () => {
  it('a new minimal record needs no consent', () => {
    expect(fieldsNeedingConsent(person(), null)).toEqual([]);
  });

  it('a new record with an IIN, phone, diagnosis or family name needs consent for each', () => {
    const full = person({
      iin: '850714301234',
      phone: '+7 701 234 56 78',
      icd10: ['G80'],
      familyName: 'Қасымов',
    });
    expect(codes(fieldsNeedingConsent(full, null))).toEqual([
      'familyName: person.needs_consent',
      'iin: person.needs_consent',
      'phone: person.needs_consent',
      'icd10: person.needs_consent',
    ]);
  });

  it('a disability record and caregivers are personal data too', () => {
    const withCare = person({
      disability: disability({}),
      caregivers: [
        { personId: MOTHER_ID, relation: 'mother', primary: true, legalRepresentative: true },
      ],
    });
    expect(codes(fieldsNeedingConsent(withCare, null))).toEqual([
      'disability: person.needs_consent',
      'caregivers: person.needs_consent',
    ]);
  });

  it('editing the minimal fields of an existing record needs no consent', () => {
    const before = person({ iin: '850714301234' });
    const after = { ...before, givenName: 'Ерболат', birthDate: '1985-07-15' };
    expect(fieldsNeedingConsent(after, before)).toEqual([]);
  });

  it('keeping personal data already on file needs no new consent', () => {
    const before = person({ iin: '850714301234', icd10: ['G80'], disability: disability({}) });
    expect(fieldsNeedingConsent({ ...before }, before)).toEqual([]);
  });

  it('changing personal data already on file needs consent', () => {
    const before = person({ phone: '+7 701 234 56 78', icd10: ['G80'] });
    const after = { ...before, phone: '+7 777 000 00 00', icd10: ['G80', 'F84'] };
    expect(codes(fieldsNeedingConsent(after, before))).toEqual([
      'phone: person.needs_consent',
      'icd10: person.needs_consent',
    ]);
  });

  it('erasing personal data never needs consent', () => {
    const before = person({ phone: '+7 701 234 56 78', icd10: ['G80'], notes: 'x' });
    expect(fieldsNeedingConsent(person(), before)).toEqual([]);
  });
});
