import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { BusyButton } from '../../components/busy-button.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useMe } from '../../data/use-session.js';
import { placeTrail } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AssignmentDialog, type AssignmentTarget } from './assignment.dialog.js';
import { supervisionAccess } from './supervision-access.js';
import { useCaseloadWorkers, useWorkerHouseholds } from './use-supervision.js';
import './supervision.css';

/** One worker's caseload: the households on their phone, each movable to another worker. */
export function WorkerCaseloadPage() {
  const { userId = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const canAssign = supervisionAccess(me).assign;
  const workers = useCaseloadWorkers();
  const list = useWorkerHouseholds(userId);
  const [moving, setMoving] = useState<AssignmentTarget | null>(null);
  const [notice, setNotice] = useState('');

  const worker = workers.data?.find((w) => w.id === userId);
  const name = worker?.name ?? '';
  const title = worker ? t('supervision.worker.title', { name }) : t('supervision.caseloads.title');
  const households = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <p className="breadcrumb">
        <Link to="/caseloads">{t('supervision.caseloads.title')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {worker ? (
        <p className="lead">{t('supervision.worker.count', { count: worker.households })}</p>
      ) : null}
      <div role="status">{notice ? <p className="notice notice-success">{notice}</p> : null}</div>

      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && households.length === 0 ? (
        <div className="empty-state">
          <p>{t('supervision.worker.empty')}</p>
        </div>
      ) : null}

      {households.length ? (
        <ul className="card-list" aria-label={t('supervision.worker.households', { name })}>
          {households.map((household) => (
            <li key={household.id}>
              <article className="card household-card">
                <h2 className="card-title">
                  <Link to={`/households/${household.id}`}>{household.address}</Link>
                </h2>
                <p className="place-trail">{placeTrail(household.place)}</p>
                <p className="muted">
                  {t('household.memberCount', { count: household.members.length })}
                </p>
                {canAssign ? (
                  <Button
                    className="button secondary small"
                    onPress={() =>
                      setMoving({
                        id: household.id,
                        address: household.address,
                        current: worker ? { id: worker.id, name: worker.name } : null,
                      })
                    }
                  >
                    {t('supervision.worker.move')}
                    <span className="visually-hidden">: {household.address}</span>
                  </Button>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      ) : null}

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

      <AssignmentDialog
        household={moving}
        onClose={() => setMoving(null)}
        onDone={(message) => {
          setMoving(null);
          setNotice(message);
        }}
      />
    </>
  );
}
