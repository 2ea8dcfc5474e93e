import type { OverdueWorker } from '@birge/domain';

/** Workers with the most overdue tasks first; equal counts by name in the reader's language. */
export function sortByOverdue(items: readonly OverdueWorker[], language: string): OverdueWorker[] {
  const collator = new Intl.Collator(language);
  return [...items].sort(
    (a, b) => b.overdue - a.overdue || collator.compare(a.worker.name, b.worker.name),
  );
}
