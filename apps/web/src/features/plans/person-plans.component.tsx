import type { Person } from '@birge/domain';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { usePersonPlans } from '../../data/use-plans.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PlanStatusBadge } from './plan-status.component.js';
import './plans.css';

/** The person page's plans: each plan's period, status and goals, and a way to write a new one. */
export function PersonPlans({ person, canWrite }: { person: Person; canWrite: boolean }) {
  const { t, formatDate } = useI18n();
  const plans = usePersonPlans(person.id);
  if (person.consentStatus !== 'valid')
    return <p className="muted">{t('plan.person.noConsent')}</p>;
  if (plans.isPending) return <Loading />;
  if (plans.isError) return <LoadError error={plans.error} onRetry={() => void plans.refetch()} />;
  const list = plans.data;
  const open = list.some((p) => p.status === 'draft' || p.status === 'active');

  return (
    <div className="plans-area">
      {list.length === 0 ? <p className="muted">{t('plan.person.empty')}</p> : null}
      {list.length > 0 ? (
        <ul className="card-list">
          {list.map((plan) => {
            const period = t('plan.period', {
              from: formatDate(plan.startsOn),
              to: formatDate(plan.endsOn),
            });
            return (
              <li key={plan.id} className="card">
                <h3 className="card-title">
                  <Link to={`/plans/${plan.id}`}>{t('plan.person.linkTitle', { period })}</Link>
                </h3>
                <p className="plan-meta">
                  <PlanStatusBadge status={plan.status} />{' '}
                  <span>
                    {t('plan.goalCount', { count: plan.goals.length })} ·{' '}
                    {t('plan.activityCount', { count: plan.assignments.length })}
                  </span>
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
      {canWrite && !open ? (
        <p>
          <Link
            to={`/plans/new?personId=${person.id}`}
            className={list.length === 0 ? 'button primary' : 'button secondary'}
          >
            {t('plan.new.action')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
