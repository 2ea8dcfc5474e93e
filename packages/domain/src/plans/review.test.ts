import { describe, expect, it } from 'vitest';
import { tScore } from './gas.js';
import { planGoalInputSchema, type PlanGoalInput } from './goal.schema.js';
import { baselineTScore, evaluateReview, type ReviewPlanFacts } from './review.rules.js';
import { planReviewInputSchema, tScoreRequestSchema } from './review.schema.js';

const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';
const C = '01900000-0000-7000-8000-00000000000c';
const levels = {
  muchLess: 'a',
  somewhatLess: 'b',
  expected: 'c',
  somewhatMore: 'd',
  muchMore: 'e',
};
const goal = (id: string, importance: number, difficulty: number, baseline: -1 | -2 = -1) =>
  planGoalInputSchema.parse({
    id,
    title: 'goal',
    cbrElements: ['health.rehabilitation'],
    levels,
    baseline,
    importance,
    difficulty,
    targetDate: '2026-06-30',
  } satisfies PlanGoalInput);

const plan: ReviewPlanFacts = {
  status: 'active',
  startsOn: '2026-01-01',
  goals: [goal(A, 3, 2), goal(B, 1, 1, -2)],
  gasWeighting: 'importance_difficulty',
};
const review = (levelsGiven: { goalId: string; level: number }[], reviewedOn = '2026-04-01') =>
  planReviewInputSchema.parse({ planId: C, reviewedOn, levels: levelsGiven });

describe('GAS review', () => {
  it('scores every goal with the plan’s weights and stores them with ρ', () => {
    const result = evaluateReview(
      review([
        { goalId: A, level: 1 },
        { goalId: B, level: -1 },
      ]),
      plan,
      '2026-04-02',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.goals.map((g) => [g.goalId, g.level, g.weight])).toEqual([
      [A, 1, 6],
      [B, -1, 1],
    ]);
    // Σwx = 5, Σw = 7, Σw² = 37: 50 + 50/√(0.7·37 + 0.3·49)
    expect(result.value.tScore).toBeCloseTo(50 + 50 / Math.sqrt(25.9 + 14.7), 12);
  });

  it('gives every goal weight 1 when the plan is unweighted', () => {
    const result = evaluateReview(
      review([
        { goalId: A, level: 2 },
        { goalId: B, level: 0 },
      ]),
      { ...plan, gasWeighting: 'equal' },
      '2026-04-02',
    );
    expect(result.ok && result.value.goals.map((g) => g.weight)).toEqual([1, 1]);
    expect(result.ok && result.value.tScore).toBe(
      tScore([
        { level: 2, weight: 1 },
        { level: 0, weight: 1 },
      ]),
    );
  });

  it('uses the ρ given', () => {
    const input = {
      ...review([
        { goalId: A, level: 2 },
        { goalId: B, level: 2 },
      ]),
      rho: 0,
    };
    const result = evaluateReview(input, plan, '2026-04-02');
    expect(result.ok && result.value.tScore).toBeCloseTo(50 + (10 * 14) / Math.sqrt(37), 12);
  });

  it('needs one level for every goal, only goals of the plan, once each', () => {
    const issues = (given: { goalId: string; level: number }[]) => {
      const result = evaluateReview(review(given), plan, '2026-04-02');
      return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.code}`);
    };
    expect(issues([{ goalId: A, level: 0 }])).toEqual(['levels: review.goal_missing']);
    expect(
      issues([
        { goalId: A, level: 0 },
        { goalId: B, level: 0 },
        { goalId: C, level: 0 },
      ]),
    ).toEqual(['levels.2.goalId: review.goal_unknown']);
    expect(
      issues([
        { goalId: A, level: 0 },
        { goalId: A, level: 1 },
        { goalId: B, level: 0 },
      ]),
    ).toEqual(['levels.1.goalId: review.goal_repeated']);
  });

  it('reviews only an active plan, on a day between its start and today', () => {
    const given = review([
      { goalId: A, level: 0 },
      { goalId: B, level: 0 },
    ]);
    const codes = (p: ReviewPlanFacts, on: string, today = '2026-04-02') => {
      const result = evaluateReview({ ...given, reviewedOn: on }, p, today);
      return result.ok ? [] : result.issues.map((i) => i.code);
    };
    expect(codes({ ...plan, status: 'draft' }, '2026-04-01')).toEqual(['review.plan_not_active']);
    expect(codes(plan, '2026-04-03')).toEqual(['review.date_future']);
    expect(codes(plan, '2025-12-31')).toEqual(['review.before_plan']);
  });

  it('refuses levels off the scale and ρ outside [0, 1) in the input', () => {
    const bad = planReviewInputSchema.safeParse({
      planId: C,
      reviewedOn: '2026-04-01',
      levels: [{ goalId: A, level: 3 }],
      rho: 1,
    });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'levels.0.level: gas.level_out_of_range',
      'rho: gas.rho_out_of_range',
    ]);
  });

  it('has a baseline T-score from the goals’ starting levels', () => {
    // weights 6 and 1 at −1 and −2: Σwx = −8, Σw = 7, Σw² = 37
    expect(baselineTScore(plan)).toBeCloseTo(50 - 80 / Math.sqrt(25.9 + 14.7), 12);
  });
});

describe('the stateless calculator’s request', () => {
  it('defaults weight to 1 and ρ to 0.3', () => {
    expect(tScoreRequestSchema.parse({ goals: [{ level: 1 }] })).toEqual({
      goals: [{ level: 1, weight: 1 }],
      rho: 0.3,
    });
  });

  it('refuses invalid levels, negative weights and ρ outside [0, 1)', () => {
    const codes = (body: unknown) =>
      tScoreRequestSchema.safeParse(body).error?.issues.map((i) => i.message);
    expect(codes({ goals: [{ level: -3 }] })).toEqual(['gas.level_out_of_range']);
    expect(codes({ goals: [{ level: 0, weight: -1 }] })).toEqual(['gas.weight_out_of_range']);
    expect(codes({ goals: [{ level: 0 }], rho: 1 })).toEqual(['gas.rho_out_of_range']);
    expect(codes({ goals: [{ level: 0 }], rho: -0.1 })).toEqual(['gas.rho_out_of_range']);
  });
});
