import { Button } from 'react-aria-components';
import { useI18n } from '../../../i18n/i18n-context.js';
import { elementNames, levelNumber } from '../plan-words.js';
import type { GoalSuggestion } from './goal-suggestions.js';
import type { GoalDraft } from './plan-draft.js';

/**
 * Step 2: the plan's goals, and goals suggested by the person's assessments (development
 * checklist targets, home adaptations) to start one from.
 */
export function GoalsStep({
  goals,
  suggestions,
  onAdd,
  onEdit,
  onRemove,
}: {
  goals: readonly GoalDraft[];
  suggestions: readonly GoalSuggestion[];
  onAdd: (from?: GoalSuggestion) => void;
  onEdit: (goalId: string) => void;
  onRemove: (goalId: string) => void;
}) {
  const { t, language } = useI18n();
  return (
    <>
      {goals.length === 0 ? (
        <p className="muted">{t('plan.goals.empty')}</p>
      ) : (
        <ol className="card-list">
          {goals.map((goal, index) => (
            <li key={goal.id} className="card">
              <h3 className="card-title">
                {t('plan.goals.numbered', { n: index + 1, title: goal.title })}
              </h3>
              <p className="small">
                {elementNames(goal.cbrElements, language)} ·{' '}
                {t('plan.builder.goalExpected', {
                  baseline: levelNumber(goal.baseline),
                  expected: goal.levels.expected,
                })}
              </p>
              <div className="section-actions">
                <Button
                  className="button secondary"
                  onPress={() => onEdit(goal.id)}
                  aria-label={t('plan.builder.editGoal', { title: goal.title })}
                >
                  {t('action.edit')}
                </Button>
                <Button
                  className="button link"
                  onPress={() => onRemove(goal.id)}
                  aria-label={t('plan.builder.removeGoal', { title: goal.title })}
                >
                  {t('plan.builder.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Button
          className={goals.length === 0 ? 'button primary' : 'button secondary'}
          onPress={() => onAdd()}
        >
          <span aria-hidden="true">+ </span>
          {t('plan.builder.addGoal')}
        </Button>
      </p>
      {suggestions.length > 0 ? (
        <section className="section" aria-labelledby="suggestions-heading">
          <h3 id="suggestions-heading">{t('plan.builder.suggestions')}</h3>
          <p className="field-hint">{t('plan.builder.suggestionsHint')}</p>
          <ul className="card-list">
            {suggestions.map((s) => (
              <li key={s.key} className="card suggestion">
                <p className="card-title">{s.title}</p>
                {s.detail ? <p className="small muted">{s.detail}</p> : null}
                <Button
                  className="button secondary"
                  onPress={() => onAdd(s)}
                  aria-label={t('plan.builder.useSuggestion', { title: s.title })}
                >
                  {t('plan.builder.useSuggestionShort')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
