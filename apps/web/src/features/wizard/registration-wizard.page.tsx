import { todayIso } from '@birge/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.component.js';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { problemMessage } from '../../components/query-state.component.js';
import type { DuplicateCandidate } from '../../data/repository-error.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fullName } from '../../i18n/format.js';
import { DuplicateDialog } from '../person-form/duplicate-dialog.component.js';
import { HouseholdFields } from '../person-form/household-fields.form.js';
import { StepConsent } from './step-consent.form.js';
import { StepMembers } from './step-members.form.js';
import { StepReview } from './step-review.component.js';
import { useSubmitRegistration } from './use-submit-registration.js';
import { newId, useWizard } from './use-wizard.js';
import {
  hasErrors,
  newWizardState,
  noErrors,
  STEPS,
  wizardReducer,
  type StepNumber,
  type WizardState,
} from './wizard-state.js';
import { clearWizardDraft } from './wizard-storage.js';
import { HOUSEHOLD_PREFIX, wizardSummary } from './wizard-summary.js';
import { validateStep } from './validate-wizard.js';
import { BusyButton } from '../../components/busy-button.component.js';

const STEP_NAME = {
  household: 'wizard.stepHousehold',
  members: 'wizard.stepMembers',
  consent: 'wizard.stepConsent',
  review: 'wizard.stepReview',
} as const;

export function RegistrationWizardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { state, dispatch, restored } = useWizard();
  const submit = useSubmitRegistration(dispatch);
  const [duplicate, setDuplicate] = useState<{
    key: string;
    candidates: DuplicateCandidate[];
  } | null>(null);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const seen = useRef({ step: state.step, attempt: state.attempt });

  // A new step announces itself; a failed attempt leaves focus to the error summary.
  useEffect(() => {
    const before = seen.current;
    seen.current = { step: state.step, attempt: state.attempt };
    if (before.step !== state.step && before.attempt === state.attempt)
      stepHeading.current?.focus();
  }, [state.step, state.attempt]);

  const stepName = t(STEP_NAME[STEPS[state.step - 1] ?? 'household']);

  const send = (current: WizardState) =>
    submit.mutate(current, {
      onSuccess: (outcome) => {
        if (outcome.kind === 'done') {
          clearWizardDraft();
          void navigate(`/households/${outcome.householdId}`, {
            state: { flash: t('wizard.done', { count: outcome.members }) },
          });
        } else if (outcome.kind === 'invalid') {
          dispatch({ type: 'invalid', step: outcome.step, errors: outcome.errors });
        } else {
          setDuplicate({ key: outcome.key, candidates: outcome.candidates });
        }
      },
      onError: (error) =>
        dispatch({
          type: 'invalid',
          step: 4,
          errors: { ...noErrors(), general: problemMessage(error, t) },
        }),
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    const today = todayIso();
    const errors = validateStep(state, state.step, t, today);
    if (hasErrors(errors)) {
      dispatch({ type: 'invalid', step: state.step, errors });
      return;
    }
    if (state.step < 4) dispatch({ type: 'goTo', step: (state.step + 1) as StepNumber });
    else send(state);
  };

  const confirmDifferent = () => {
    if (!duplicate) return;
    const action = { type: 'confirmNotDuplicate', key: duplicate.key } as const;
    dispatch(action);
    setDuplicate(null);
    send(wizardReducer(state, action));
  };

  const restart = () => {
    clearWizardDraft();
    dispatch({ type: 'reset', state: newWizardState(newId, todayIso()) });
    setConfirmRestart(false);
  };

  const duplicateMember = state.members.find((m) => m.key === duplicate?.key);
  const existing = state.errors.existing;

  return (
    <>
      <PageHeading title={t('wizard.title')}>{t('wizard.title')}</PageHeading>
      {restored && state.attempt === 0 ? (
        <div className="notice notice-info">
          <p>{t('wizard.restored')}</p>
        </div>
      ) : null}

      <ol className="steps" aria-label={t('wizard.progress')}>
        {STEPS.map((step, index) => {
          const number = index + 1;
          const status = number < state.step ? 'done' : number === state.step ? 'current' : 'todo';
          return (
            <li
              key={step}
              className={`step step-${status}`}
              aria-current={status === 'current' ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {number < state.step ? '✓' : number}
              </span>
              <span className="step-name">{t(STEP_NAME[step])}</span>
            </li>
          );
        })}
      </ol>

      <h2 ref={stepHeading} tabIndex={-1} className="step-title">
        {t('wizard.step', { current: state.step, total: STEPS.length, name: stepName })}
      </h2>

      <ErrorSummary items={wizardSummary(state, state.step, t)} attempt={state.attempt} />
      {existing ? (
        <p className="notice notice-warn">
          {t('person.duplicateIin')}{' '}
          <Link to={`/persons/${existing.personId}`}>{t('person.openExisting')}</Link>
        </p>
      ) : null}

      <Form className="form wizard-form" onSubmit={onSubmit} validationBehavior="aria">
        {state.step === 1 ? (
          <div className="card">
            <HouseholdFields
              draft={state.household}
              onChange={(draft) => dispatch({ type: 'household', draft })}
              errors={state.errors.household}
              idPrefix={HOUSEHOLD_PREFIX}
            />
          </div>
        ) : null}
        {state.step === 2 ? <StepMembers state={state} dispatch={dispatch} /> : null}
        {state.step === 3 ? <StepConsent state={state} dispatch={dispatch} /> : null}
        {state.step === 4 ? (
          <StepReview state={state} onEdit={(step) => dispatch({ type: 'goTo', step })} />
        ) : null}

        <div className="form-actions wizard-actions">
          {state.step < 4 ? (
            <Button type="submit" className="button primary">
              {t('action.next')}
            </Button>
          ) : (
            <BusyButton type="submit" busy={submit.isPending} busyLabel={t('status.saving')}>
              {t('wizard.submit')}
            </BusyButton>
          )}
          {state.step > 1 ? (
            <Button
              className="button secondary"
              onPress={() => dispatch({ type: 'goTo', step: (state.step - 1) as StepNumber })}
              isDisabled={submit.isPending}
            >
              {t('action.back')}
            </Button>
          ) : null}
          <Button
            className="button link"
            onPress={() => setConfirmRestart(true)}
            isDisabled={submit.isPending}
          >
            {t('wizard.startOver')}
          </Button>
        </div>
      </Form>

      <DuplicateDialog
        candidates={duplicate ? duplicate.candidates : null}
        personName={duplicateMember ? fullName(duplicateMember.person) : ''}
        onConfirm={confirmDifferent}
        onCancel={() => setDuplicate(null)}
      />
      <ConfirmDialog
        isOpen={confirmRestart}
        onOpenChange={setConfirmRestart}
        title={t('wizard.startOver')}
      >
        <p>{t('wizard.startOverConfirm')}</p>
        <div className="dialog-actions">
          <Button className="button danger" onPress={restart}>
            {t('wizard.startOver')}
          </Button>
          <Button className="button secondary" onPress={() => setConfirmRestart(false)}>
            {t('action.cancel')}
          </Button>
        </div>
      </ConfirmDialog>
    </>
  );
}
