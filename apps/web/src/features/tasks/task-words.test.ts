import type { Task } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { splitByDue, taskLink } from './task-words.js';

const task = (over: Partial<Task>): Task => ({
  id: 'x',
  kind: 'visit_due',
  subject: { type: 'plan', id: 'p1' },
  householdId: 'h1',
  personId: 'c1',
  planId: 'p1',
  dueOn: '2026-11-25',
  overdue: false,
  reason: null,
  ...over,
});

describe('task words', () => {
  it('sends each task to the page where it is done', () => {
    expect(taskLink(task({}))).toBe('/visits/new?householdId=h1&planId=p1&personId=c1');
    expect(taskLink(task({ kind: 'review_due' }))).toBe('/plans/p1/reviews/new');
    expect(taskLink(task({ kind: 'rescreening_due', planId: null }))).toBe(
      '/persons/c1/assessments/new',
    );
    expect(taskLink(task({ kind: 'consent_expired', planId: null }))).toBe('/persons/c1');
    expect(
      taskLink(
        task({ kind: 'referral_overdue', subject: { type: 'referral', id: 'r1' }, planId: null }),
      ),
    ).toBe('/referrals/r1');
  });

  it('splits tasks into overdue, today and later', () => {
    const split = splitByDue(
      [
        task({ id: 'a', dueOn: '2026-11-20', overdue: true }),
        task({ id: 'b' }),
        task({ id: 'c', dueOn: '2026-12-01' }),
      ],
      '2026-11-25',
    );
    expect([split.overdue, split.today, split.later].map((l) => l.map((x) => x.id))).toEqual([
      ['a'],
      ['b'],
      ['c'],
    ]);
  });
});
