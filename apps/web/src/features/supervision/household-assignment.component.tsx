import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AssignmentDialog, type AssignmentTarget } from './assignment.dialog.js';
import { supervisionAccess } from './supervision-access.js';
import { useAssignment } from './use-supervision.js';

/**
 * "Whose caseload": on the household page, for supervisors (who may change it) and managers (who
 * see it). Other roles see nothing and nothing is asked of the server.
 */
export function HouseholdAssignment({ household }: { household: { id: string; address: string } }) {
  const me = useMe();
  return supervisionAccess(me).view ? <AssignmentSection household={household} /> : null;
}

function AssignmentSection({ household }: { household: { id: string; address: string } }) {
  const { t, formatDate } = useI18n();
  const me = useMe();
  const assignment = useAssignment(household.id);
  const [moving, setMoving] = useState<AssignmentTarget | null>(null);
  const [notice, setNotice] = useState('');
  const worker = assignment.data?.worker ?? null;

  return (
    <section className="section" aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">{t('supervision.household.heading')}</h2>
      <div role="status">{notice ? <p className="notice notice-success">{notice}</p> : null}</div>
      {assignment.isPending ? <Loading /> : null}
      {assignment.isError ? (
        <LoadError error={assignment.error} onRetry={() => void assignment.refetch()} />
      ) : null}
      {assignment.isSuccess ? (
        <div className="assignment-row">
          <p>
            {worker ? (
              <>
                {t('supervision.household.assignedTo')}{' '}
                <Link to={`/caseloads/${worker.id}`}>{worker.name}</Link>
                {assignment.data.assignedAt ? (
                  <span className="muted">
                    {' '}
                    (
                    {t('supervision.household.since', {
                      date: formatDate(assignment.data.assignedAt),
                    })}
                    )
                  </span>
                ) : null}
              </>
            ) : (
              t('supervision.household.unassigned')
            )}
          </p>
          {supervisionAccess(me).assign ? (
            <Button
              className="button secondary"
              onPress={() =>
                setMoving({
                  id: household.id,
                  address: household.address,
                  current: worker ? { id: worker.id, name: worker.name } : null,
                })
              }
            >
              {worker ? t('supervision.household.reassign') : t('supervision.household.assign')}
            </Button>
          ) : null}
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
    </section>
  );
}
