import type { Consent, ConsentScope, Person } from '@birge/domain';

let counter = 0;
const nextId = () => `01a21223-332a-75ba-a34e-${String(++counter).padStart(12, '0')}`;

/** A consent given by the person themself, valid for `scopes` until 2031. */
export function consent(scopes: ConsentScope[], personId = nextId()): Consent {
  return {
    id: nextId(),
    personId,
    givenBy: 'self',
    representativePersonId: null,
    representativeName: null,
    representativeRelation: null,
    scopes,
    method: 'signed_paper',
    givenOn: '2026-01-10',
    expiresOn: '2031-01-10',
    withdrawnOn: null,
    withdrawalReason: null,
    documentRef: null,
    status: 'valid',
    createdAt: '2026-01-10T09:00:00Z',
  };
}

/** A household member with consent to registration and assessment, unless told otherwise. */
export function person(overrides: Partial<Person> & Pick<Person, 'birthDate'>): Person {
  const id = overrides.id ?? nextId();
  return {
    id,
    householdId: '01a21223-3316-77dc-b358-22ff836942ab',
    givenName: 'Айгерім',
    familyName: 'Сейітқали',
    patronymic: null,
    sex: 'female',
    birthDateEstimated: false,
    iin: null,
    relationToHead: 'head',
    languages: ['kk'],
    phone: null,
    disability: null,
    icd10: [],
    caregivers: [],
    notes: null,
    age: 0,
    consentStatus: 'valid',
    consents: [consent(['registration', 'assessment'], id)],
    rev: 1,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}
