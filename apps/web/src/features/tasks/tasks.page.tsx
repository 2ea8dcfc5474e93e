import { todayIso, type Task } from '@birge/domain';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useTasks } from '../../data/use-plans.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TaskList } from './task-list.component.js';
import { splitByDue } from './task-words.js';
import { useTaskNames } from './use-task-names.js';
import '../plans/plans.css';

/** `/tasks`: every follow-up of the caseload — overdue, today, the next two weeks. */
export function TasksPage() {
  const { t } = useI18n();
  const tasks = useTasks();
  const today = todayIso();
  const nameOf = useTaskNames(tasks.data ?? []);
  const title = t('task.page.title');
  const split = splitByDue(tasks.data ?? [], today);
  const group = (id: string, heading: string, list: readonly Task[]) =>
    list.length > 0 ? (
      <section className="section" aria-labelledby={id}>
        <h2 id={id}>
          {heading} <span className="muted">({list.length})</span>
        </h2>
        <TaskList tasks={list} today={today} nameOf={nameOf} />
      </section>
    ) : null;
  return (
    <div className="plans-area">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('task.page.lead')}</p>
      {tasks.isPending ? <Loading /> : null}
      {tasks.isError ? (
        <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : null}
      {tasks.isSuccess && tasks.data.length === 0 ? (
        <p className="empty-state">{t('task.page.empty')}</p>
      ) : null}
      {group('tasks-overdue', t('task.group.overdue'), split.overdue)}
      {group('tasks-today', t('task.group.today'), split.today)}
      {group('tasks-later', t('task.group.later'), split.later)}
    </div>
  );
}
