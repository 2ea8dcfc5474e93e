import { todayIso, type Household } from '@birge/domain';
import { Link } from 'react-router';
import { useTasks } from '../../data/use-plans.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TaskList } from '../tasks/task-list.component.js';
import { useTaskNames } from '../tasks/use-task-names.js';
import { VisitList } from './visit-list.component.js';
import '../plans/plans.css';

/** The household page's follow-up: its open tasks, its visits and a way to record one. */
export function HouseholdVisits({
  household,
  canWrite,
}: {
  household: Household;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const tasks = useTasks(household.id);
  const list = tasks.data ?? [];
  const nameOf = useTaskNames(list);
  return (
    <div className="plans-area">
      {list.length > 0 ? (
        <section className="section" aria-labelledby="household-tasks-heading">
          <h2 id="household-tasks-heading">{t('task.household.title')}</h2>
          <TaskList tasks={list} today={todayIso()} nameOf={nameOf} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="visits-heading">
        <div className="section-head">
          <h2 id="visits-heading">{t('visit.list.heading')}</h2>
          {canWrite ? (
            <Link to={`/visits/new?householdId=${household.id}`} className="button secondary">
              {t('visit.new.action')}
            </Link>
          ) : null}
        </div>
        <VisitList household={household} canWrite={canWrite} />
      </section>
    </div>
  );
}
