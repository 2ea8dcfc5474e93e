import { instrumentById } from '@birge/domain';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { usePersonAssessments } from '../../data/use-assessments.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { local } from './answer-text.js';
import { historyCharts } from './history-series.js';
import { mainResult } from './result-words.js';
import { AssessmentStatusBadge } from './status-badge.component.js';
import './assessments.css';

// The chart library loads only when a person has scores to draw.
const HistoryChart = lazy(async () => ({
  default: (await import('./history-chart.component.js')).HistoryChart,
}));

/** A person's assessments, newest first, and their plottable scores over time. */
export function AssessmentHistory({ personId }: { personId: string }) {
  const { t, language, formatDate } = useI18n();
  const assessments = usePersonAssessments(personId);
  if (assessments.isPending) return <Loading />;
  if (assessments.isError)
    return <LoadError error={assessments.error} onRetry={() => void assessments.refetch()} />;
  const list = assessments.data;
  if (list.length === 0) return <p className="muted">{t('assessment.history.empty')}</p>;
  const charts = historyCharts(list, language).filter((c) => c.points.length > 1);

  return (
    <>
      <ul className="card-list assessment-list">
        {list.map((a) => {
          const definition = instrumentById(a.instrument);
          const title = definition ? local(definition.title, language) : a.instrument;
          return (
            <li key={a.id} className="card">
              <h3 className="card-title">
                <Link to={`/assessments/${a.id}`}>{title}</Link>
              </h3>
              <p className="assessment-meta">
                <span>{formatDate(a.assessedOn)}</span> <AssessmentStatusBadge status={a.status} />
              </p>
              {definition ? <p>{mainResult(definition, a, language, t)}</p> : null}
            </li>
          );
        })}
      </ul>
      {charts.length > 0 ? (
        <>
          <h3>{t('assessment.history.overTime')}</h3>
          <Suspense fallback={<Loading />}>
            {charts.map((group) => (
              <HistoryChart key={group.key} group={group} />
            ))}
          </Suspense>
        </>
      ) : null}
    </>
  );
}
