import { tScore, type Plan, type PlanReview } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { tScoreTrend, trendRange } from './tscore-trend.js';

const goal = (id: string, importance: number, difficulty: number) =>
  ({
    id,
    baseline: -1,
    importance,
    difficulty,
    weight: importance * difficulty,
  }) as Plan['goals'][number];
const plan = {
  id: 'p',
  startsOn: '2026-01-05',
  activatedOn: '2026-01-10',
  gasWeighting: 'importance_difficulty',
  goals: [goal('a', 3, 2), goal('b', 1, 1)],
} as Plan;
const review = (id: string, reviewedOn: string, value: number | null) =>
  ({ id, reviewedOn, tScore: value, rho: 0.3 }) as PlanReview;

describe('the T-score trend', () => {
  it('starts at the baseline, weighted as the reviews are, dated the day the plan was agreed', () => {
    const points = tScoreTrend(plan, [
      review('r1', '2026-04-01', 55),
      review('r2', '2026-07-01', null),
    ]);
    expect(points.map((p) => [p.date, p.baseline])).toEqual([
      ['2026-01-10', true],
      ['2026-04-01', false],
      ['2026-07-01', false],
    ]);
    expect(points[0]?.tScore).toBeCloseTo(
      tScore([
        { level: -1, weight: 6 },
        { level: -1, weight: 1 },
      ])!,
      10,
    );
    // A review without a score stays a gap, not a zero.
    expect(points[2]?.tScore).toBeNull();
  });

  it('has no baseline without goals, and draws 20–80 unless a point lies outside', () => {
    expect(tScoreTrend({ ...plan, goals: [] }, [])).toEqual([]);
    expect(trendRange([{ key: 'a', date: '', tScore: 35.2, baseline: true }])).toEqual([20, 80]);
    expect(trendRange([{ key: 'a', date: '', tScore: 84.6, baseline: false }])).toEqual([20, 90]);
  });
});
