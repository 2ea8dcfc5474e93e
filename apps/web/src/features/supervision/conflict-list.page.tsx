import type { Conflict } from '@birge/domain';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { BusyButton } from '../../components/busy-button.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useFlash } from '../households/household.page.js';
import { entityName, resolutionName } from './conflict-text.js';
import { useConflictList } from './use-supervision.js';
import './supervision.css';
import { TableRegion } from './table-region.component.js';

type Status = 'open' | 'resolved';

/** Open conflicts (waiting for a supervisor) and resolved ones (what was decided, by whom). */
export function ConflictListPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const status: Status = params.get('status') === 'resolved' ? 'resolved' : 'open';
  const flash = useFlash();
  const title = t('supervision.conflicts.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('supervision.conflicts.intro')}</p>
      <div role="status">{flash ? <p className="notice notice-success">{flash}</p> : null}</div>
      <Tabs
        className="tabs"
        selectedKey={status}
        onSelectionChange={(key) =>
          setParams(key === 'resolved' ? { status: 'resolved' } : {}, { replace: true })
        }
      >
        <TabList className="tab-list" aria-label={t('supervision.conflicts.tabs')}>
          <Tab id="open" className="tab">
            {t('supervision.conflicts.open')}
          </Tab>
          <Tab id="resolved" className="tab">
            {t('supervision.conflicts.resolved')}
          </Tab>
        </TabList>
        <TabPanel id="open" className="tab-panel">
          <ConflictTable status="open" />
        </TabPanel>
        <TabPanel id="resolved" className="tab-panel">
          <ConflictTable status="resolved" />
        </TabPanel>
      </Tabs>
    </>
  );
}

function ConflictTable({ status }: { status: Status }) {
  const { t, formatDateTime } = useI18n();
  const list = useConflictList(status);
  const conflicts = list.data?.pages.flatMap((page) => page.items) ?? [];
  const captionId = `conflicts-${status}-caption`;

  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!conflicts.length)
    return (
      <div className="empty-state">
        <p>
          {status === 'open'
            ? t('supervision.conflicts.noneOpen')
            : t('supervision.conflicts.noneResolved')}
        </p>
      </div>
    );

  return (
    <>
      <TableRegion captionId={captionId}>
        <table className="table">
          <caption id={captionId}>
            {status === 'open'
              ? t('supervision.conflicts.captionOpen', { count: conflicts.length })
              : t('supervision.conflicts.captionResolved', { count: conflicts.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('supervision.conflict.record')}</th>
              <th scope="col">{t('supervision.conflict.sentBy')}</th>
              <th scope="col">{t('supervision.conflict.sentAt')}</th>
              <th scope="col">{t('supervision.conflict.fieldCount')}</th>
              {status === 'resolved' ? (
                <th scope="col">{t('supervision.conflict.resolution')}</th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {conflicts.map((conflict) => (
              <ConflictRow key={conflict.id} conflict={conflict} formatDateTime={formatDateTime} />
            ))}
          </tbody>
        </table>
      </TableRegion>
      {list.hasNextPage ? (
        <div className="load-more">
          <BusyButton
            className="button secondary"
            onPress={() => void list.fetchNextPage()}
            busy={list.isFetchingNextPage}
            busyLabel={t('status.loading')}
          >
            {t('action.loadMore')}
          </BusyButton>
        </div>
      ) : null}
    </>
  );
}

function ConflictRow({
  conflict,
  formatDateTime,
}: {
  conflict: Conflict;
  formatDateTime: (iso: string | null) => string;
}) {
  const { t } = useI18n();
  return (
    <tr>
      <th scope="row">
        <Link to={`/sync/conflicts/${conflict.id}`}>{conflict.label || conflict.recordId}</Link>
        <span className="muted small"> ({entityName(conflict.entity, t)})</span>
      </th>
      <td>{conflict.createdBy?.name ?? t('history.system')}</td>
      <td className="nowrap">{formatDateTime(conflict.createdAt)}</td>
      <td>
        {conflict.op === 'delete'
          ? t('supervision.conflict.deleteShort')
          : t('supervision.conflict.fields', { count: conflict.fields.length })}
      </td>
      {conflict.status === 'resolved' ? (
        <td>
          {conflict.resolution ? (
            <Badge tone="good">{resolutionName(conflict.resolution, t)}</Badge>
          ) : null}
          {conflict.resolvedBy ? (
            <span className="muted small">
              {' '}
              {t('supervision.conflict.resolvedByAt', {
                name: conflict.resolvedBy.name,
                date: formatDateTime(conflict.resolvedAt),
              })}
            </span>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
