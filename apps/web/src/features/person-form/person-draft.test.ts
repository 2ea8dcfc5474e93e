import { CONSENTED_PERSON_FIELDS, type Person } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import {
  checkPerson,
  emptyPersonDraft,
  personToDraft,
  rawPerson,
  type PersonDraft,
} from './person-draft.js';

const TODAY = '2026-11-25';

const mother = (patch: Partial<PersonDraft> = {}): PersonDraft => ({
  ...emptyPersonDraft(),
  givenName: 'Айгерім',
  familyName: 'Сейтова',
  sex: 'female',
  birthDate: '1990-04-12',
  relationToHead: 'head',
  phone: '+7 701 234 56 78',
  languages: ['kk', 'ru'],
  icd10: 'g80.1, Q90',
  ...patch,
});

describe('rawPerson', () => {
  it('without consent sends every consented field empty, whatever was typed', () => {
    const raw = rawPerson(mother(), { consented: false }) as Record<string, unknown>;
    for (const field of CONSENTED_PERSON_FIELDS) {
      const value = raw[field];
      expect(value === null || (Array.isArray(value) && value.length === 0), field).toBe(true);
    }
    expect(raw.givenName).toBe('Айгерім');
  });

  it('with consent splits and upper-cases ICD-10 codes', () => {
    expect(rawPerson(mother(), { consented: true }).icd10).toEqual(['G80.1', 'Q90']);
  });

  it('drops the group of a child under 7 and the review date of an indefinite disability', () => {
    const raw = rawPerson(
      mother({
        disability: {
          status: 'established',
          category: 'child_under_7',
          group: 'II',
          establishedOn: '2022-03-01',
          reviewOn: '2027-01-01',
          indefinite: true,
          cause: '',
        },
      }),
      { consented: true },
    );
    expect(raw.disability).toMatchObject({ group: null, reviewOn: null, cause: null });
  });
});

describe('checkPerson', () => {
  it('accepts a complete draft and returns typed fields', () => {
    const checked = checkPerson(mother(), { consented: true, today: TODAY });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.phone).toBe('+7 701 234 56 78');
  });

  it('asks for the required fields', () => {
    const checked = checkPerson(emptyPersonDraft(), { consented: true, today: TODAY });
    expect([...new Set(checked.codes.map((c) => c.path))].sort()).toEqual(
      ['birthDate', 'givenName', 'relationToHead', 'sex'].sort(),
    );
  });

  it('refuses a birth date in the future', () => {
    const checked = checkPerson(mother({ birthDate: '2030-01-01' }), {
      consented: true,
      today: TODAY,
    });
    expect(checked.codes).toContainEqual({ path: 'birthDate', key: 'person.birth_date_future' });
  });

  it('checks the IIN against birth date and sex', () => {
    // 750819300098: born 1975-08-19, male (seed data).
    const wrongDate = checkPerson(mother({ iin: '750819300098' }), {
      consented: true,
      today: TODAY,
    });
    expect(wrongDate.codes).toContainEqual({
      path: 'iin',
      key: 'person.iin_birth_date_mismatch',
      values: { iinDate: '1975-08-19' },
    });
    const wrongSex = checkPerson(mother({ iin: '750819300098', birthDate: '1975-08-19' }), {
      consented: true,
      today: TODAY,
    });
    expect(wrongSex.codes).toContainEqual({ path: 'iin', key: 'person.iin_sex_mismatch' });
    const typo = checkPerson(mother({ iin: '750819300099' }), { consented: true, today: TODAY });
    expect(typo.codes).toContainEqual({ path: 'iin', key: 'iin.checksum' });
  });

  it('does not check fields that will not be sent without consent', () => {
    const checked = checkPerson(mother({ iin: '123', phone: 'not a phone' }), {
      consented: false,
      today: TODAY,
    });
    expect(checked.ok).toBe(true);
  });
});

describe('personToDraft', () => {
  it('turns a stored person back into the same draft it came from', () => {
    const person = {
      id: '01a21223-332a-75ba-a34e-3781ce1cd457',
      householdId: '01a21223-3316-77dc-b358-22ff836942ab',
      givenName: 'Асқар',
      familyName: 'Тоқтаров',
      patronymic: null,
      sex: 'male',
      birthDate: '1975-08-19',
      birthDateEstimated: false,
      iin: '750819300098',
      relationToHead: 'head',
      languages: ['kk'],
      phone: null,
      disability: null,
      icd10: ['T91.3'],
      caregivers: [],
      notes: null,
      age: 51,
      consentStatus: 'valid',
      consents: [],
      rev: 1,
      createdAt: '',
      updatedAt: '',
    } satisfies Person;
    const draft = personToDraft(person);
    expect(draft).toMatchObject({ familyName: 'Тоқтаров', patronymic: '', icd10: 'T91.3' });
    const checked = checkPerson(draft, { consented: true, today: TODAY });
    expect(checked.ok && checked.value.iin).toBe('750819300098');
  });
});
