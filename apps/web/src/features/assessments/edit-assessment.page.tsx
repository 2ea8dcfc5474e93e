import { instrumentById } from '@birge/domain';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useAssessment } from '../../data/use-assessments.js';
import { usePerson } from '../../data/use-registry.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { local } from './answer-text.js';
import { AssessmentSession } from './assessment-session.component.js';
import './assessments.css';

/**
 * `/assessments/:assessmentId/edit`: a draft continues at its first unanswered question; a
 * complete assessment opens at the review to correct an answer. Saving updates it with its
 * revision (someone else's save in between is a stale revision, told in words).
 */
export function EditAssessmentPage() {
  const { assessmentId = '' } = useParams();
  const { t, language } = useI18n();
  const assessment = useAssessment(assessmentId);
  const person = usePerson(assessment.data?.personId ?? '');

  const error = assessment.error ?? person.error;
  if (error) {
    if (isRepositoryError(error) && error.status === 404) return <NotFoundPage />;
    const retry = () => void (assessment.isError ? assessment.refetch() : person.refetch());
    return <LoadError error={error} onRetry={retry} />;
  }
  if (!assessment.data || !person.data) return <Loading />;
  const a = assessment.data;
  const definition = instrumentById(a.instrument);
  if (!definition) return <NotFoundPage />;
  const name = fullName(person.data);
  const title = t('assessment.edit.title', { name });

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/assessments/${a.id}`}>{local(definition.title, language)}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{local(definition.title, language)}</p>
      <AssessmentSession
        person={person.data}
        definition={definition}
        ageMonths={a.ageMonths}
        assessedOn={a.assessedOn}
        existing={a}
        scope={`edit.${a.id}`}
        open={a.status === 'draft' ? 'resume' : 'review'}
      />
    </>
  );
}
