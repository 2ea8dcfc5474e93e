import type { PlanStatus } from '../plans/plan.schema.js';
import type { ConsentFacts } from '../registry/consent.js';

/**
 * What the task rules read: plain records, the few fields each rule needs. The API's objects
 * (Person, Assessment, Plan, PlanReview, PracticeLog, Visit) fit these shapes as they are, so a
 * device passes what its store holds; the server passes rows it reads in batches. Records the
 * caller may not show (deleted, out of scope) are left out by the caller.
 */

export interface TaskPerson {
  id: string;
  householdId: string;
  birthDate: string;
  /** All the person's consents, any scope and state. */
  consents: readonly ConsentFacts[];
}

export interface TaskAssessment {
  personId: string;
  instrument: string;
  assessedOn: string;
  /** Screening result: difficulty found, not found, or not known yet (an unfinished draft). */
  positive: boolean | null;
}

export interface TaskPlan {
  id: string;
  personId: string;
  householdId: string;
  status: PlanStatus;
  startsOn: string;
  endsOn: string;
  activatedOn: string | null;
  visitIntervalDays: number;
  reviewIntervalDays: number;
  assignments: readonly { startsOn: string; endsOn: string }[];
}

export interface TaskReview {
  planId: string;
  reviewedOn: string;
}

export interface TaskPractice {
  planId: string;
  date: string;
}

export interface TaskVisit {
  householdId: string;
  planId: string | null;
  /** Members the visit was about; empty means the household as a whole. */
  personIds: readonly string[];
  visitedOn: string;
  nextVisitOn: string | null;
}

/**
 * A referral to a service (issue 6 brings them). Open while the service has not completed or
 * declined it; `dueOn` is the day an answer or the service was expected by.
 */
export interface TaskReferral {
  id: string;
  personId: string;
  householdId: string;
  open: boolean;
  dueOn: string | null;
}

export interface TaskRecords {
  persons: readonly TaskPerson[];
  assessments?: readonly TaskAssessment[];
  plans?: readonly TaskPlan[];
  reviews?: readonly TaskReview[];
  practice?: readonly TaskPractice[];
  visits?: readonly TaskVisit[];
  referrals?: readonly TaskReferral[];
}

export interface TaskOptions {
  /** The day to compute for, ISO (Kazakhstan time: `todayIso()`). */
  today: string;
  /** Days ahead for tasks not yet due (visits, reviews, re-screening); default 14. */
  horizonDays?: number;
}
