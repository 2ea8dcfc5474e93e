import { goalWeight, tScore } from './gas.js';
import type { GasWeighting, PlanStatus } from './plan.schema.js';
import type { PlanGoalValue } from './goal.schema.js';
import type { PlanReviewInputValue, ReviewedGoal } from './review.schema.js';

/** A problem with a review, with the message key that explains it. */
export interface ReviewIssue {
  path: string;
  code:
    | 'review.plan_not_active'
    | 'review.date_future'
    | 'review.before_plan'
    | 'review.goal_missing'
    | 'review.goal_unknown'
    | 'review.goal_repeated';
}

export interface ReviewPlanFacts {
  status: PlanStatus;
  startsOn: string;
  goals: readonly PlanGoalValue[];
  gasWeighting: GasWeighting;
}

export interface ScoredReview {
  goals: ReviewedGoal[];
  tScore: number | null;
}

/**
 * Checks a GAS review against its plan and scores it: every goal of the plan gets exactly one
 * level, the plan is active, the day is not in the future nor before the plan. Weights are the
 * plan's (importance × difficulty, or 1 for every goal) and are returned to be stored with ρ.
 */
export function evaluateReview(
  input: Pick<PlanReviewInputValue, 'reviewedOn' | 'levels' | 'rho'>,
  plan: ReviewPlanFacts,
  today: string,
): { ok: true; value: ScoredReview } | { ok: false; issues: ReviewIssue[] } {
  const issues: ReviewIssue[] = [];
  if (plan.status !== 'active') issues.push({ path: 'planId', code: 'review.plan_not_active' });
  if (input.reviewedOn > today) issues.push({ path: 'reviewedOn', code: 'review.date_future' });
  else if (input.reviewedOn < plan.startsOn)
    issues.push({ path: 'reviewedOn', code: 'review.before_plan' });

  const goals = new Map(plan.goals.map((g) => [g.id, g]));
  const seen = new Set<string>();
  input.levels.forEach((l, i) => {
    if (!goals.has(l.goalId))
      issues.push({ path: `levels.${i}.goalId`, code: 'review.goal_unknown' });
    else if (seen.has(l.goalId))
      issues.push({ path: `levels.${i}.goalId`, code: 'review.goal_repeated' });
    seen.add(l.goalId);
  });
  if (plan.goals.some((g) => !seen.has(g.id)))
    issues.push({ path: 'levels', code: 'review.goal_missing' });
  if (issues.length > 0) return { ok: false, issues };

  const given = new Map(input.levels.map((l) => [l.goalId, l]));
  const scored: ReviewedGoal[] = plan.goals.flatMap((goal) => {
    const level = given.get(goal.id);
    if (!level) return [];
    return {
      goalId: goal.id,
      level: level.level,
      weight: plan.gasWeighting === 'equal' ? 1 : goalWeight(goal.importance, goal.difficulty),
      importance: goal.importance,
      difficulty: goal.difficulty,
      note: level.note,
    };
  });
  return { ok: true, value: { goals: scored, tScore: tScore(scored, input.rho) } };
}

/**
 * The T-score before any work: every goal at its baseline, weighted as reviews will be. The
 * first point of a plan's trend.
 */
export function baselineTScore(
  plan: Pick<ReviewPlanFacts, 'goals' | 'gasWeighting'>,
  rho?: number,
): number | null {
  return tScore(
    plan.goals.map((g) => ({
      level: g.baseline,
      weight: plan.gasWeighting === 'equal' ? 1 : goalWeight(g.importance, g.difficulty),
    })),
    rho,
  );
}
