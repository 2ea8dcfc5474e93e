import {
  AGE_OF_MAJORITY,
  parseIin,
  personUpdateSchema,
  yearsBetween,
  type CAREGIVER_RELATIONS,
  type DISABILITY_CATEGORIES,
  type DISABILITY_CAUSES,
  type DISABILITY_GROUPS,
  type DISABILITY_STATUSES,
  type HOUSEHOLD_RELATIONS,
  type Person,
  type PERSON_LANGUAGES,
  type PersonUpdate,
  type SEXES,
} from '@birge/domain';
import type { FieldCode } from './issues.js';
import { issueToFieldCode } from './issues.js';

export type Sex = (typeof SEXES)[number];
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];
export type PersonLanguage = (typeof PERSON_LANGUAGES)[number];
export type CaregiverRelation = (typeof CAREGIVER_RELATIONS)[number];
export type DisabilityStatus = (typeof DISABILITY_STATUSES)[number];
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];
export type DisabilityGroup = (typeof DISABILITY_GROUPS)[number];
export type DisabilityCause = (typeof DISABILITY_CAUSES)[number];

/** The fields of a person as the API takes them (without revision and duplicate flag). */
export type PersonFields = Omit<PersonUpdate, 'rev' | 'confirmNotDuplicate'>;

export interface CaregiverDraft {
  personId: string;
  relation: CaregiverRelation | '';
  primary: boolean;
  legalRepresentative: boolean;
}

export interface DisabilityDraft {
  /** '' = not asked yet; nothing is sent. */
  status: DisabilityStatus | '';
  category: DisabilityCategory | '';
  group: DisabilityGroup | '';
  establishedOn: string;
  reviewOn: string;
  indefinite: boolean;
  cause: DisabilityCause | '';
}

/** A person as typed into a form: strings and empty choices, never lost on an error. */
export interface PersonDraft {
  givenName: string;
  familyName: string;
  patronymic: string;
  sex: Sex | '';
  birthDate: string;
  birthDateEstimated: boolean;
  relationToHead: HouseholdRelation | '';
  iin: string;
  languages: PersonLanguage[];
  phone: string;
  disability: DisabilityDraft;
  /** Comma-separated, as typed. */
  icd10: string;
  caregivers: CaregiverDraft[];
  notes: string;
}

export const emptyDisability = (): DisabilityDraft => ({
  status: '',
  category: '',
  group: '',
  establishedOn: '',
  reviewOn: '',
  indefinite: false,
  cause: '',
});

export const emptyPersonDraft = (): PersonDraft => ({
  givenName: '',
  familyName: '',
  patronymic: '',
  sex: '',
  birthDate: '',
  birthDateEstimated: false,
  relationToHead: '',
  iin: '',
  languages: [],
  phone: '',
  disability: emptyDisability(),
  icd10: '',
  caregivers: [],
  notes: '',
});

