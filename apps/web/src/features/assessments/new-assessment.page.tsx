import {
  instrumentById,
  monthsBetween,
  personConsentStatus,
  todayIso,
  type InstrumentId,
  type Person,
} from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Button, Form, Radio, RadioGroup } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { usePerson } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { local } from './answer-text.js';
import { AssessmentSession } from './assessment-session.component.js';
import { clearDraft, draftKey, isAssessmentDraft, loadDraft } from './draft-storage.js';
import { agesMessage, instrumentChoice, preselected } from './instrument-choice.js';
import './assessments.css';

/** `/persons/:personId/assessments/new`: choose an instrument for the person's age, then fill it in. */
export function NewAssessmentPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  if (person.isPending) return <Loading />;
  if (person.isError) {
    if (isRepositoryError(person.error) && person.error.status === 404) return <NotFoundPage />;
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  }
  return <NewAssessment person={person.data} />;
}

function NewAssessment({ person }: { person: Person }) {
  const { t, language } = useI18n();
  const me = useMe();
  const [params] = useSearchParams();
  const today = todayIso();
  const ageMonths = monthsBetween(person.birthDate, today);
  const choice = instrumentChoice(ageMonths);
  const scope = `new.${person.id}`;
  const key = draftKey(me.id, scope);
  // A draft in this tab (the page was reloaded mid-way) opens where it was left.
  const [started, setStarted] = useState<{ id: InstrumentId; fresh: boolean } | null>(() => {
    const draft = loadDraft(key, isAssessmentDraft);
    return draft && choice.eligible.some((d) => d.id === draft.instrument)
      ? { id: draft.instrument, fresh: false }
      : null;
  });
  const requested = params.get('instrument');
  const [selected, setSelected] = useState<string>(() => preselected(choice, requested) ?? '');
  const [unchosen, setUnchosen] = useState(false);
  const name = fullName(person);
  const title = t('assessment.new.title', { name });
  const definition = started ? instrumentById(started.id) : undefined;
  const consent = personConsentStatus(person.consents, person.birthDate, today, 'assessment');

  const start = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const id = preselected(choice, selected);
    if (id) setStarted({ id, fresh: true });
    else setUnchosen(true);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/persons/${person.id}`}>{name}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {consent !== 'valid' ? (
        <div className="notice notice-warn">
          <p>{t('assessment.new.noConsent')}</p>
          <p>
            <Link to={`/persons/${person.id}/consents/new`}>{t('consent.add')}</Link>
          </p>
        </div>
      ) : null}

      {definition && started ? (
        <>
          <p className="lead">{local(definition.title, language)}</p>
          {!started.fresh ? (
            <p>
              <Button
                className="button link"
                onPress={() => {
                  clearDraft(key);
                  setStarted(null);
                }}
              >
                {t('assessment.new.startAgain')}
              </Button>
            </p>
          ) : null}
          <AssessmentSession
            person={person}
            definition={definition}
            ageMonths={ageMonths}
            assessedOn={today}
            scope={scope}
            open="resume"
            focusOnMount={started.fresh}
          />
        </>
      ) : (
        <>
          {requested && !preselected(choice, requested) ? (
            <p className="notice notice-warn">{t('assessment.new.notForAge')}</p>
          ) : null}
          <p className="lead">{t('assessment.new.age', { years: Math.floor(ageMonths / 12) })}</p>
          {choice.eligible.length === 0 ? (
            <p className="notice notice-info">{t('assessment.new.noneForAge')}</p>
          ) : (
            <Form className="form" onSubmit={start}>
              <h2 id="choose-heading">{t('assessment.new.choose')}</h2>
              {unchosen && !selected ? (
                <p id="choose-error" className="field-error" role="alert">
                  {t('assessment.new.chooseFirst')}
                </p>
              ) : null}
              <RadioGroup
                id="instrument"
                className="field choice-group instrument-choice"
                value={selected || null}
                onChange={setSelected}
                aria-labelledby="choose-heading"
                aria-describedby={unchosen && !selected ? 'choose-error' : undefined}
              >
                <div className="answer-options">
                  {choice.eligible.map((d) => (
                    <Radio key={d.id} value={d.id} className="radio answer instrument-option">
                      <span className="radio-dot" aria-hidden="true" />
                      <span className="checkbox-label">
                        <span className="instrument-title">{local(d.title, language)}</span>
                        <span className="field-hint">{local(d.summary, language)}</span>
                      </span>
                    </Radio>
                  ))}
                </div>
              </RadioGroup>
              <div className="form-actions">
                <Button type="submit" className="button primary">
                  {t('assessment.new.start')}
                </Button>
                <Link to={`/persons/${person.id}`} className="button secondary">
                  {t('action.cancel')}
                </Link>
              </div>
            </Form>
          )}
          {choice.other.length > 0 ? (
            <section className="section" aria-labelledby="other-instruments">
              <h2 id="other-instruments">{t('assessment.new.otherAges')}</h2>
              <ul className="plain-list">
                {choice.other.map((d) => {
                  const ages = agesMessage(d);
                  return (
                    <li key={d.id}>
                      {local(d.title, language)}: {t(ages.key, ages.values)}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
