import { REFERRAL_STATUSES, type ReferralStatus } from '@birge/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { SelectInput } from '../../components/choice-fields.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useReferralInbox } from '../../data/use-referrals.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ReferralProgress } from './referral-status.component.js';
import './referrals.css';

type Filter = 'open' | 'all' | ReferralStatus;

const query = (filter: Filter) =>
  filter === 'open' ? { open: true } : filter === 'all' ? {} : { status: filter };

/**
 * `/inbox`: the provider's referrals (the server lists only their organization's), open first,
 * filtered by status; each opens the referral with what it shares and the next step.
 */
export function InboxPage() {
  const { t } = useI18n();
  const me = useMe();
  const [filter, setFilter] = useState<Filter>('open');
  const inbox = useReferralInbox(query(filter));
  const title = t('referrals.inbox.title');
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  // Open first (the server's order within each).
  const ordered = [...items.filter((r) => r.open), ...items.filter((r) => !r.open)];

  return (
    <div className="referrals-area">
      <PageHeading title={title}>{title}</PageHeading>
      {me.role === 'provider' && !me.organizationId ? (
        <p className="notice notice-warn">{t('referrals.inbox.noOrganization')}</p>
      ) : (
        <p>{t('referrals.inbox.intro')}</p>
      )}
      <SelectInput<Filter>
        id="inbox-filter"
        label={t('referrals.inbox.filter')}
        options={[
          { value: 'open', label: t('referrals.inbox.filter.open') },
          { value: 'all', label: t('referrals.inbox.filter.all') },
          ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.status.${s}`) })),
        ]}
        value={filter}
        onChange={(value) => setFilter(value || 'open')}
        allowEmpty={false}
      />
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? (
        <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : null}
      {inbox.isSuccess && ordered.length === 0 ? (
        <p className="muted">{t('referrals.inbox.empty')}</p>
      ) : null}
      {ordered.length ? (
        <ul className="card-list">
          {ordered.map((r) => (
            <li key={r.id} className="card">
              <h2 className="card-title">
                <Link to={`/referrals/${r.id}`}>
                  {t('referrals.inbox.row', {
                    name: r.person.name,
                    age: t('referrals.person.age', { age: r.person.age }),
                  })}
                </Link>
              </h2>
              <p>{r.reason}</p>
              <p className="muted">
                {t('referrals.urgencyLine', { urgency: t(`referrals.urgencyShort.${r.urgency}`) })}
              </p>
              <ReferralProgress referral={r} />
            </li>
          ))}
        </ul>
      ) : null}
      {inbox.hasNextPage ? (
        <p className="load-more">
          <Button
            className="button secondary"
            isDisabled={inbox.isFetchingNextPage}
            onPress={() => void inbox.fetchNextPage()}
          >
            {t('referrals.inbox.more')}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
