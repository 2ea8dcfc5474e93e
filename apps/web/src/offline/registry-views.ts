import {
  consentStatus,
  educationSummary,
  emptyConsentedFields,
  personConsentStatus,
  searchKey,
  yearsBetween,
  type Consent,
  type DatedStatus,
  type EducationSyncRecord,
  type ConsentInput,
  type Household,
  type HouseholdInput,
  type HouseholdRecord,
  type Person,
  type PersonInput,
  type PersonSummary,
  type PersonUpdate,
} from '@birge/domain';

/**
 * The registry's records as the server would show them, built on the device from what the user
 * wrote and what was pulled — with the domain's own rules (consent status, the minimal record
 * without consent, age on today's date) — so an offline record looks the same before and after
 * sync. The server's version replaces it at the next pull.
 */

type PlaceRef = Household['place'];

/** Refreshes what depends on today: ages, consent statuses and the minimal record. */
export function personView(person: Person, today: string): Person {
  const consents = person.consents.map((c) => ({
    ...c,
    status: consentStatus(c, person.birthDate, today),
  }));
  const status = personConsentStatus(consents, person.birthDate, today);
  const restricted = status === 'valid' ? {} : emptyConsentedFields();
  return {
    ...person,
    ...restricted,
    consents,
    consentStatus: status,
    age: yearsBetween(person.birthDate, today),
  };
}

/** The device's live education statuses by person (a removal waiting to be sent hides one). */
export function statusesByPerson(
  entries: readonly (EducationSyncRecord & { removed?: boolean })[],
): Map<string, DatedStatus[]> {
  const byPerson = new Map<string, DatedStatus[]>();
  for (const e of entries) {
    if (e.entry !== 'status' || e.removed === true) continue;
    byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  }
  return byPerson;
}

/**
 * A member as lists show them. With the person's education statuses from the device, "in no
 * education" is derived as the server derives it (only with valid consent, like the rest).
 */
export function personSummary(
  person: Person,
  today: string,
  statuses?: readonly DatedStatus[],
): PersonSummary {
  const view = personView(person, today);
  const consented = view.consentStatus === 'valid';
  const education =
    consented && statuses
      ? educationSummary({ birthDate: view.birthDate }, { statuses }, today)
      : null;
  return {
    id: view.id,
    householdId: view.householdId,
    givenName: view.givenName,
    familyName: consented ? view.familyName : null,
    sex: view.sex,
    birthDate: view.birthDate,
    age: view.age,
    relationToHead: view.relationToHead,
    disabilityStatus: consented ? (view.disability?.status ?? null) : null,
    consentStatus: view.consentStatus,
    ...(education
      ? { inNoEducation: education.inNoEducation, educationState: education.state }
      : {}),
  };
}

export function personName(person: Pick<Person, 'givenName' | 'familyName'>): string {
  return [person.givenName, person.familyName].filter(Boolean).join(' ');
}

export function consentFromInput(
  input: ConsentInput & { id: string },
  personId: string,
  birthDate: string,
  at: string,
  today: string,
): Consent {
  const consent: Consent = {
    id: input.id,
    personId,
    givenBy: input.givenBy,
    representativePersonId: input.representativePersonId,
    representativeName: input.representativeName,
    representativeRelation: input.representativeRelation,
    scopes: input.scopes,
    method: input.method,
    givenOn: input.givenOn,
    expiresOn: input.expiresOn,
    withdrawnOn: null,
    withdrawalReason: null,
    documentRef: input.documentRef,
    status: 'valid',
    createdAt: at,
  };
  return { ...consent, status: consentStatus(consent, birthDate, today) };
}

type PersonFields = Omit<PersonUpdate, 'rev' | 'confirmNotDuplicate'>;

function fieldsOf(input: PersonInput | PersonUpdate): PersonFields {
  const { confirmNotDuplicate: _confirm, ...rest } = input as PersonUpdate &
    Partial<Pick<PersonInput, 'consent' | 'householdId' | 'id'>>;
  const { rev: _rev, consent: _consent, householdId: _household, id: _id, ...fields } = rest;
  return fields;
}

/** A person as the device shows them after a create or an edit it has not sent yet. */
export function personFromWrite(options: {
  id: string;
  householdId: string;
  input: PersonInput | PersonUpdate;
  previous: Person | null;
  consents: Consent[];
  /** Names of the caregivers the user picked, as the household page shows them. */
  names: ReadonlyMap<string, string>;
  at: string;
  today: string;
}): Person {
  const fields = fieldsOf(options.input);
  const person: Person = {
    id: options.id,
    householdId: options.householdId,
    ...fields,
    caregivers: fields.caregivers.map((c) => ({ ...c, name: options.names.get(c.personId) ?? '' })),
    age: 0,
    consentStatus: 'missing',
    consents: options.consents,
    rev: options.previous?.rev ?? 0,
    createdAt: options.previous?.createdAt ?? options.at,
    updatedAt: options.at,
  };
  return personView(person, options.today);
}

export function householdFromWrite(options: {
  id: string;
  input: Omit<HouseholdInput, 'id'>;
  previous: HouseholdRecord | null;
  place: PlaceRef;
  at: string;
}): HouseholdRecord {
  const { input, previous } = options;
  return {
    id: options.id,
    placeCode: input.placeCode,
    address: input.address,
    landmark: input.landmark,
    coordinates: input.coordinates,
    phone: input.phone,
    livingConditions: input.livingConditions,
    notes: input.notes,
    place: options.place,
    inPoverty: input.livingConditions.povertyMarkers.length > 0,
    rev: previous?.rev ?? 0,
    createdAt: previous?.createdAt ?? options.at,
    updatedAt: options.at,
  };
}

/** Members in the server's order (by id: UUIDv7, so in the order they were registered). */
export function householdView(record: HouseholdRecord, members: PersonSummary[]): Household {
  return { ...record, members: [...members].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** What the household list searches, as the server builds it: address, place, shown names. */
export function householdSearchText(household: Household, people: Person[]): string {
  return searchKey(
    [
      household.address,
      household.landmark,
      household.place.name,
      ...people.flatMap((p) =>
        p.consentStatus === 'valid' ? [p.givenName, p.familyName, p.patronymic] : [p.givenName],
      ),
    ]
      .filter(Boolean)
      .join(' '),
  );
}
