import type { Task } from '@birge/domain';
import { usePeople } from '../../data/use-assessments.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Names of the people tasks are about, read through the repository (offline on a device). */
export function useTaskNames(tasks: readonly Task[]) {
  const { t } = useI18n();
  const ids = [...new Set(tasks.flatMap((task) => (task.personId ? [task.personId] : [])))];
  const people = usePeople(ids);
  return (task: Task) => {
    const person = people.find((p) => p.data?.id === task.personId)?.data;
    return person ? fullName(person) : t('task.someone');
  };
}
