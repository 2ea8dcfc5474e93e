import type { Activity } from '@birge/domain';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useI18n } from '../../../i18n/i18n-context.js';
import { Fact } from '../../households/household-facts.component.js';
import { frequencyWords } from '../plan-words.js';
import type { DraftProblem, ProblemTarget } from './draft-problems.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * Step 4: the plan as it will be saved, and every problem the rules find, each with a button to
 * the step that fixes it. Nothing is saved while a problem is listed.
 */
export function ReviewStep({
  draft,
  activities,
  memberName,
  problems,
  attempt,
  onFix,
}: {
  draft: PlanDraft;
  activities: readonly Activity[];
  memberName: (id: string) => string;
  problems: readonly DraftProblem[];
  /** Changes with every press of a save button, so the list takes focus again. */
  attempt: number;
  onFix: (target: ProblemTarget) => void;
}) {
  const { t, language, formatDate } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const visible = problems.length > 0;
  useEffect(() => {
    if (visible && attempt > 0) list.current?.focus();
  }, [visible, attempt]);
  return (
    <>
      {problems.length > 0 ? (
        <div
          ref={list}
          tabIndex={-1}
          className="error-summary"
          role="group"
          aria-labelledby="draft-problems"
        >
          <h3 id="draft-problems" className="error-summary-title">
            {t('form.errorSummary')}
          </h3>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.message}-${i}`}>
                {p.message}{' '}
                <Button className="button link" onPress={() => onFix(p.target)}>
                  {t('plan.builder.fix')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="facts">
        <Fact term={t('plan.builder.period')}>
          {t('plan.period', { from: formatDate(draft.startsOn), to: formatDate(draft.endsOn) })}
        </Fact>
        <Fact term={t('plan.details.weighting')}>{t(`plan.weighting.${draft.gasWeighting}`)}</Fact>
      </dl>
      <h3>{t('plan.goals.title')}</h3>
      {draft.goals.length ? (
        <ol>
          {draft.goals.map((g) => (
            <li key={g.id}>
              {g.title} — <span className="muted">{g.levels.expected}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('plan.goals.empty')}</p>
      )}
      <h3>{t('plan.programme.title')}</h3>
      {draft.assignments.length ? (
        <ul>
          {draft.assignments.map((a) => (
            <li key={a.id}>
              {activities.find((c) => c.id === a.activityId)?.title[language] ?? a.activityId}:{' '}
              {t('plan.programme.who', {
                name: memberName(a.personId),
                frequency: frequencyWords(a.frequency, t),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('plan.programme.empty')}</p>
      )}
    </>
  );
}
