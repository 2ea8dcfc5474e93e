import { instrumentById, visibleItems } from '@birge/domain';
import { Link, useParams } from 'react-router';
import { allows } from '../../app/guards.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useAssessment } from '../../data/use-assessments.js';
import { usePerson } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useFlash } from '../households/household.page.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { AnswerList } from './answer-review.component.js';
import { local } from './answer-text.js';
import { unansweredItems } from './form-steps.js';
import { screeningText } from './result-words.js';
import { ScoreList } from './score-list.component.js';
import { AssessmentStatusBadge } from './status-badge.component.js';
import './assessments.css';

/** `/assessments/:assessmentId`: the result in words, the answers, and a way to continue or correct. */
export function AssessmentPage() {
  const { assessmentId = '' } = useParams();
  const { t, language, formatDate } = useI18n();
  const me = useMe();
  const flash = useFlash();
  const assessment = useAssessment(assessmentId);
  const person = usePerson(assessment.data?.personId ?? '');

  if (assessment.isPending) return <Loading />;
  if (assessment.isError) {
    if (isRepositoryError(assessment.error) && assessment.error.status === 404)
      return <NotFoundPage />;
    return <LoadError error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  const a = assessment.data;
  const definition = instrumentById(a.instrument);
  if (!definition) return <NotFoundPage />;
  const title = local(definition.title, language);
  const name = person.data ? fullName(person.data) : null;
  const env = { definition, context: { ageMonths: a.ageMonths } };
  const unanswered = unansweredItems(env, a.answers).length;
  const canWrite = allows(me.role, 'registry-write');

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/persons/${a.personId}`}>{name ?? t('assessment.result.toPerson')}</Link>
      </p>
      <PageHeading title={name ? `${title} — ${name}` : title}>{title}</PageHeading>
      {flash ? (
        <p className="notice notice-success" role="status">
          {flash}
        </p>
      ) : null}

      <dl className="facts facts-grid card">
        {name ? (
          <div className="fact">
            <dt>{t('assessment.result.person')}</dt>
            <dd>{name}</dd>
          </div>
        ) : null}
        <div className="fact">
          <dt>{t('assessment.result.date')}</dt>
          <dd>{formatDate(a.assessedOn)}</dd>
        </div>
        <div className="fact">
          <dt>{t('assessment.result.status')}</dt>
          <dd>
            <AssessmentStatusBadge status={a.status} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t('assessment.result.assessedBy')}</dt>
          <dd>{a.assessedBy ?? t('common.unknown')}</dd>
        </div>
        {a.note ? (
          <div className="fact">
            <dt>{t('assessment.note')}</dt>
            <dd>{a.note}</dd>
          </div>
        ) : null}
      </dl>

      {a.status === 'draft' ? (
        <div className="notice notice-warn">
          <p>{t('assessment.result.draftNotice', { count: unanswered })}</p>
          {canWrite ? (
            <p>
              <Link to={`/assessments/${a.id}/edit`} className="button primary">
                {t('assessment.result.continue')}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {definition.screensPositive ? (
        <p
          className={
            a.positive
              ? 'notice notice-warn screening-verdict'
              : 'notice notice-info screening-verdict'
          }
        >
          <strong>{screeningText(a.positive, t)}</strong>
        </p>
      ) : null}

      <section className="section" aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t('assessment.result.scores')}</h2>
        <ScoreList definition={definition} assessment={a} />
      </section>

      <section className="section" aria-labelledby="answers-heading">
        <div className="section-head">
          <h2 id="answers-heading">{t('assessment.result.answers')}</h2>
          {canWrite && a.status === 'complete' ? (
            <Link to={`/assessments/${a.id}/edit`} className="button secondary">
              {t('assessment.result.edit')}
            </Link>
          ) : null}
        </div>
        <div className="card">
          <AnswerList
            definition={definition}
            items={visibleItems(definition, a.answers, env.context)}
            answers={a.answers}
          />
        </div>
      </section>

      <p className="muted">
        {t('assessment.result.version', { version: a.version })} {definition.source}
      </p>
    </>
  );
}
