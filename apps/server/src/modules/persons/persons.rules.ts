import {
  AGE_OF_MAJORITY,
  CONSENTED_PERSON_FIELDS,
  consentGiverProblem,
  parseIin,
  yearsBetween,
  type ConsentInput,
  type PersonUpdate,
} from '@birge/domain';
import type { FieldProblem } from '../../http/problem.js';

/** Rules a person's fields must keep beyond their shapes (which zod checks). */
export type PersonFields = Omit<PersonUpdate, 'rev' | 'confirmNotDuplicate'>;

interface Member {
  id: string;
  birth_date: string;
}

const EARLIEST_BIRTH_DATE = '1900-01-01';

export function checkPersonFacts(
  person: PersonFields,
  selfId: string,
  members: Member[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (person.birthDate > today)
    problems.push({ path: 'birthDate', code: 'person.birth_date_future' });
  if (person.birthDate < EARLIEST_BIRTH_DATE)
    problems.push({ path: 'birthDate', code: 'person.birth_date_too_old' });

  if (person.iin) {
    const iin = parseIin(person.iin);
    if (!iin.valid) problems.push({ path: 'iin', code: iin.problem });
    else {
      if (iin.birthDate !== person.birthDate)
        problems.push({
          path: 'iin',
          code: 'person.iin_birth_date_mismatch',
          values: { iinDate: iin.birthDate },
        });
      if (iin.sex !== person.sex) problems.push({ path: 'iin', code: 'person.iin_sex_mismatch' });
    }
  }

  const d = person.disability;
  if (d?.status === 'established' && d.category) {
    const age = yearsBetween(person.birthDate, d.establishedOn ?? today);
    const fits =
      d.category === 'child_under_7'
        ? age < 7
        : d.category === 'child_7_18'
          ? age >= 7 && age < 18
          : age >= 18;
    if (!fits)
      problems.push({ path: 'disability.category', code: 'person.disability_category_age' });
  }

  const memberIds = new Set(members.map((m) => m.id));
  const seen = new Set<string>();
  person.caregivers.forEach((link, i) => {
    const path = `caregivers.${i}.personId`;
    if (link.personId === selfId) problems.push({ path, code: 'caregiver.self' });
    else if (!memberIds.has(link.personId))
      problems.push({ path, code: 'caregiver.not_in_household' });
    if (seen.has(link.personId)) problems.push({ path, code: 'caregiver.repeated' });
    seen.add(link.personId);
  });
  return problems;
}

export function checkConsent(
  consent: ConsentInput,
  birthDate: string,
  members: Member[],
  today: string,
  path = 'consent',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (consent.givenOn > today)
    problems.push({ path: `${path}.givenOn`, code: 'consent.given_in_future' });
  const giver = consentGiverProblem(consent.givenBy, birthDate, consent.givenOn);
  if (giver) problems.push({ path: `${path}.givenBy`, code: giver });
  if (consent.representativePersonId) {
    const representative = members.find((m) => m.id === consent.representativePersonId);
    if (!representative)
      problems.push({
        path: `${path}.representativePersonId`,
        code: 'consent.representative_not_in_household',
      });
    else if (yearsBetween(representative.birth_date, consent.givenOn) < AGE_OF_MAJORITY)
      problems.push({
        path: `${path}.representativePersonId`,
        code: 'consent.representative_minor',
      });
  }
  return problems;
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === false ||
  (Array.isArray(value) && value.length === 0);

/**
 * Without valid consent only the minimal fields may be written: every other field must stay empty
 * (new record) or unchanged (existing record).
 */
export function fieldsNeedingConsent(
  person: PersonFields,
  previous: PersonFields | null,
): FieldProblem[] {
  return CONSENTED_PERSON_FIELDS.filter((field) => {
    const value = person[field];
    if (isEmpty(value)) return false;
    return previous === null || JSON.stringify(previous[field]) !== JSON.stringify(value);
  }).map((field) => ({ path: field, code: 'person.needs_consent' }));
}
