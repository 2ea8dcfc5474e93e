import { GAS_LEVELS, type PlanGoal, type PlanReview } from '@birge/domain';
import { Fact } from '../households/household-facts.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { elementNames, levelNumber, LEVEL_KEY, rating, responsibleWords } from './plan-words.js';

/**
 * A plan's goals, each with its five GAS levels written before the work (−2 … +2, the expected
 * outcome at 0), the baseline and the latest review's level marked in words — never by colour
 * alone — its weight (importance × difficulty), target date, CBR elements and who carries it.
 */
export function PlanGoals({
  goals,
  latest,
  memberName,
  weighted,
}: {
  goals: readonly PlanGoal[];
  latest: PlanReview | null;
  memberName: (id: string) => string;
  weighted: boolean;
}) {
  const { t, language, formatDate } = useI18n();
  if (goals.length === 0) return <p className="muted">{t('plan.goals.empty')}</p>;
  return (
    <ol className="card-list goal-list">
      {goals.map((goal, index) => {
        const reached = latest?.goals.find((g) => g.goalId === goal.id)?.level ?? null;
        return (
          <li key={goal.id} className="card goal-card">
            <h3 className="card-title">
              {t('plan.goals.numbered', { n: index + 1, title: goal.title })}
            </h3>
            <dl className="facts facts-grid">
              <Fact term={t('plan.goal.target')}>{formatDate(goal.targetDate)}</Fact>
              <Fact term={t('plan.goal.weight')}>
                {weighted
                  ? t('plan.goal.weightValue', {
                      weight: goal.weight,
                      importance: t(`gas.importance.${rating(goal.importance)}`),
                      difficulty: t(`gas.difficulty.${rating(goal.difficulty)}`),
                    })
                  : t('plan.goal.unweighted')}
              </Fact>
              <Fact term={t('plan.goal.elements')}>{elementNames(goal.cbrElements, language)}</Fact>
              <Fact term={t('plan.goal.responsible')}>
                {goal.responsible.map((r) => responsibleWords(r, memberName, t)).join('; ')}
              </Fact>
            </dl>
            <h4 className="goal-levels-title">{t('plan.goal.levels')}</h4>
            <ul className="gas-levels">
              {[...GAS_LEVELS].reverse().map(({ value, name }) => {
                const marks = [
                  value === goal.baseline ? t('plan.goal.baselineMark') : null,
                  value === reached ? t('plan.goal.reachedMark') : null,
                ].filter((m): m is string => m !== null);
                return (
                  <li key={name} className={`gas-level${marks.length ? ' gas-level-marked' : ''}`}>
                    <span className="gas-level-number">{levelNumber(value)}</span>
                    <span>
                      <strong>{t(LEVEL_KEY[name])}</strong>: {goal.levels[name]}
                      {marks.map((m) => (
                        <span key={m} className="gas-mark">
                          {' '}
                          ({m})
                        </span>
                      ))}
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
