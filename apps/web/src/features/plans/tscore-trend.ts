import { baselineTScore, type Plan, type PlanReview } from '@birge/domain';

/** One point of a plan's T-score trend: the baseline before any work, then each review. */
export interface TrendPoint {
  key: string;
  date: string;
  tScore: number | null;
  /** The baseline (every goal at its starting level), not a review. */
  baseline: boolean;
}

/**
 * The trend a plan's page draws: the baseline (the domain's `baselineTScore`, dated the day the
 * plan was agreed) and every review's stored T-score, oldest first. A review whose weights were
 * all 0 has no score: a gap, never 0.
 */
export function tScoreTrend(plan: Plan, reviews: readonly PlanReview[]): TrendPoint[] {
  const rho = reviews[0]?.rho;
  const baseline =
    plan.goals.length > 0
      ? [
          {
            key: 'baseline',
            date: plan.activatedOn ?? plan.startsOn,
            tScore: baselineTScore(plan, rho),
            baseline: true,
          },
        ]
      : [];
  return [
    ...baseline,
    ...reviews.map((r) => ({ key: r.id, date: r.reviewedOn, tScore: r.tScore, baseline: false })),
  ];
}

/** The y range drawn: 20–80 (±3 SD around 50), widened to hold any point outside it. */
export function trendRange(points: readonly TrendPoint[]): [number, number] {
  const values = points.flatMap((p) => (p.tScore === null ? [] : [p.tScore]));
  const low = Math.min(20, ...values.map((v) => Math.floor(v / 10) * 10));
  const high = Math.max(80, ...values.map((v) => Math.ceil(v / 10) * 10));
  return [low, high];
}
