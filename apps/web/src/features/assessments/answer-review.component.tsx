import type { Answer, InstrumentDefinition, InstrumentItem } from '@birge/domain';
import type { Ref } from 'react';
import { Button } from 'react-aria-components';
import { useI18n } from '../../i18n/i18n-context.js';
import { answerLabel, answerRowId, local, sectionTitle } from './answer-text.js';

/** Items grouped by section, in the instrument's order (sections with no asked item are left out). */
export function bySection(
  definition: InstrumentDefinition,
  items: readonly InstrumentItem[],
): { section: string; items: InstrumentItem[] }[] {
  const groups: { section: string; items: InstrumentItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.section === item.section) last.items.push(item);
    else groups.push({ section: item.section, items: [item] });
  }
  return groups;
}

/**
 * The asked questions with their answers, by section. With `onChange`, every answer has a
 * "Change" button that goes back to its question; its name carries the question for screen readers.
 */
export function AnswerList({
  definition,
  items,
  answers,
  onChange,
  headingLevel = 3,
}: {
  definition: InstrumentDefinition;
  items: readonly InstrumentItem[];
  answers: Readonly<Record<string, Answer>>;
  onChange?: (item: string) => void;
  headingLevel?: 3 | 4;
}) {
  const { t, language } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const groups = bySection(definition, items);
  const showTitles = definition.sections.length > 1;
  return (
    <div className="answer-list">
      {groups.map((group, index) => (
        <div key={`${group.section}-${index}`} className="answer-section">
          {showTitles ? (
            <Heading className="answer-section-title">
              {sectionTitle(definition, group.section, language)}
            </Heading>
          ) : null}
          <dl className="answers">
            {group.items.map((item) => {
              const answer = answers[item.id];
              const question = local(item.text, language);
              return (
                <div
                  key={item.id}
                  id={onChange ? answerRowId(item.id) : undefined}
                  className="answer-row"
                >
                  <dt>{question}</dt>
                  <dd>
                    <span className={answer === undefined ? 'answer-none' : undefined}>
                      {answerLabel(definition, item, answer, language, t)}
                    </span>
                    {onChange ? (
                      <Button className="button link small" onPress={() => onChange(item.id)}>
                        {t('assessment.review.change')}
                        <span className="visually-hidden">: {question}</span>
                      </Button>
                    ) : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </div>
  );
}

/** The last step: every answer with a way back to it, and what saving will make of them. */
export function ReviewStep({
  definition,
  items,
  answers,
  unanswered,
  subject,
  onChange,
  headingRef,
}: {
  definition: InstrumentDefinition;
  items: readonly InstrumentItem[];
  answers: Readonly<Record<string, Answer>>;
  unanswered: number;
  subject?: string | undefined;
  onChange: (item: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useI18n();
  return (
    <div className="review">
      <h2 ref={headingRef} tabIndex={-1} className="question-heading">
        {subject ? (
          <span className="question-progress">
            <span className="question-subject">{subject}</span>
          </span>
        ) : null}
        <span className="question-text">{t('assessment.review.title')}</span>
      </h2>
      <p className={unanswered > 0 ? 'notice notice-warn' : 'notice notice-info'}>
        {unanswered > 0
          ? t('assessment.review.unanswered', { count: unanswered })
          : t('assessment.review.allAnswered')}
      </p>
      <AnswerList definition={definition} items={items} answers={answers} onChange={onChange} />
    </div>
  );
}
