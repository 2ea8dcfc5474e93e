import type { Assessment, InstrumentDefinition, Person } from '@birge/domain';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  clearDraft,
  draftKey,
  isAssessmentDraft,
  loadDraft,
  saveDraft,
  type AssessmentDraft,
} from './draft-storage.js';
import { formReducer, startState, type FormAction, type FormEnv } from './form-steps.js';
import { InstrumentForm } from './instrument-form.component.js';
import { needsConsent, saveProblem, useSaveAssessment } from './save-assessment.js';

export interface SessionProps {
  person: Person;
  definition: InstrumentDefinition;
  /** The person's age in months on `assessedOn` (skip rules by age use it). */
  ageMonths: number;
  assessedOn: string;
  /** Corrections or the continuation of a saved assessment. */
  existing?: Assessment | undefined;
  /** What the draft in this tab belongs to: `new.<personId>` or `edit.<assessmentId>`. */
  scope: string;
  open: 'first' | 'resume' | 'review';
  focusOnMount?: boolean;
}

/**
 * Filling in one assessment: the form, its draft kept in this tab after every answer, and the
 * save (create, or update with the revision) that ends on the result page.
 */
export function AssessmentSession({
  person,
  definition,
  ageMonths,
  assessedOn,
  existing,
  scope,
  open,
  focusOnMount = false,
}: SessionProps) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { save, isPending } = useSaveAssessment();
  const key = draftKey(me.id, scope);
  const env = useMemo<FormEnv>(
    () => ({ definition, context: { ageMonths } }),
    [definition, ageMonths],
  );

  const [initial] = useState(() => {
    const stored = loadDraft(key, isAssessmentDraft);
    if (stored && stored.instrument === definition.id && stored.saved?.id === existing?.id)
      return { draft: stored, restored: true };
    const fresh: AssessmentDraft = {
      version: 1,
      instrument: definition.id,
      form: startState(env, existing?.answers ?? {}, open),
      note: existing?.note ?? '',
      saved: existing ? { id: existing.id, rev: existing.rev } : null,
      newId: uuidv7(),
    };
    return { draft: fresh, restored: false };
  });
  const [draft, setDraft] = useState(initial.draft);
  const [problem, setProblem] = useState<{ items: SummaryItem[]; consent: boolean } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => saveDraft(key, draft), [key, draft]);

  const dispatch = (action: FormAction) =>
    setDraft((d) => ({ ...d, form: formReducer(env, d.form, action) }));

  const submit = () => {
    if (isPending) return;
    save({
      definition,
      context: env.context,
      personId: person.id,
      assessedOn,
      answers: draft.form.answers,
      note: draft.note,
      saved: draft.saved,
      newId: draft.newId,
    }).then(
      (saved) => {
        clearDraft(key);
        const flash =
          saved.status === 'complete' ? t('assessment.saved') : t('assessment.savedDraft');
        void navigate(`/assessments/${saved.id}`, { state: { flash } });
      },
      (error: unknown) => {
        setProblem({ items: saveProblem(error, t), consent: needsConsent(error) });
        setAttempt((n) => n + 1);
      },
    );
  };

  return (
    <>
      {initial.restored && attempt === 0 ? (
        <p className="notice notice-info">{t('assessment.form.restored')}</p>
      ) : null}
      <ErrorSummary items={problem?.items ?? []} attempt={attempt} />
      {problem?.consent ? (
        <p className="notice notice-warn">
          <Link to={`/persons/${person.id}/consents/new`}>{t('consent.add')}</Link>
        </p>
      ) : null}
      <InstrumentForm
        definition={definition}
        context={env.context}
        state={draft.form}
        dispatch={dispatch}
        onSave={submit}
        saveLabel={t('assessment.form.save')}
        onSaveDraft={submit}
        saving={isPending}
        focusOnMount={focusOnMount}
        reviewExtra={
          <div className="card">
            <TextInput
              id="assessment-note"
              label={t('assessment.note')}
              description={t('assessment.noteHint')}
              value={draft.note}
              onChange={(note) => setDraft((d) => ({ ...d, note }))}
              multiline
              maxLength={2000}
            />
          </div>
        }
      />
    </>
  );
}
