import { todayIso } from '@birge/domain';
import { Link } from 'react-router';
import { LoadError } from '../../components/query-state.component.js';
import { useTasks } from '../../data/use-plans.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TaskList } from './task-list.component.js';
import { splitByDue } from './task-words.js';
import { useTaskNames } from './use-task-names.js';
import '../plans/plans.css';

/** At most this many tasks on the household list; the rest are on /tasks. */
const SHOWN = 5;

/**
 * The worker's overdue and today's follow-ups above the household list, computed on the device
 * (the domain's task rules), with a link to every task.
 */
export function TasksPanel() {
  const { t } = useI18n();
  const tasks = useTasks();
  const today = todayIso();
  const split = splitByDue(tasks.data ?? [], today);
  const urgent = [...split.overdue, ...split.today];
  const nameOf = useTaskNames(urgent.slice(0, SHOWN));
  if (tasks.isError) return <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (!tasks.isSuccess) return null;
  return (
    <section className="section tasks-panel plans-area" aria-labelledby="tasks-heading">
      <div className="section-head">
        <h2 id="tasks-heading">{t('task.panel.title')}</h2>
        <Link to="/tasks" className="button link">
          {t('task.panel.all', { count: tasks.data.length })}
        </Link>
      </div>
      {urgent.length === 0 ? (
        <p className="muted">{t('task.panel.nothingUrgent', { later: split.later.length })}</p>
      ) : (
        <>
          <p>
            {t('task.panel.summary', { overdue: split.overdue.length, today: split.today.length })}
          </p>
          <TaskList tasks={urgent.slice(0, SHOWN)} today={today} nameOf={nameOf} />
        </>
      )}
    </section>
  );
}
