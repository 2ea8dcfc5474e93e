import type { Person } from '@birge/domain';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { usePersonReferrals } from '../../data/use-referrals.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ReferralProgress } from './referral-status.component.js';
import { canRefer } from './referral-consent.js';
import './referrals.css';

/**
 * The person page's referrals: each one's organization, status in words, dates and whether it is
 * overdue; the way to a new one, or why there is none (no consent to sharing with services).
 */
export function PersonReferrals({ person, canWrite }: { person: Person; canWrite: boolean }) {
  const { t } = useI18n();
  const referrals = usePersonReferrals(person.id);
  const allowed = canRefer(person);

  return (
    <div className="referrals-area">
      {canWrite && !allowed ? (
        <div className="notice notice-warn">
          <p>{t('referrals.noConsent')}</p>
          <p>
            <Link to={`/persons/${person.id}/consents/new`}>{t('referrals.noConsent.link')}</Link>
          </p>
        </div>
      ) : null}
      {referrals.isPending ? <Loading /> : null}
      {referrals.isError ? (
        <LoadError error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : null}
      {referrals.data?.length === 0 ? <p className="muted">{t('referrals.empty')}</p> : null}
      {referrals.data?.length ? (
        <ul className="card-list">
          {referrals.data.map((referral) => (
            <li key={referral.id} className="card">
              <h3 className="card-title">
                <Link to={`/referrals/${referral.id}`}>{referral.organization.name}</Link>
              </h3>
              <ReferralProgress referral={referral} />
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite && allowed ? (
        <p>
          <Link to={`/persons/${person.id}/referrals/new`} className="button secondary">
            {t('referrals.new.action')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
