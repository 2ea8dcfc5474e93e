import { yearsBetween } from '../registry/fields.js';
import type {
  EducationAgeBand,
  EducationState,
  EducationStatus,
  EducationSummary,
  KppkSupportInputValue,
} from './education.schema.js';

/**
 * Age bands, from the Law of the Republic of Kazakhstan «Об образовании» (27 July 2007
 * No. 319-III): preschool education and training is for children from one year until school, with
 * pre-school preparation at 5–6 compulsory (Art. 30), and children enter the first grade from six —
 * the Model admission rules (Government Decree No. 127 of 2012, as amended by No. 254 of 2018)
 * take every seven-year-old and those who turn six in the calendar year. Secondary education is
 * compulsory (Constitution Art. 30): eleven or twelve grades, to about 17–18. Hence 1–5 preschool,
 * 6–17 school, 18+ adult; under one, no education is expected.
 */
export const PRESCHOOL_FROM_AGE = 1;
export const SCHOOL_FROM_AGE = 6;
export const ADULT_FROM_AGE = 18;

export function ageBandOf(age: number): EducationAgeBand {
  if (age < PRESCHOOL_FROM_AGE) return 'infant';
  if (age < SCHOOL_FROM_AGE) return 'preschool';
  if (age < ADULT_FROM_AGE) return 'school';
  return 'adult';
}

/** The least a status entry, ПМПК conclusion or КППК period carries for the derivation. */
export interface DatedStatus {
  status: EducationStatus;
  from: string;
  /** When it was recorded (ISO timestamp): breaks ties between entries of the same day. */
  createdAt: string;
}

/**
 * The status in force on a day: the entry with the latest `from` not after the day; of two
 * entries of the same day the one recorded later wins (it corrects the first).
 */
export function statusOn<T extends DatedStatus>(history: readonly T[], onDate: string): T | null {
  let current: T | null = null;
  for (const entry of history) {
    if (entry.from > onDate) continue;
    if (
      current === null ||
      entry.from > current.from ||
      (entry.from === current.from && entry.createdAt > current.createdAt)
    )
      current = entry;
  }
  return current;
}

export function stateOf(status: EducationStatus | null): EducationState {
  if (status === null) return 'unknown';
  return status === 'none' ? 'none' : 'in_education';
}

/** True for a preschool- or school-age child who attends nothing or has no status recorded. */
export function countsAsInNoEducation(age: number, status: EducationStatus | null): boolean {
  const band = ageBandOf(age);
  return (band === 'preschool' || band === 'school') && stateOf(status) !== 'in_education';
}

/**
 * "In no education" (ұйымдаспаған / неорганизованный) on a day, derived from the person's birth
 * date and status history — never typed. A child with no status recorded counts too (the worker
 * does not know of any education; the summary's `state` says `unknown` so it is shown apart from
 * a recorded `none`).
 */
export function inNoEducation(
  person: { birthDate: string },
  history: readonly DatedStatus[],
  onDate: string,
): boolean {
  const current = statusOn(history, onDate);
  return countsAsInNoEducation(yearsBetween(person.birthDate, onDate), current?.status ?? null);
}

/** A child's education on a day: age band, status in force, ПМПК finding and КППК support. */
export function educationSummary(
  person: { birthDate: string },
  records: {
    statuses: readonly DatedStatus[];
    pmpk?: readonly { concludedOn: string; createdAt: string; specialNeeds: boolean }[];
    kppk?: readonly Pick<KppkSupportInputValue, 'from' | 'to'>[];
  },
  onDate: string,
): EducationSummary {
  const age = yearsBetween(person.birthDate, onDate);
  const current = statusOn(records.statuses, onDate);
  const status = current?.status ?? null;
  const latestPmpk = [...(records.pmpk ?? [])]
    .filter((c) => c.concludedOn <= onDate)
    .sort(
      (a, b) =>
        b.concludedOn.localeCompare(a.concludedOn) || b.createdAt.localeCompare(a.createdAt),
    )[0];
  const activeSupport = (records.kppk ?? []).filter(
    (k) => k.from <= onDate && (k.to === null || k.to >= onDate),
  ).length;
  return {
    onDate,
    age,
    ageBand: ageBandOf(age),
    state: stateOf(status),
    status,
    since: current?.from ?? null,
    inNoEducation: countsAsInNoEducation(age, status),
    specialNeeds: latestPmpk?.specialNeeds ?? null,
    activeSupport,
  };
}

export interface DatedIssue {
  path: string;
  code: 'record.before_birth' | 'record.date_future' | 'record.ends_before_start';
}

/**
 * Dates of a new entry against the person and today: nothing before birth, nothing in the future,
 * a period does not end before it starts (its end may be planned ahead).
 */
export function datedIssues(
  dates: { path: string; date: string }[],
  facts: { birthDate: string; today: string },
  period?: { from: string; to: string | null; toPath: string },
): DatedIssue[] {
  const issues: DatedIssue[] = [];
  for (const { path, date } of dates) {
    if (date < facts.birthDate) issues.push({ path, code: 'record.before_birth' });
    else if (date > facts.today) issues.push({ path, code: 'record.date_future' });
  }
  if (period && period.to !== null && period.to < period.from)
    issues.push({ path: period.toPath, code: 'record.ends_before_start' });
  return issues;
}
