import type { GasWeighting } from '@birge/domain';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { TableRegion } from '../supervision/table-region.component.js';
import { decimal, levelNumber, tScoreText } from './plan-words.js';

/**
 * The T-score as the review form computes it on the device (the domain's `tScore`), with what it
 * is computed from — ρ, each goal's weight and level — so the worker can follow the number.
 */
export function TScoreWorking({
  goals,
  weighting,
  rho,
  value,
}: {
  goals: readonly { title: string; weight: number; level: number | null }[];
  weighting: GasWeighting;
  rho: number;
  value: number | null;
}) {
  const { t, language } = useI18n();
  const captionId = useId();
  const given = goals.filter((g) => g.level !== null).length;
  return (
    <section className="card tscore-working" aria-labelledby={`${captionId}-title`}>
      <h2 id={`${captionId}-title`} className="card-title">
        {t('gas.t_score')}
      </h2>
      <p className="tscore-value" role="status">
        {given === goals.length
          ? t('plan.review.preview', { score: tScoreText(value, language, t) })
          : t('plan.review.previewPending', { given, total: goals.length })}
      </p>
      <p className="small">
        {t('plan.review.method', {
          rho: decimal(rho, language),
          weighting: t(`plan.weighting.${weighting}`),
        })}
      </p>
      <TableRegion captionId={captionId}>
        <table className="plan-table">
          <caption id={captionId}>{t('plan.review.workingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.review.goal')}</th>
              <th scope="col">{t('plan.goal.weight')}</th>
              <th scope="col">{t('plan.review.level')}</th>
            </tr>
          </thead>
          <tbody>
            {goals.map((g) => (
              <tr key={g.title}>
                <th scope="row">{g.title}</th>
                <td>{g.weight}</td>
                <td>{g.level === null ? '—' : levelNumber(g.level)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
