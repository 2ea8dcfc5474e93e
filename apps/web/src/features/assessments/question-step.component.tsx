import {
  MISSING_ANSWERS,
  type Answer,
  type InstrumentDefinition,
  type InstrumentItem,
} from '@birge/domain';
import { useId, type Ref } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  answerFromKey,
  answerKey,
  local,
  MISSING_LABEL,
  scaleOf,
  sectionTitle,
} from './answer-text.js';

/**
 * One question on its own screen. The heading says whose question it is, where the worker is
 * ("Question 3 of 12") and the question itself, and takes focus on every step, so a screen reader
 * reads all three; the answers are a radio group named by the question. "Don't know" and
 * "Refused" come last, set apart and quieter: they are answers, scored as missing.
 */
export function QuestionStep({
  definition,
  item,
  number,
  total,
  subject,
  answer,
  onAnswer,
  headingRef,
}: {
  definition: InstrumentDefinition;
  item: InstrumentItem;
  number: number;
  total: number;
  /** Whose question this is (the member's name in household screening). */
  subject?: string | undefined;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, language } = useI18n();
  const textId = useId();
  const hintId = useId();
  const scale = scaleOf(definition, item);
  const progress = t('assessment.form.progress', { number, total });

  return (
    <div className="question">
      <h2 ref={headingRef} tabIndex={-1} className="question-heading">
        <span className="question-progress">
          {subject ? <span className="question-subject">{subject}</span> : null}
          <span>{progress}</span>
          <span className="question-section">
            {sectionTitle(definition, item.section, language)}
          </span>
        </span>
        <span id={textId} className="question-text">
          {local(item.text, language)}
        </span>
      </h2>
      {item.hint ? (
        <p id={hintId} className="field-hint">
          {local(item.hint, language)}
        </p>
      ) : null}
      <RadioGroup
        className="answer-group"
        aria-labelledby={textId}
        aria-describedby={item.hint ? hintId : undefined}
        value={answer === undefined ? null : answerKey(answer)}
        onChange={(key) => {
          const next = answerFromKey(scale, key);
          if (next !== undefined) onAnswer(next);
        }}
      >
        <div className="answer-options">
          {scale.options.map((option) => (
            <Radio
              key={answerKey(option.code)}
              value={answerKey(option.code)}
              className="radio answer"
            >
              <span className="radio-dot" aria-hidden="true" />
              <span className="checkbox-label">{local(option.label, language)}</span>
            </Radio>
          ))}
        </div>
        <div className="answer-options answer-options-missing">
          {MISSING_ANSWERS.map((missing) => (
            <Radio key={missing} value={answerKey(missing)} className="radio answer answer-missing">
              <span className="radio-dot" aria-hidden="true" />
              <span className="checkbox-label">{t(MISSING_LABEL[missing])}</span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
    </div>
  );
}
