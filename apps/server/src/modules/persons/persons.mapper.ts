import {
  consentStatus,
  personConsentStatus,
  todayIso,
  yearsBetween,
  type Consent,
  type ConsentFacts,
  type ConsentInput,
  type Disability,
  type Person,
  emptyConsentedFields,
  normalizeName,
} from '@birge/domain';
import type { ConsentsTable } from '../../db/schema.js';
import { shownFamilyName } from '../registry/consent-visibility.js';
import type { PersonFields } from './persons.rules.js';
import type { CaregiverRow, ConsentRow, PersonRow, PersonValues } from './persons.repo.js';

export function consentFacts(row: ConsentRow): ConsentFacts {
  return {
    givenBy: row.given_by as ConsentFacts['givenBy'],
    scopes: row.scopes as ConsentFacts['scopes'],
    givenOn: row.given_on,
    expiresOn: row.expires_on,
    withdrawnOn: row.withdrawn_on,
  };
}

export function toConsent(row: ConsentRow, birthDate: string, today = todayIso()): Consent {
  return {
    id: row.id,
    personId: row.person_id,
    givenBy: row.given_by as Consent['givenBy'],
    representativePersonId: row.representative_person_id,
    representativeName: row.representative_name,
    representativeRelation: row.representative_relation as Consent['representativeRelation'],
    scopes: row.scopes as Consent['scopes'],
    method: row.method as Consent['method'],
    givenOn: row.given_on,
    expiresOn: row.expires_on,
    withdrawnOn: row.withdrawn_on,
    withdrawalReason: row.withdrawal_reason,
    documentRef: row.document_ref,
    status: consentStatus(consentFacts(row), birthDate, today),
    createdAt: row.created_at.toISOString(),
  };
}

function disabilityOf(row: PersonRow): Disability | null {
  if (!row.disability_status) return null;
  return {
    status: row.disability_status as Disability['status'],
    category: row.disability_category as Disability['category'],
    group: row.disability_group as Disability['group'],
    establishedOn: row.disability_established_on,
    reviewOn: row.disability_review_on,
    indefinite: row.disability_indefinite,
    cause: row.disability_cause as Disability['cause'],
  };
}

/** The writable fields as stored, in the API's shape (for rules, diffs and history). */
export function toFields(row: PersonRow, caregivers: CaregiverRow[]): PersonFields {
  return {
    givenName: row.given_name,
    familyName: row.family_name,
    patronymic: row.patronymic,
    sex: row.sex as PersonFields['sex'],
    birthDate: row.birth_date,
    birthDateEstimated: row.birth_date_estimated,
    iin: row.iin,
    relationToHead: row.relation_to_head as PersonFields['relationToHead'],
    languages: row.languages as PersonFields['languages'],
    phone: row.phone,
    disability: disabilityOf(row),
    icd10: row.icd10,
    caregivers: caregivers.map((c) => ({
      personId: c.caregiver_id,
      relation: c.relation as PersonFields['caregivers'][number]['relation'],
      primary: c.is_primary,
      legalRepresentative: c.is_legal_representative,
    })),
    notes: row.notes,
  };
}

export function toPerson(
  row: PersonRow,
  caregivers: CaregiverRow[],
  consents: ConsentRow[],
  today = todayIso(),
): Person {
  const names = new Map(
    caregivers.map((c) => [
      c.caregiver_id,
      [c.given_name, shownFamilyName(c, today)].filter(Boolean).join(' '),
    ]),
  );
  const status = personConsentStatus(consents.map(consentFacts), row.birth_date, today);
  // Without valid consent the record is restricted to its minimal part: what was stored stays (so a
  // renewed consent brings it back) but is not shown or processed (docs/decisions/0005).
  const fields =
    status === 'valid'
      ? toFields(row, caregivers)
      : { ...toFields(row, []), ...emptyConsentedFields() };
  return {
    id: row.id,
    householdId: row.household_id,
    ...fields,
    caregivers: fields.caregivers.map((c) => ({ ...c, name: names.get(c.personId) ?? '' })),
    age: yearsBetween(row.birth_date, today),
    consentStatus: status,
    consents: consents.map((c) => toConsent(c, row.birth_date, today)),
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toValues(id: string, householdId: string, p: PersonFields): PersonValues {
  return {
    id,
    household_id: householdId,
    given_name: p.givenName,
    family_name: p.familyName,
    patronymic: p.patronymic,
    sex: p.sex,
    birth_date: p.birthDate,
    birth_date_estimated: p.birthDateEstimated,
    iin: p.iin || null,
    relation_to_head: p.relationToHead,
    languages: p.languages,
    phone: p.phone,
    disability_status: p.disability?.status ?? null,
    disability_category: p.disability?.category ?? null,
    disability_group: p.disability?.group ?? null,
    disability_established_on: p.disability?.establishedOn ?? null,
    disability_review_on: p.disability?.reviewOn ?? null,
    disability_indefinite: p.disability?.indefinite ?? false,
    disability_cause: p.disability?.cause ?? null,
    icd10: p.icd10,
    notes: p.notes,
    name_key: normalizeName(`${p.givenName}${p.familyName ?? ''}`),
  };
}

export function consentValues(
  id: string,
  personId: string,
  c: ConsentInput,
  actorId: string,
): Omit<ConsentsTable, 'created_at' | 'updated_at'> {
  return {
    id,
    person_id: personId,
    given_by: c.givenBy,
    representative_person_id: c.representativePersonId,
    representative_name: c.representativeName,
    representative_relation: c.representativeRelation,
    scopes: c.scopes,
    method: c.method,
    given_on: c.givenOn,
    expires_on: c.expiresOn,
    withdrawn_on: null,
    withdrawal_reason: null,
    document_ref: c.documentRef,
    recorded_by: actorId,
    withdrawn_by: null,
  };
}
