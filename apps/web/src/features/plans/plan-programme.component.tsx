import type { Activity, Plan, WeekAdherence } from '@birge/domain';
import { useId } from 'react';
import { Fact } from '../households/household-facts.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TableRegion } from '../supervision/table-region.component.js';
import { Pictogram } from './pictogram.component.js';
import { decimal, frequencyWords } from './plan-words.js';

/** Weeks of adherence shown per activity, newest first. */
const WEEKS_SHOWN = 8;

/**
 * The home programme: each activity with its pictogram, the family member who does it and how
 * often, and its practice week by week — sessions logged against sessions asked, in numbers and
 * words (a table, so nothing depends on a colour or a bar).
 */
export function PlanProgramme({
  plan,
  activities,
  adherence,
  memberName,
}: {
  plan: Plan;
  activities: readonly Activity[];
  adherence: readonly WeekAdherence[] | null;
  memberName: (id: string) => string;
}) {
  const { t, language, formatDate } = useI18n();
  if (plan.assignments.length === 0) return <p className="muted">{t('plan.programme.empty')}</p>;
  return (
    <ul className="card-list programme-list">
      {plan.assignments.map((a) => {
        const card = activities.find((c) => c.id === a.activityId);
        const title = card?.title[language] ?? a.activityId;
        const goal = plan.goals.find((g) => g.id === a.goalId);
        const weeks = (adherence ?? [])
          .filter((w) => w.assignmentId === a.id)
          .slice(-WEEKS_SHOWN)
          .reverse();
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
              </div>
            </div>
            <dl className="facts facts-grid">
              <Fact term={t('plan.programme.dates')}>
                {t('plan.period', { from: formatDate(a.startsOn), to: formatDate(a.endsOn) })}
              </Fact>
              <Fact term={t('plan.programme.goal')}>{goal?.title}</Fact>
              <Fact term={t('plan.programme.note')}>{a.note}</Fact>
            </dl>
            {adherence ? <AdherenceTable title={title} weeks={weeks} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

function AdherenceTable({ title, weeks }: { title: string; weeks: readonly WeekAdherence[] }) {
  const { t, language, formatDate } = useI18n();
  const captionId = useId();
  if (weeks.length === 0) return <p className="muted">{t('plan.adherence.none')}</p>;
  const number = (n: number) => (Number.isInteger(n) ? String(n) : decimal(n, language, 1));
  return (
    <TableRegion captionId={captionId}>
      <table className="plan-table">
        <caption id={captionId}>
          {t('plan.adherence.title')}
          <span className="visually-hidden">: {title}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.adherence.week')}</th>
            <th scope="col">{t('plan.adherence.sessions')}</th>
            <th scope="col">{t('plan.adherence.share')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{formatDate(w.weekStart)}</th>
              <td>
                {t('plan.adherence.sessionsValue', {
                  sessions: number(w.sessions),
                  expected: number(w.expected),
                })}
                <span className="small muted">
                  {' '}
                  {t('plan.adherence.results', {
                    done: w.done,
                    partly: w.partly,
                    notToday: w.notToday,
                  })}
                </span>
              </td>
              <td>
                {w.adherence === null
                  ? t('plan.adherence.nothingAsked')
                  : t('plan.adherence.percent', { percent: Math.round(w.adherence * 100) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
