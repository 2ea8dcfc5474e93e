import type { Plan, PlanReview } from '@birge/domain';
import { lazy, Suspense, useId } from 'react';
import { Loading } from '../../components/query-state.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TableRegion } from '../supervision/table-region.component.js';
import { decimal, isGasLevelValue, levelWords, tScoreText } from './plan-words.js';
import { tScoreTrend } from './tscore-trend.js';

// The chart code loads only when there is a trend to draw.
const TScoreChart = lazy(async () => ({
  default: (await import('./tscore-chart.component.js')).TScoreChart,
}));

/** A plan's GAS reviews: the latest T-score, its trend from the baseline, and every review. */
export function PlanReviews({ plan, reviews }: { plan: Plan; reviews: readonly PlanReview[] }) {
  const { t, language, formatDate } = useI18n();
  const captionId = useId();
  const points = tScoreTrend(plan, reviews);
  const latest = reviews.at(-1) ?? null;
  const score = (value: number | null) => tScoreText(value, language, t);
  const title = t('plan.trend.title');

  return (
    <>
      {latest ? (
        <p className="tscore-latest">
          {t('plan.review.latest', {
            score: score(latest.tScore),
            date: formatDate(latest.reviewedOn),
          })}
        </p>
      ) : (
        <p className="muted">{t('plan.review.none')}</p>
      )}
      {points.length > 1 ? (
        <figure className="card tscore-figure">
          <figcaption className="card-title">{title}</figcaption>
          <p className="chart-key small">{t('plan.trend.key')}</p>
          <Suspense fallback={<Loading />}>
            <TScoreChart points={points} label={title} />
          </Suspense>
        </figure>
      ) : null}
      {points.length > 0 ? (
        <details className="chart-table">
          <summary>{t('plan.trend.asTable')}</summary>
          <TableRegion captionId={captionId}>
            <table className="plan-table">
              <caption id={captionId} className="visually-hidden">
                {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.review.date')}</th>
                  <th scope="col">{t('gas.t_score')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.key}>
                    <th scope="row">
                      {formatDate(p.date)}
                      {p.baseline ? ` (${t('plan.trend.baseline')})` : null}
                    </th>
                    <td>{score(p.tScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </details>
      ) : null}
      {reviews.length > 0 ? (
        <ul className="plain-list review-list">
          {[...reviews].reverse().map((r) => (
            <li key={r.id}>
              <details>
                <summary>
                  {t('plan.review.summary', {
                    date: formatDate(r.reviewedOn),
                    score: score(r.tScore),
                  })}
                </summary>
                <ul className="plain-list">
                  {r.goals.map((g) => {
                    const goal = plan.goals.find((x) => x.id === g.goalId);
                    return (
                      <li key={g.goalId}>
                        <strong>{goal?.title ?? g.goalId}</strong>:{' '}
                        {isGasLevelValue(g.level) ? levelWords(g.level, t) : g.level}{' '}
                        <span className="muted">
                          ({t('plan.review.weight', { weight: g.weight })})
                        </span>
                        {g.note ? <span className="prewrap"> — {g.note}</span> : null}
                      </li>
                    );
                  })}
                </ul>
                <p className="small muted">
                  {t('plan.review.method', {
                    rho: decimal(r.rho, language),
                    weighting: t(`plan.weighting.${r.gasWeighting}`),
                  })}
                  {r.reviewedBy ? ` · ${t('plan.review.by', { name: r.reviewedBy })}` : null}
                </p>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
