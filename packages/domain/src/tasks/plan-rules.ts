import { addDays } from '../plans/dates.js';
import type { TaskDue } from './person-rules.js';
import type { TaskPlan, TaskPractice, TaskReview, TaskVisit } from './task-records.js';

/** Days without any practice logged on a running home programme before the worker is told. */
export const PRACTICE_SILENCE_DAYS = 7;

/** The day the plan was agreed with the family (its start when that was not recorded). */
export function planStart(plan: TaskPlan): string {
  return plan.activatedOn ?? plan.startsOn;
}

/**
 * Whether a visit serves the plan: it names the plan, or names no plan and is about the plan's
 * person (or about the whole household, naming nobody).
 */
export function visitServes(visit: TaskVisit, plan: TaskPlan): boolean {
  if (visit.planId !== null) return visit.planId === plan.id;
  return (
    visit.householdId === plan.householdId &&
    (visit.personIds.length === 0 || visit.personIds.includes(plan.personId))
  );
}

/**
 * The next visit of an active plan (Portage: weekly; the plan's `visitIntervalDays`): the date
 * agreed at the last visit since the plan became active, else that visit plus the interval; with
 * no visit yet, the plan's start plus the interval. Several visits on the last day: the latest
 * date any of them gives.
 */
export function visitDue(plan: TaskPlan, visits: readonly TaskVisit[]): TaskDue {
  const start = planStart(plan);
  let lastDay: string | null = null;
  let due: TaskDue | null = null;
  for (const v of visits) {
    if (v.visitedOn < start || !visitServes(v, plan)) continue;
    const next: TaskDue = v.nextVisitOn
      ? { dueOn: v.nextVisitOn, reason: 'agreed' }
      : { dueOn: addDays(v.visitedOn, plan.visitIntervalDays), reason: null };
    if (lastDay === null || v.visitedOn > lastDay) {
      lastDay = v.visitedOn;
      due = next;
    } else if (v.visitedOn === lastDay && due && next.dueOn > due.dueOn) due = next;
  }
  return due ?? { dueOn: addDays(start, plan.visitIntervalDays), reason: 'first' };
}

/**
 * The next GAS review: the last review (or the plan's start) plus `reviewIntervalDays`, and at
 * the latest on the plan's last day, when a final review closes it. None once a review was made
 * on or after the last day.
 */
export function reviewDue(plan: TaskPlan, reviews: readonly TaskReview[]): TaskDue | null {
  let last: string | null = null;
  for (const r of reviews)
    if (r.planId === plan.id && (last === null || r.reviewedOn > last)) last = r.reviewedOn;
  if (last !== null && last >= plan.endsOn) return null;
  const due = addDays(last ?? planStart(plan), plan.reviewIntervalDays);
  return { dueOn: due < plan.endsOn ? due : plan.endsOn, reason: last === null ? 'first' : null };
}

/**
 * Silence in the home programme: an activity assigned for today and nothing logged (done, partly
 * or not today — any tap shows the family is keeping the chart) for 7 days. Counted from the last
 * log, or from when the running programme began; due on the 7th day, and only from then on.
 */
export function practiceDue(
  plan: TaskPlan,
  logs: readonly TaskPractice[],
  today: string,
): TaskDue | null {
  const running = plan.assignments.filter((a) => a.startsOn <= today && a.endsOn >= today);
  if (running.length === 0) return null;
  const programmeStart = running.map((a) => a.startsOn).reduce((a, b) => (a <= b ? a : b));
  let since = programmeStart > planStart(plan) ? programmeStart : planStart(plan);
  let logged = false;
  for (const log of logs)
    if (log.planId === plan.id && log.date <= today && log.date >= since) {
      since = log.date;
      logged = true;
    }
  const due = addDays(since, PRACTICE_SILENCE_DAYS);
  if (due > today) return null;
  return { dueOn: due, reason: logged ? null : 'first' };
}
