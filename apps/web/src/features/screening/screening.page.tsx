import {
  instrumentById,
  monthsBetween,
  todayIso,
  type Household,
  type InstrumentId,
  type Person,
} from '@birge/domain';
import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { usePeople } from '../../data/use-assessments.js';
import { useHousehold } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../assessments/draft-storage.js';
import type { FormEnv } from '../assessments/form-steps.js';
import { InstrumentForm } from '../assessments/instrument-form.component.js';
import { saveProblem, useSaveAssessment } from '../assessments/save-assessment.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { screeningPlan } from './screening-plan.js';
import { ScreeningPlanView } from './screening-plan.component.js';
import { ScreeningResults } from './screening-results.component.js';
import {
  answerCurrent,
  isScreeningDraft,
  memberSaved,
  memberSkipped,
  startScreening,
  type ScreeningDraft,
} from './screening-state.js';
import '../assessments/assessments.css';

/** `/households/:householdId/screening`: every member screened in one pass, then who needs what. */
export function ScreeningPage() {
  const { householdId = '' } = useParams();
  const household = useHousehold(householdId);
  const people = usePeople(household.data?.members.map((m) => m.id) ?? []);

  if (household.isPending) return <Loading />;
  if (household.isError) {
    if (isRepositoryError(household.error) && household.error.status === 404)
      return <NotFoundPage />;
    return <LoadError error={household.error} onRetry={() => void household.refetch()} />;
  }
  const failed = people.find((p) => p.isError);
  if (failed?.isError)
    return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  const persons = people.flatMap((p) => (p.data ? [p.data] : []));
  if (persons.length < household.data.members.length) return <Loading />;
  return <Screening household={household.data} persons={persons} />;
}

function Screening({ household, persons }: { household: Household; persons: Person[] }) {
  const { t, language } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { save, isPending } = useSaveAssessment();
  const key = draftKey(me.id, `screening.${household.id}`);
  const [today] = useState(todayIso);
  const byId = useMemo(() => new Map(persons.map((p) => [p.id, p])), [persons]);
  const [draft, setDraft] = useState<ScreeningDraft | null>(() => {
    const stored = loadDraft(key, isScreeningDraft);
    return stored?.householdId === household.id ? stored : null;
  });
  const [problem, setProblem] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const assessedOn = draft?.assessedOn ?? today;
  const plan = useMemo(() => screeningPlan(persons, assessedOn), [persons, assessedOn]);

  const envFor = useMemo(
    () =>
      (entry: { personId: string; instrument: InstrumentId }): FormEnv => {
        const definition = instrumentById(entry.instrument);
        const person = byId.get(entry.personId);
        if (!definition || !person) throw new Error('A screened member or instrument is missing');
        return { definition, context: { ageMonths: monthsBetween(person.birthDate, assessedOn) } };
      },
    [byId, assessedOn],
  );

  useEffect(() => {
    if (draft) saveDraft(key, draft);
  }, [key, draft]);

  const title = t('screening.title', { address: household.address });
  const heading = (
    <>
      <p className="breadcrumb">
        <Link to={`/households/${household.id}`}>
          {t('household.title', { address: household.address })}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
    </>
  );

  if (!draft)
    return (
      <>
        {heading}
        <ScreeningPlanView
          plan={plan}
          persons={byId}
          onStart={() => setDraft(startScreening(household.id, today, plan, envFor, uuidv7()))}
        />
      </>
    );

  if (draft.phase === 'results')
    return (
      <>
        {heading}
        <ScreeningResults
          draft={draft}
          plan={plan}
          persons={byId}
          onFinish={() => {
            clearDraft(key);
            void navigate(`/households/${household.id}`, {
              state: { flash: t('screening.finished', { count: Object.keys(draft.done).length }) },
            });
          }}
        />
      </>
    );

  const entry = draft.queue[draft.current];
  const person = entry ? byId.get(entry.personId) : undefined;
  if (!entry || !person) return <NotFoundPage />;
  const env = envFor(entry);
  const name = fullName(person);
  const last = draft.current === draft.queue.length - 1;

  const saveMember = () => {
    if (isPending) return;
    save({
      definition: env.definition,
      context: env.context,
      personId: person.id,
      assessedOn: draft.assessedOn,
      answers: draft.form.answers,
      note: '',
      saved: null,
      newId: draft.newId,
    }).then(
      (saved) => {
        setProblem([]);
        setDraft((d) =>
          d
            ? memberSaved(
                d,
                { id: saved.id, status: saved.status, positive: saved.positive },
                envFor,
                uuidv7(),
              )
            : d,
        );
      },
      (error: unknown) => {
        setProblem(saveProblem(error, t));
        setAttempt((n) => n + 1);
      },
    );
  };

  return (
    <>
      {heading}
      <p className="screening-member">
        {t('screening.member', { number: draft.current + 1, total: draft.queue.length, name })}
        {' · '}
        {env.definition.title[language]}
      </p>
      <ErrorSummary items={problem} attempt={attempt} />
      <InstrumentForm
        key={entry.personId}
        definition={env.definition}
        context={env.context}
        state={draft.form}
        dispatch={(action) => setDraft((d) => (d ? answerCurrent(d, envFor, action) : d))}
        subject={name}
        onSave={saveMember}
        saveLabel={last ? t('screening.saveAndResults') : t('screening.saveAndNext')}
        onSaveDraft={saveMember}
        saveDraftLabel={last ? t('screening.stopAndResults') : t('screening.stopAndNext')}
        saving={isPending}
        focusOnMount
      />
      <p>
        <Button
          className="button link"
          isDisabled={isPending}
          onPress={() => {
            setProblem([]);
            setDraft((d) => (d ? memberSkipped(d, envFor) : d));
          }}
        >
          {t('screening.skip', { name })}
        </Button>
      </p>
    </>
  );
}