export function personToDraft(person: Person): PersonDraft {
  const d = person.disability;
  return {
    givenName: person.givenName,
    familyName: person.familyName ?? '',
    patronymic: person.patronymic ?? '',
    sex: person.sex,
    birthDate: person.birthDate,
    birthDateEstimated: person.birthDateEstimated,
    relationToHead: person.relationToHead,
    iin: person.iin ?? '',
    languages: [...person.languages],
    phone: person.phone ?? '',
    disability: d
      ? {
          status: d.status,
          category: d.category ?? '',
          group: d.group ?? '',
          establishedOn: d.establishedOn ?? '',
          reviewOn: d.reviewOn ?? '',
          indefinite: d.indefinite,
          cause: d.cause ?? '',
        }
      : emptyDisability(),
    icd10: person.icd10.join(', '),
    caregivers: person.caregivers.map((c) => ({
      personId: c.personId,
      relation: c.relation,
      primary: c.primary,
      legalRepresentative: c.legalRepresentative,
    })),
    notes: person.notes ?? '',
  };
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const choice = <T extends string>(value: T | '') => (value === '' ? undefined : value);
const nullableChoice = <T extends string>(value: T | '') => (value === '' ? null : value);

export function splitCodes(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

function rawDisability(d: DisabilityDraft) {
  if (d.status === '') return null;
  if (d.status !== 'established') return { status: d.status };
  return {
    status: d.status,
    category: nullableChoice(d.category),
    group: d.category === 'child_under_7' ? null : nullableChoice(d.group),
    establishedOn: text(d.establishedOn),
    reviewOn: d.indefinite ? null : text(d.reviewOn),
    indefinite: d.indefinite,
    cause: nullableChoice(d.cause),
  };
}

/**
 * What the API receives for the draft. Without consent only the minimal fields are sent and the
 * rest go empty (personal data law: nothing more is kept without consent).
 */
export function rawPerson(draft: PersonDraft, options: { consented: boolean }) {
  const minimal = {
    givenName: draft.givenName.trim(),
    sex: choice(draft.sex),
    birthDate: text(draft.birthDate) ?? undefined,
    birthDateEstimated: draft.birthDateEstimated,
    relationToHead: choice(draft.relationToHead),
  };
  if (!options.consented)
    return {
      ...minimal,
      familyName: null,
      patronymic: null,
      iin: null,
      languages: [],
      phone: null,
      disability: null,
      icd10: [],
      caregivers: [],
      notes: null,
    };
  return {
    ...minimal,
    familyName: text(draft.familyName),
    patronymic: text(draft.patronymic),
    iin: text(draft.iin.replace(/\s/g, '')),
    languages: draft.languages,
    phone: text(draft.phone),
    disability: rawDisability(draft.disability),
    icd10: splitCodes(draft.icd10),
    caregivers: draft.caregivers.map((c) => ({
      personId: c.personId || undefined,
      relation: choice(c.relation),
      primary: c.primary,
      legalRepresentative: c.legalRepresentative,
    })),
    notes: text(draft.notes),
  };
}

const personFieldsSchema = personUpdateSchema.omit({ rev: true, confirmNotDuplicate: true });

export type Checked<T> = { ok: true; value: T; codes: [] } | { ok: false; codes: FieldCode[] };

/**
 * Checks a draft with the domain schema and the rules the form can know on the device (IIN against
 * birth date and sex, no birth date in the future). The server checks everything again.
 */
export function checkPerson(
  draft: PersonDraft,
  options: { consented: boolean; today: string },
): Checked<PersonFields> {
  const parsed = personFieldsSchema.safeParse(rawPerson(draft, options));
  const codes: FieldCode[] = parsed.success ? [] : parsed.error.issues.map(issueToFieldCode);
  const has = (path: string) => codes.some((c) => c.path === path);
  if (draft.birthDate && !has('birthDate') && draft.birthDate > options.today)
    codes.push({ path: 'birthDate', key: 'person.birth_date_future' });
  const iin = draft.iin.replace(/\s/g, '');
  if (options.consented && iin) {
    const result = parseIin(iin);
    if (!result.valid) codes.push({ path: 'iin', key: result.problem });
    else if (draft.birthDate && result.birthDate !== draft.birthDate)
      codes.push({
        path: 'iin',
        key: 'person.iin_birth_date_mismatch',
        values: { iinDate: result.birthDate },
      });
    else if (draft.sex && result.sex !== draft.sex)
      codes.push({ path: 'iin', key: 'person.iin_sex_mismatch' });
  }
  if (codes.length || !parsed.success) return { ok: false, codes };
  return { ok: true, value: parsed.data, codes: [] };
}

/** Whole years on `today`, or null while the birth date is not a date yet. */
export function ageOn(birthDate: string, today: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? yearsBetween(birthDate, today) : null;
}

export function isMinor(birthDate: string, today: string): boolean {
  const age = ageOn(birthDate, today);
  return age !== null && age < AGE_OF_MAJORITY;
}
