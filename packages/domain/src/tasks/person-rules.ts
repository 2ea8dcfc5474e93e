import { addDays, daysBetween } from '../plans/dates.js';
import {
  AGE_OF_MAJORITY,
  consentStatus,
  personConsentStatus,
  type ConsentFacts,
} from '../registry/consent.js';
import type { ConsentScope } from '../registry/consent.schema.js';
import { addYears, yearsBetween } from '../registry/fields.js';
import type { TaskReason } from './task.schema.js';
import type { TaskAssessment, TaskPerson, TaskPlan } from './task-records.js';

/** Days before a consent's last day from which the worker is reminded to renew it. */
export const CONSENT_EXPIRY_NOTICE_DAYS = 30;

/** The screeners (docs/decisions/0014): a person is screened again a year after the last one. */
export const SCREENING_INSTRUMENT_IDS: readonly string[] = ['wg-ss', 'cfm-2-4', 'cfm-5-17'];
export const RESCREENING_INTERVAL_YEARS = 1;
/** No screener fits a child under 24 months (instruments/screening.ts). */
export const MIN_SCREENING_AGE_YEARS = 2;

/** What a rule found: the due date and why; the caller builds the task around it. */
export interface TaskDue {
  dueOn: string;
  reason: TaskReason | null;
}

function covers(consent: ConsentFacts, scope: ConsentScope): boolean {
  return consent.scopes.includes(scope);
}

/**
 * The last day a consent holds (registry/consent.ts `consentStatus`): its expiry, or the day
 * before the person comes of age when a representative gave it for a minor.
 */
export function consentLastDay(
  consent: ConsentFacts,
  birthDate: string,
): { lastDay: string; endsAtMajority: boolean } {
  const majority = addYears(birthDate, AGE_OF_MAJORITY);
  const forMinor =
    consent.givenBy === 'representative' &&
    yearsBetween(birthDate, consent.givenOn) < AGE_OF_MAJORITY;
  const atMajority = addDays(majority, -1);
  if (forMinor && atMajority < consent.expiresOn)
    return { lastDay: atMajority, endsAtMajority: true };
  return { lastDay: consent.expiresOn, endsAtMajority: false };
}

/**
 * Consent to registration running out (within 30 days, its last day included) or gone (expired,
 * or a minor's representative consent that ended at 18). A consent already given to follow on
 * without a gap counts: a renewed consent starting tomorrow leaves nothing to do. A withdrawn,
 * missing or not yet valid consent makes no task: those are the person's decision, not a date.
 */
export function consentDue(
  person: TaskPerson,
  today: string,
): (TaskDue & { kind: 'consent_expiring' | 'consent_expired' }) | null {
  const status = personConsentStatus(person.consents, person.birthDate, today);
  if (status !== 'valid' && status !== 'expired' && status !== 'needs_own_consent') return null;
  const usable = person.consents
    .filter((c) => covers(c, 'registration') && c.withdrawnOn === null)
    .map((c) => ({ consent: c, ...consentLastDay(c, person.birthDate) }));

  if (status === 'valid') {
    let end = usable
      .filter((u) => consentStatus(u.consent, person.birthDate, today) === 'valid')
      .reduce<(typeof usable)[number] | null>(
        (a, b) => (a && a.lastDay >= b.lastDay ? a : b),
        null,
      );
    if (!end) return null;
    // Follow consents that start no later than the day after the current one ends.
    for (let extended = true; extended;) {
      extended = false;
      for (const next of usable)
        if (next.consent.givenOn <= addDays(end.lastDay, 1) && next.lastDay > end.lastDay) {
          end = next;
          extended = true;
        }
    }
    if (daysBetween(today, end.lastDay) > CONSENT_EXPIRY_NOTICE_DAYS) return null;
    return {
      kind: 'consent_expiring',
      dueOn: end.lastDay,
      reason: end.endsAtMajority ? 'needs_own_consent' : null,
    };
  }
  const last = usable
    .filter((u) => u.consent.givenOn <= today)
    .reduce<(typeof usable)[number] | null>((a, b) => (a && a.lastDay >= b.lastDay ? a : b), null);
  if (!last) return null;
  return {
    kind: 'consent_expired',
    dueOn: last.lastDay,
    reason: status === 'needs_own_consent' ? 'needs_own_consent' : null,
  };
}

/** Valid consent today for `scope` (plans need `registration`, screening needs `assessment`). */
export function consentValid(person: TaskPerson, today: string, scope: ConsentScope): boolean {
  return personConsentStatus(person.consents, person.birthDate, today, scope) === 'valid';
}

/**
 * Yearly re-screening: a person on an active plan, or whose last screening was positive, is due a
 * year after that screening (on its anniversary), or — on a plan and never screened — from the
 * day the plan became active. Never before the age a screener fits (2 years). A screening counts
 * once its result is known (`positive` not null); several on the last day count as positive if
 * any is. Needs valid consent to assessment: without it the worker cannot screen.
 */
export function rescreeningDue(
  person: TaskPerson,
  assessments: readonly TaskAssessment[],
  activePlans: readonly TaskPlan[],
  today: string,
): TaskDue | null {
  if (!consentValid(person, today, 'assessment')) return null;
  let lastDay: string | null = null;
  let positive = false;
  for (const a of assessments) {
    if (a.personId !== person.id || a.positive === null) continue;
    if (!SCREENING_INSTRUMENT_IDS.includes(a.instrument)) continue;
    if (lastDay === null || a.assessedOn > lastDay) {
      lastDay = a.assessedOn;
      positive = a.positive;
    } else if (a.assessedOn === lastDay) positive ||= a.positive;
  }
  if (activePlans.length === 0 && !positive) return null;
  const earliestPlan = activePlans
    .map((p) => p.activatedOn ?? p.startsOn)
    .reduce<string | null>((a, b) => (a !== null && a <= b ? a : b), null);
  const base = lastDay !== null ? addYears(lastDay, RESCREENING_INTERVAL_YEARS) : earliestPlan;
  if (base === null) return null;
  const oldEnough = addYears(person.birthDate, MIN_SCREENING_AGE_YEARS);
  return { dueOn: base > oldEnough ? base : oldEnough, reason: lastDay === null ? 'first' : null };
}
