import {
  goalWeight,
  type PlanContent,
  type Plan,
  type PlanGoal,
  type PlanGoalValue,
  type PlanVersion,
} from '@birge/domain';
import { statusOf, type RawConsent } from '../registry/consent-visibility.js';
import type { PlanRecord, PlanRow, PlanVersionRow } from './plans.repo.js';

/**
 * A plan, its reviews and practice are shown only while the person's consent to registration is
 * valid: without it they are kept but neither shown nor changed, and a renewed consent brings
 * them back (docs/decisions/0005, 0020).
 */
export function mayShowPlans(
  person: { birth_date: string; consents: RawConsent[] },
  today: string,
): boolean {
  return statusOf(person.consents, person.birth_date, today) === 'valid';
}

/** Goals as stored: each with its weight, importance × difficulty. */
export function storedGoals(goals: readonly PlanGoalValue[]): PlanGoal[] {
  return goals.map((g) => ({ ...g, weight: goalWeight(g.importance, g.difficulty) }));
}

/** The versioned part of a stored plan, in API names. */
export function contentOf(
  row: Pick<
    PlanRow,
    | 'starts_on'
    | 'ends_on'
    | 'goals'
    | 'assignments'
    | 'visit_interval_days'
    | 'review_interval_days'
    | 'gas_weighting'
    | 'note'
  >,
): PlanContent & { goals: PlanGoal[] } {
  return {
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    goals: row.goals,
    assignments: row.assignments,
    visitIntervalDays: row.visit_interval_days,
    reviewIntervalDays: row.review_interval_days,
    gasWeighting: row.gas_weighting,
    note: row.note,
  };
}

export function toPlan(row: PlanRecord): Plan {
  return {
    id: row.id,
    personId: row.person_id,
    householdId: row.household_id,
    status: row.status,
    ...contentOf(row),
    activatedOn: row.activated_on,
    closedOn: row.closed_on,
    createdBy: row.created_by_name,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toPlanVersion(row: PlanVersionRow): PlanVersion {
  return {
    planId: row.plan_id,
    rev: row.rev,
    status: row.status,
    change: row.change,
    content: row.content as PlanVersion['content'],
    changedBy: row.changed_by_name,
    changedAt: row.changed_at.toISOString(),
  };
}

/** JSON with object keys sorted: jsonb keeps its own key order, so stored and new values differ in it. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** API names of the fields that differ between two versions of a plan's content. */
export function changedContentFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  return Object.keys(after)
    .filter((key) => canonical(before[key]) !== canonical(after[key]))
    .sort();
}
