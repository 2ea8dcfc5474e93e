import type { Activity } from '@birge/domain';
import { Button } from 'react-aria-components';
import { useI18n } from '../../../i18n/i18n-context.js';
import { Pictogram } from '../pictogram.component.js';
import { frequencyWords } from '../plan-words.js';
import type { AssignmentDraft, GoalDraft } from './plan-draft.js';

/** Step 3: the home programme — activities from the library, each with a family member. */
export function ActivitiesStep({
  assignments,
  goals,
  activities,
  memberName,
  onAdd,
  onEdit,
  onRemove,
}: {
  assignments: readonly AssignmentDraft[];
  goals: readonly GoalDraft[];
  activities: readonly Activity[];
  memberName: (id: string) => string;
  onAdd: () => void;
  onEdit: (assignmentId: string) => void;
  onRemove: (assignmentId: string) => void;
}) {
  const { t, language } = useI18n();
  return (
    <>
      {assignments.length === 0 ? (
        <p className="muted">{t('plan.programme.empty')}</p>
      ) : (
        <ul className="card-list">
          {assignments.map((a) => {
            const card = activities.find((c) => c.id === a.activityId);
            const title = card?.title[language] ?? a.activityId;
            const goal = goals.find((g) => g.id === a.goalId);
            return (
              <li key={a.id} className="card activity-card">
                <div className="activity-head">
                  {card ? <Pictogram id={card.pictogram} /> : null}
                  <div>
                    <h3 className="card-title">{title}</h3>
                    <p className="activity-who">
                      {t('plan.programme.who', {
                        name: memberName(a.personId),
                        frequency: frequencyWords(a.frequency, t),
                      })}
                    </p>
                    {goal ? (
                      <p className="small muted">
                        {t('plan.builder.forGoal', { goal: goal.title })}
                      </p>
                    ) : null}
                  </div>
                </div>
                <div className="section-actions">
                  <Button
                    className="button secondary"
                    onPress={() => onEdit(a.id)}
                    aria-label={t('plan.builder.editActivity', { title })}
                  >
                    {t('action.edit')}
                  </Button>
                  <Button
                    className="button link"
                    onPress={() => onRemove(a.id)}
                    aria-label={t('plan.builder.removeActivity', { title })}
                  >
                    {t('plan.builder.remove')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Button
          className={assignments.length === 0 ? 'button primary' : 'button secondary'}
          onPress={onAdd}
        >
          <span aria-hidden="true">+ </span>
          {t('plan.builder.addActivity')}
        </Button>
      </p>
    </>
  );
}
