import { TASK_KINDS, type OverdueWorker } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { sortByOverdue } from './overdue-order.js';

function worker(name: string, overdue: number): OverdueWorker {
  const byKind = Object.fromEntries(TASK_KINDS.map((kind) => [kind, 0])) as OverdueWorker['byKind'];
  return {
    worker: { id: name, name, username: name, role: 'worker' },
    households: 1,
    overdue,
    byKind: { ...byKind, visit_due: overdue },
  };
}

describe('sortByOverdue', () => {
  it('puts the most overdue first and equal counts in alphabetical order', () => {
    const sorted = sortByOverdue(
      [worker('Ерлан', 0), worker('Әсел', 2), worker('Бауыржан', 5), worker('Айгүл', 2)],
      'kk',
    );
    expect(sorted.map((w) => w.worker.name)).toEqual(['Бауыржан', 'Айгүл', 'Әсел', 'Ерлан']);
  });

  it('leaves the list it was given as it was', () => {
    const items = [worker('Б', 0), worker('А', 1)];
    sortByOverdue(items, 'ru');
    expect(items.map((w) => w.worker.name)).toEqual(['Б', 'А']);
  });
});
