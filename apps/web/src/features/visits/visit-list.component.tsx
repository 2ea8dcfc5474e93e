import type { Household } from '@birge/domain';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useActivities, useVisits } from '../../data/use-plans.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { ReactNode } from 'react';
import { Fact } from '../households/household-facts.component.js';

/** A fact of a visit, left out when the visit has nothing for it. */
function Filled({ term, children }: { term: string; children: ReactNode }) {
  return children ? <Fact term={term}>{children}</Fact> : null;
}

/** A household's visits, newest first: kind, who was there, what was done, what next. */
export function VisitList({ household, canWrite }: { household: Household; canWrite: boolean }) {
  const { t, language, formatDate } = useI18n();
  const visits = useVisits({ householdId: household.id });
  const activities = useActivities();
  if (visits.isPending) return <Loading />;
  if (visits.isError)
    return <LoadError error={visits.error} onRetry={() => void visits.refetch()} />;
  const name = (id: string) => {
    const m = household.members.find((x) => x.id === id);
    return m ? fullName(m) : '';
  };
  const activity = (id: string) => activities.data?.find((a) => a.id === id)?.title[language] ?? id;
  if (visits.data.length === 0) return <p className="muted">{t('visit.list.empty')}</p>;
  return (
    <ul className="card-list visit-list">
      {visits.data.map((v) => (
        <li key={v.id} className="card">
          <h3 className="card-title">
            {t('visit.list.title', {
              kind: t(`visit.kind.${v.kind}`),
              date: formatDate(v.visitedOn),
            })}
          </h3>
          <dl className="facts">
            <Filled term={t('visit.about')}>{v.personIds.map(name).join(', ')}</Filled>
            <Filled term={t('visit.present')}>
              {[...v.presentMemberIds.map(name), ...v.presentOthers].join(', ')}
            </Filled>
            <Filled term={t('visit.activities')}>{v.activityIds.map(activity).join(', ')}</Filled>
            <Filled term={t('visit.done')}>
              {[
                v.assessmentIds.length
                  ? t('visit.list.assessments', { count: v.assessmentIds.length })
                  : null,
                v.reviewIds.length ? t('visit.list.reviews', { count: v.reviewIds.length }) : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </Filled>
            <Filled term={t('visit.notes')}>
              {v.notes ? <span className="prewrap">{v.notes}</span> : null}
            </Filled>
            <Filled term={t('visit.next')}>
              {v.nextVisitOn ? formatDate(v.nextVisitOn) : null}
            </Filled>
          </dl>
          {canWrite ? (
            <p>
              <Link
                to={`/visits/${v.id}/edit`}
                className="button secondary"
                aria-label={t('visit.list.editNamed', {
                  kind: t(`visit.kind.${v.kind}`),
                  date: formatDate(v.visitedOn),
                })}
              >
                {t('action.edit')}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
