import {
  countsAsInNoEducation,
  stateOf,
  todayIso,
  type EducationStatus,
  yearsBetween,
  type Household,
  type LivingConditions,
  type PersonSummary,
} from '@birge/domain';
import { statusOf } from '../registry/consent-visibility.js';
import type { PlaceView } from '../places/places.service.js';
import type { HouseholdRow, MemberRow } from './households.repo.js';

export function toPersonSummary(row: MemberRow, today = todayIso()): PersonSummary {
  const consentStatus = statusOf(row.consents, row.birth_date, today);
  const consented = consentStatus === 'valid';
  const age = yearsBetween(row.birth_date, today);
  const education = (row.education_status ?? null) as EducationStatus | null;
  return {
    id: row.id,
    householdId: row.household_id,
    givenName: row.given_name,
    // Without valid consent only the minimal record is shown (docs/decisions/0005).
    familyName: consented ? row.family_name : null,
    sex: row.sex as PersonSummary['sex'],
    birthDate: row.birth_date,
    age,
    relationToHead: row.relation_to_head as PersonSummary['relationToHead'],
    disabilityStatus: consented
      ? (row.disability_status as PersonSummary['disabilityStatus'])
      : null,
    consentStatus,
    // Derived from age and the status in force (issue 6); only with consent, like the rest.
    ...(consented
      ? {
          inNoEducation: countsAsInNoEducation(age, education),
          educationState: stateOf(education),
        }
      : {}),
  };
}

export function toHousehold(
  row: HouseholdRow,
  place: PlaceView | undefined,
  members: PersonSummary[],
): Household {
  return {
    id: row.id,
    placeCode: row.place_code,
    place: { code: row.place_code, name: place?.name ?? row.place_code, path: place?.path ?? [] },
    address: row.address,
    landmark: row.landmark,
    coordinates:
      row.latitude !== null && row.longitude !== null
        ? { lat: row.latitude, lon: row.longitude }
        : null,
    phone: row.phone,
    livingConditions: row.living_conditions as LivingConditions,
    notes: row.notes,
    members,
    inPoverty: row.in_poverty,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
