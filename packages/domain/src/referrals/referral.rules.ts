import { addDays } from '../plans/dates.js';
import { personConsentStatus, type ConsentFacts } from '../registry/consent.js';
import type { ReferralStatus, ReferralUrgency } from './referral.schema.js';

/**
 * The closed loop of a referral. A service first answers (accepts or declines), then may set an
 * appointment (again, if the person missed one), then reports the outcome. `completed` and
 * `declined` close the loop; `not_attended` stays open until the appointment is set again or the
 * referral is declined.
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  sent: ['accepted', 'declined'],
  accepted: ['scheduled', 'completed', 'declined'],
  scheduled: ['scheduled', 'completed', 'not_attended', 'declined'],
  not_attended: ['scheduled', 'declined'],
  completed: [],
  declined: [],
};

export function canMoveReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

export function isReferralOpen(status: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[status].length > 0;
}

/**
 * Days a service has to answer a referral of each urgency before the worker is asked to follow
 * it up. Our own programme rule, not a published norm (docs/decisions/0028).
 */
export const ANSWER_DAYS: Readonly<Record<ReferralUrgency, number>> = {
  urgent: 3,
  soon: 7,
  routine: 14,
};

/** Days after a missed or unreported appointment before the worker follows it up. */
export const OUTCOME_GRACE_DAYS = 3;

export interface ReferralProgress {
  status: ReferralStatus;
  urgency: ReferralUrgency;
  sentOn: string;
  /** The date of the latest step (the sending day while it is `sent`). */
  statusOn: string;
  appointmentOn: string | null;
}

/**
 * The day by which the next step is expected; the worker's `referral_overdue` task appears after
 * it. Null once the loop is closed.
 */
export function referralDueOn(referral: ReferralProgress): string | null {
  switch (referral.status) {
    case 'sent':
      return addDays(referral.sentOn, ANSWER_DAYS[referral.urgency]);
    case 'accepted':
      return addDays(referral.statusOn, 2 * ANSWER_DAYS[referral.urgency]);
    case 'scheduled':
      return addDays(referral.appointmentOn ?? referral.statusOn, OUTCOME_GRACE_DAYS);
    case 'not_attended':
      return addDays(referral.statusOn, ANSWER_DAYS[referral.urgency]);
    case 'completed':
    case 'declined':
      return null;
  }
}

export type StatusChangeIssue =
  | 'referral.transition'
  | 'referral.date_before_previous'
  | 'referral.date_in_future'
  | 'referral.appointment_required'
  | 'referral.appointment_before_date'
  | 'referral.appointment_not_allowed';

/**
 * Checks one step of the loop against the referral's current state. Returns the issues as stable
 * message keys with the field they belong to; empty when the step may be taken.
 */
export function statusChangeIssues(
  current: { status: ReferralStatus; statusOn: string },
  change: { status: ReferralStatus; date: string; appointmentOn: string | null },
  today: string,
): { path: string; code: StatusChangeIssue }[] {
  const issues: { path: string; code: StatusChangeIssue }[] = [];
  if (!canMoveReferral(current.status, change.status))
    issues.push({ path: 'status', code: 'referral.transition' });
  if (change.date < current.statusOn)
    issues.push({ path: 'date', code: 'referral.date_before_previous' });
  if (change.date > today) issues.push({ path: 'date', code: 'referral.date_in_future' });
  if (change.status === 'scheduled') {
    if (change.appointmentOn === null)
      issues.push({ path: 'appointmentOn', code: 'referral.appointment_required' });
    else if (change.appointmentOn < change.date)
      issues.push({ path: 'appointmentOn', code: 'referral.appointment_before_date' });
  } else if (change.appointmentOn !== null) {
    issues.push({ path: 'appointmentOn', code: 'referral.appointment_not_allowed' });
  }
  return issues;
}

export type ReferralInputIssue = 'referral.consent_required' | 'referral.date_in_future';

/**
 * Checks a new referral: the person (or their representative) must have agreed to sharing with
 * services on the day it is sent — a referral always shows the service who the person is — and
 * it cannot be dated in the future.
 */
export function referralInputIssues(
  input: { sentOn: string },
  person: { birthDate: string; consents: readonly ConsentFacts[] },
  today: string,
): { path: string; code: ReferralInputIssue }[] {
  const issues: { path: string; code: ReferralInputIssue }[] = [];
  if (input.sentOn > today) issues.push({ path: 'sentOn', code: 'referral.date_in_future' });
  const day = input.sentOn > today ? today : input.sentOn;
  if (
    personConsentStatus(person.consents, person.birthDate, day, 'sharing_with_services') !== 'valid'
  )
    issues.push({ path: 'personId', code: 'referral.consent_required' });
  return issues;
}
