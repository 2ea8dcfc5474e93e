import type { AnswerContext, InstrumentDefinition } from '@birge/domain';
import { visibleItems } from '@birge/domain';
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ReviewStep } from './answer-review.component.js';
import {
  canGoBack,
  formReducer,
  stepInfo,
  unansweredItems,
  type FormAction,
  type FormState,
} from './form-steps.js';
import { QuestionStep } from './question-step.component.js';
import './assessments.css';

const positionKey = (state: FormState) =>
  state.position.kind === 'item' ? `item:${state.position.item}` : 'review';

/**
 * The one form every instrument is filled in with: one question per screen, then a review of all
 * answers. The caller owns the state (so it can keep it across reloads and save it where it
 * belongs); this component only renders it and turns presses into actions.
 */
export function InstrumentForm({
  definition,
  context,
  state,
  dispatch,
  subject,
  onSave,
  saveLabel,
  onSaveDraft,
  saveDraftLabel,
  saving,
  focusOnMount = false,
  reviewExtra,
}: {
  definition: InstrumentDefinition;
  context: AnswerContext;
  state: FormState;
  dispatch: (action: FormAction) => void;
  subject?: string | undefined;
  /** The review step's main action. */
  onSave: () => void;
  saveLabel: string;
  /** Keep the answers so far as a draft and leave (offered on every question). */
  onSaveDraft?: (() => void) | undefined;
  saveDraftLabel?: string | undefined;
  saving: boolean;
  /** Move focus to the first question at once (the form replaced another view on the page). */
  focusOnMount?: boolean;
  /** Shown on the review step under the answers (a note field, errors). */
  reviewExtra?: ReactNode;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const env = { definition, context };
  const key = positionKey(state);
  const shown = useRef<string | null>(focusOnMount ? null : key);

  // Each new step announces itself: its heading (whose question, which one, the question) takes focus.
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    heading.current?.focus();
  }, [key]);

  const step = stepInfo(env, state);
  const asked = visibleItems(definition, state.answers, context);
  const unanswered = unansweredItems(env, state.answers).length;
  const nextIsReview = formReducer(env, state, { type: 'next' }).position.kind === 'review';

  return (
    <div className="instrument-form">
      {step ? (
        <QuestionStep
          key={step.item.id}
          definition={definition}
          item={step.item}
          number={step.number}
          total={step.total}
          subject={subject}
          answer={state.answers[step.item.id]}
          onAnswer={(answer) => dispatch({ type: 'answer', item: step.item.id, answer })}
          headingRef={heading}
        />
      ) : (
        <>
          <ReviewStep
            definition={definition}
            items={asked}
            answers={state.answers}
            unanswered={unanswered}
            subject={subject}
            onChange={(item) => dispatch({ type: 'change', item })}
            headingRef={heading}
          />
          {reviewExtra}
        </>
      )}

      <div className="form-actions question-actions">
        {step ? (
          <Button className="button primary" onPress={() => dispatch({ type: 'next' })}>
            {nextIsReview ? t('assessment.form.toReview') : t('action.next')}
          </Button>
        ) : (
          <BusyButton busy={saving} busyLabel={t('status.saving')} onPress={onSave}>
            {saveLabel}
          </BusyButton>
        )}
        {canGoBack(env, state) ? (
          <Button
            className="button secondary"
            onPress={() => dispatch({ type: 'back' })}
            isDisabled={saving}
          >
            {t('action.back')}
          </Button>
        ) : null}
        {step && onSaveDraft ? (
          <BusyButton
            className="button link"
            busy={saving}
            busyLabel={t('status.saving')}
            onPress={onSaveDraft}
          >
            {saveDraftLabel ?? t('assessment.form.saveDraft')}
          </BusyButton>
        ) : null}
      </div>
    </div>
  );
}
