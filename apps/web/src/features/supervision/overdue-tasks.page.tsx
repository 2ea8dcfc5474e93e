import { TASK_KINDS, type OverdueWorker } from '@birge/domain';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { sortByOverdue } from './overdue-order.js';
import { useOverdueTasks } from './use-supervision.js';
import './supervision.css';
import { TableRegion } from './table-region.component.js';

function WorkerRow({ item }: { item: OverdueWorker }) {
  const { worker, byKind } = item;
  return (
    <tr className={item.overdue ? 'row-trouble' : undefined}>
      <th scope="row">
        <Link to={`/caseloads/${worker.id}`}>{worker.name}</Link>
        <span className="muted small"> ({worker.username})</span>
      </th>
      <td className="numeric">{item.households}</td>
      <td className="numeric">
        <strong>{item.overdue}</strong>
      </td>
      {TASK_KINDS.map((kind) => (
        <td key={kind} className={byKind[kind] ? 'numeric' : 'numeric muted'}>
          {byKind[kind]}
        </td>
      ))}
    </tr>
  );
}

/** Overdue follow-up tasks of every worker in the reader's places, the most overdue first. */
export function OverdueTasksPage() {
  const { t, language, formatDate } = useI18n();
  const summary = useOverdueTasks();
  const title = t('supervision.overdue.title');
  const rows = summary.data ? sortByOverdue(summary.data.items, language) : [];
  const behind = rows.filter((row) => row.overdue > 0).length;

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('supervision.overdue.intro')}</p>
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? (
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : null}
      {summary.isSuccess && rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('supervision.overdue.empty')}</p>
        </div>
      ) : null}
      {summary.isSuccess && rows.length ? (
        <>
          <p role="status" className={behind ? 'notice notice-warn' : 'notice notice-success'}>
            {behind
              ? t('supervision.overdue.someOverdue', { count: behind, total: rows.length })
              : t('supervision.overdue.noneOverdue', { total: rows.length })}
          </p>
          <TableRegion captionId="overdue-caption">
            <table className="table table-compact">
              <caption id="overdue-caption">
                {t('supervision.overdue.caption', { date: formatDate(summary.data.today) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('supervision.overdue.worker')}</th>
                  <th scope="col" className="numeric">
                    {t('supervision.overdue.households')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('supervision.overdue.total')}
                  </th>
                  {TASK_KINDS.map((kind) => (
                    <th key={kind} scope="col" className="numeric">
                      {t(`task.kind.${kind}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <WorkerRow key={row.worker.id} item={row} />
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
    </>
  );
}
