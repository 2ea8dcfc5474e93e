import type { Task, TaskKind, Translate } from '@birge/domain';

/** What a task asks, in words, and where the worker goes to do it. */

const KIND_KEY = {
  visit_due: 'task.kind.visit_due',
  review_due: 'task.kind.review_due',
  rescreening_due: 'task.kind.rescreening_due',
  consent_expiring: 'task.kind.consent_expiring',
  consent_expired: 'task.kind.consent_expired',
  practice_missing: 'task.kind.practice_missing',
  referral_overdue: 'task.kind.referral_overdue',
} as const satisfies Record<TaskKind, string>;

/** "Visit due: Alikhan Seitkaliyev" */
export function taskText(task: Task, name: string, t: Translate): string {
  return t('task.forPerson', { task: t(KIND_KEY[task.kind]), name });
}

export function taskReason(task: Task, t: Translate): string | null {
  return task.reason ? t(`task.reason.${task.reason}`) : null;
}

/** The page where the task is done. */
export function taskLink(task: Task): string {
  const person = task.personId ? `/persons/${task.personId}` : `/households/${task.householdId}`;
  switch (task.kind) {
    case 'visit_due': {
      const query = new URLSearchParams({ householdId: task.householdId });
      if (task.planId) query.set('planId', task.planId);
      if (task.personId) query.set('personId', task.personId);
      return `/visits/new?${query.toString()}`;
    }
    case 'review_due':
      return task.planId ? `/plans/${task.planId}/reviews/new` : person;
    case 'practice_missing':
      return task.planId ? `/plans/${task.planId}` : person;
    case 'rescreening_due':
      return task.personId ? `/persons/${task.personId}/assessments/new` : person;
    case 'referral_overdue':
      return task.subject.type === 'referral' ? `/referrals/${task.subject.id}` : person;
    case 'consent_expiring':
    case 'consent_expired':
      return person;
  }
}

/** Tasks a list shows first: overdue, then due today; the rest come later. */
export function splitByDue(tasks: readonly Task[], today: string) {
  return {
    overdue: tasks.filter((task) => task.overdue),
    today: tasks.filter((task) => !task.overdue && task.dueOn === today),
    later: tasks.filter((task) => !task.overdue && task.dueOn > today),
  };
}
