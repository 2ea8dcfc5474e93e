import { isMessageKey } from '@birge/domain';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { supervisionAccess } from './supervision-access.js';
import { useCaseloadWorkers } from './use-supervision.js';
import './supervision.css';
import { TableRegion } from './table-region.component.js';

/** Workers (and supervisors) of the places the reader supervises, with the households each holds. */
export function CaseloadsPage() {
  const { t } = useI18n();
  const me = useMe();
  const workers = useCaseloadWorkers();
  const access = supervisionAccess(me);
  const title = t('supervision.caseloads.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">
        {access.assign
          ? t('supervision.caseloads.intro')
          : t('supervision.caseloads.introReadOnly')}
      </p>
      {workers.isPending ? <Loading /> : null}
      {workers.isError ? (
        <LoadError error={workers.error} onRetry={() => void workers.refetch()} />
      ) : null}
      {workers.isSuccess && workers.data.length === 0 ? (
        <div className="empty-state">
          <p>{t('supervision.caseloads.empty')}</p>
        </div>
      ) : null}
      {workers.isSuccess && workers.data.length ? (
        <TableRegion captionId="caseloads-caption">
          <table className="table table-compact">
            <caption id="caseloads-caption">{t('supervision.caseloads.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervision.caseloads.worker')}</th>
                <th scope="col">{t('supervision.caseloads.role')}</th>
                <th scope="col" className="numeric">
                  {t('supervision.caseloads.households')}
                </th>
              </tr>
            </thead>
            <tbody>
              {workers.data.map((worker) => {
                const role = `role.${worker.role}`;
                return (
                  <tr key={worker.id}>
                    <th scope="row">
                      <Link to={`/caseloads/${worker.id}`}>{worker.name}</Link>
                      <span className="muted small"> ({worker.username})</span>
                    </th>
                    <td>{isMessageKey(role) ? t(role) : worker.role}</td>
                    <td className="numeric">{worker.households}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </>
  );
}
