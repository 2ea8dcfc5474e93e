import { goalWeight } from './gas.js';
import { daysBetween } from './dates.js';
import type { GasLevelTexts, PlanGoalValue } from './goal.schema.js';
import { MAX_PLAN_DAYS, type PlanContent, type PlanStatus } from './plan.schema.js';

/**
 * Rules across a plan's fields, run by the server before storing and by a device offline, so
 * both give the same answer. Each problem names a field path and a message key.
 */

export type PlanIssueCode =
  | 'plan.period_end_before_start'
  | 'plan.period_too_long'
  | 'plan.goals_required'
  | 'plan.weights_all_zero'
  | 'plan.goal_id_repeated'
  | 'plan.target_outside_period'
  | 'plan.member_not_in_household'
  | 'plan.goal_reviewed_locked'
  | 'plan.goal_reviewed_removed'
  | 'plan.assignment_id_repeated'
  | 'plan.assignment_goal_unknown'
  | 'plan.assignment_outside_period'
  | 'plan.assignment_end_before_start'
  | 'plan.activity_unknown'
  | 'plan.status_change'
  | 'plan.closed'
  | 'plan.source_unknown';

export interface PlanIssue {
  path: string;
  code: PlanIssueCode;
}

export interface PlanFacts {
  /** Ids of the members of the person's household. */
  householdMemberIds: ReadonlySet<string>;
  /** True when the activity library holds the card; omit to check only the id's form. */
  activityExists?: (activityId: string) => boolean;
  /** True when the assessment is the person's; omit to skip. */
  assessmentExists?: (assessmentId: string) => boolean;
  /** Goals as they were before this edit, and the ids of those scored at a review. */
  previousGoals?: readonly PlanGoalValue[];
  reviewedGoalIds?: ReadonlySet<string>;
}

/** Who may move a plan where: a draft is agreed or dropped, an active plan ends either way. */
export const PLAN_STATUS_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canChangePlanStatus(from: PlanStatus, to: PlanStatus): boolean {
  return from === to || PLAN_STATUS_TRANSITIONS[from].includes(to);
}

export function isPlanClosed(status: PlanStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

function sameLevels(a: GasLevelTexts, b: GasLevelTexts): boolean {
  return (
    a.muchLess === b.muchLess &&
    a.somewhatLess === b.somewhatLess &&
    a.expected === b.expected &&
    a.somewhatMore === b.somewhatMore &&
    a.muchMore === b.muchMore
  );
}

/**
 * Problems with a plan's content given its status. Once a goal has been scored at a review, its
 * levels and baseline are fixed and it stays in the plan: GAS levels are written before the work
 * and a later change would falsify the scores already given (Turner-Stokes 2009).
 */
export function planIssues(
  content: PlanContent,
  status: PlanStatus,
  facts: PlanFacts,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const { startsOn, endsOn } = content;
  const period = (date: string) => date >= startsOn && date <= endsOn;
  if (endsOn < startsOn) issues.push({ path: 'endsOn', code: 'plan.period_end_before_start' });
  else if (daysBetween(startsOn, endsOn) > MAX_PLAN_DAYS)
    issues.push({ path: 'endsOn', code: 'plan.period_too_long' });

  if (status === 'active' || status === 'completed') {
    if (content.goals.length === 0) issues.push({ path: 'goals', code: 'plan.goals_required' });
    else if (
      content.gasWeighting === 'importance_difficulty' &&
      content.goals.every((g) => goalWeight(g.importance, g.difficulty) === 0)
    )
      issues.push({ path: 'goals', code: 'plan.weights_all_zero' });
  }

  const goalIds = new Set<string>();
  content.goals.forEach((goal, i) => {
    const at = `goals.${i}`;
    if (goalIds.has(goal.id)) issues.push({ path: `${at}.id`, code: 'plan.goal_id_repeated' });
    goalIds.add(goal.id);
    if (!period(goal.targetDate))
      issues.push({ path: `${at}.targetDate`, code: 'plan.target_outside_period' });
    goal.responsible.forEach((r, j) => {
      if (r.kind === 'household_member' && !facts.householdMemberIds.has(r.personId))
        issues.push({
          path: `${at}.responsible.${j}.personId`,
          code: 'plan.member_not_in_household',
        });
    });
    if (goal.source && facts.assessmentExists && !facts.assessmentExists(goal.source.assessmentId))
      issues.push({ path: `${at}.source.assessmentId`, code: 'plan.source_unknown' });
    const before = facts.previousGoals?.find((g) => g.id === goal.id);
    if (
      before &&
      facts.reviewedGoalIds?.has(goal.id) &&
      (before.baseline !== goal.baseline || !sameLevels(before.levels, goal.levels))
    )
      issues.push({ path: `${at}.levels`, code: 'plan.goal_reviewed_locked' });
  });
  for (const before of facts.previousGoals ?? [])
    if (facts.reviewedGoalIds?.has(before.id) && !goalIds.has(before.id))
      issues.push({ path: 'goals', code: 'plan.goal_reviewed_removed' });

  const assignmentIds = new Set<string>();
  content.assignments.forEach((a, i) => {
    const at = `assignments.${i}`;
    if (assignmentIds.has(a.id))
      issues.push({ path: `${at}.id`, code: 'plan.assignment_id_repeated' });
    assignmentIds.add(a.id);
    if (a.goalId !== null && !goalIds.has(a.goalId))
      issues.push({ path: `${at}.goalId`, code: 'plan.assignment_goal_unknown' });
    if (!facts.householdMemberIds.has(a.personId))
      issues.push({ path: `${at}.personId`, code: 'plan.member_not_in_household' });
    if (facts.activityExists && !facts.activityExists(a.activityId))
      issues.push({ path: `${at}.activityId`, code: 'plan.activity_unknown' });
    if (a.endsOn < a.startsOn)
      issues.push({ path: `${at}.endsOn`, code: 'plan.assignment_end_before_start' });
    else if (!period(a.startsOn) || !period(a.endsOn))
      issues.push({ path: `${at}.startsOn`, code: 'plan.assignment_outside_period' });
  });
  return issues;
}

/** Problems with moving a plan from `from` to `to`. */
export function statusIssues(from: PlanStatus, to: PlanStatus): PlanIssue[] {
  if (canChangePlanStatus(from, to)) return [];
  return [{ path: 'status', code: isPlanClosed(from) ? 'plan.closed' : 'plan.status_change' }];
}
