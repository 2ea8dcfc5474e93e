import type { Task } from '@birge/domain';
import { Link } from 'react-router';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { taskLink, taskReason, taskText } from './task-words.js';

/** Tasks as cards: what to do and for whom (a link to the page where it is done), and when. */
export function TaskList({
  tasks,
  today,
  nameOf,
}: {
  tasks: readonly Task[];
  today: string;
  nameOf: (task: Task) => string;
}) {
  const { t, formatDate } = useI18n();
  return (
    <ul className="card-list task-list">
      {tasks.map((task) => {
        const reason = taskReason(task, t);
        return (
          <li key={task.id} className="card task-card">
            <p className="card-title">
              <Link to={taskLink(task)}>{taskText(task, nameOf(task), t)}</Link>
            </p>
            <p className="small">
              {task.overdue ? (
                <Badge tone="bad">{t('task.overdueSince', { date: formatDate(task.dueOn) })}</Badge>
              ) : task.dueOn === today ? (
                <Badge tone="warn">{t('task.today')}</Badge>
              ) : (
                <Badge tone="info">{t('task.dueOn', { date: formatDate(task.dueOn) })}</Badge>
              )}
              {reason ? <span className="muted"> {reason}</span> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
