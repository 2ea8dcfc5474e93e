import type { Plan, Visit } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { nextVisit } from './next-visit.js';

const HOUSEHOLD = '0193a000-0000-7000-8000-0000000000cc';

function plan(id: string, overrides: Partial<Plan> = {}): Plan {
  return {
    id,
    personId: '0193a000-0000-7000-8000-0000000000bb',
    householdId: HOUSEHOLD,
    status: 'active',
    startsOn: '2026-09-15',
    endsOn: '2027-03-14',
    goals: [],
    assignments: [],
    visitIntervalDays: 14,
    reviewIntervalDays: 60,
    gasWeighting: 'importance_difficulty',
    note: null,
    activatedOn: '2026-09-15',
    closedOn: null,
    createdBy: 'Worker',
    rev: 1,
    createdAt: '2026-09-15T08:00:00Z',
    updatedAt: '2026-09-15T08:00:00Z',
    ...overrides,
  };
}

function visit(planId: string, visitedOn: string, nextVisitOn: string | null): Visit {
  return {
    id: `0193a000-0000-7000-8000-${visitedOn.replaceAll('-', '').padStart(12, '0')}`,
    householdId: HOUSEHOLD,
    kind: 'home',
    visitedOn,
    personIds: [],
    planId,
    presentMemberIds: [],
    presentOthers: [],
    activityIds: [],
    assessmentIds: [],
    reviewIds: [],
    notes: null,
    nextVisitOn,
    recordedBy: 'Worker',
    rev: 1,
    createdAt: `${visitedOn}T09:00:00Z`,
    updatedAt: `${visitedOn}T09:00:00Z`,
  };
}

const A = '0193a000-0000-7000-8000-00000000000a';
const B = '0193a000-0000-7000-8000-00000000000b';

describe('the next visit the family waits for', () => {
  it('is the day agreed at the last visit', () => {
    const visits = [visit(A, '2026-11-10', '2026-11-24'), visit(A, '2026-11-18', '2026-12-01')];
    expect(nextVisit([plan(A)], visits, '2026-11-25')).toEqual({
      dueOn: '2026-12-01',
      kind: 'agreed',
      late: false,
    });
  });

  it('is reckoned from the plan’s interval when no day was agreed, and says when it is late', () => {
    const visits = [visit(A, '2026-11-01', null)];
    expect(nextVisit([plan(A)], visits, '2026-11-25')).toEqual({
      dueOn: '2026-11-15',
      kind: 'planned',
      late: true,
    });
  });

  it('is the soonest of the household’s active plans, and none without one', () => {
    const visits = [visit(A, '2026-11-18', '2026-12-01'), visit(B, '2026-11-20', '2026-11-27')];
    expect(nextVisit([plan(A), plan(B)], visits, '2026-11-25')?.dueOn).toBe('2026-11-27');
    expect(nextVisit([plan(A, { status: 'completed' })], visits, '2026-11-25')).toBeNull();
    expect(nextVisit([], visits, '2026-11-25')).toBeNull();
  });
});
