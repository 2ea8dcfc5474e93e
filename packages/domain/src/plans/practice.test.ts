import { describe, expect, it } from 'vitest';
import { planAdherence, weeklyAdherence, type PracticeFact } from './adherence.js';
import type { ActivityAssignment } from './assignment.schema.js';
import { addDays, daysBetween, isoWeek, isoWeekday, weekStart } from './dates.js';
import { practiceIssues } from './practice.rules.js';

const A = '01900000-0000-7000-8000-0000000000a1';
const B = '01900000-0000-7000-8000-0000000000b1';

const assignment = (over: Partial<ActivityAssignment> = {}): ActivityAssignment => ({
  id: A,
  activityId: 'mobility.sit-to-stand',
  goalId: null,
  personId: '01900000-0000-7000-8000-000000000002',
  frequency: { times: 1, per: 'day' },
  // Monday 2 February 2026 to Sunday 15 February: two whole ISO weeks (W06, W07).
  startsOn: '2026-02-02',
  endsOn: '2026-02-15',
  note: null,
  ...over,
});
const log = (date: string, result: PracticeFact['result'], assignmentId = A): PracticeFact => ({
  assignmentId,
  date,
  result,
});

describe('ISO weeks', () => {
  it('start on Monday; week 1 holds the year’s first Thursday', () => {
    expect(isoWeekday('2026-02-02')).toBe(1);
    expect(isoWeekday('2026-02-08')).toBe(7);
    expect(weekStart('2026-02-08')).toBe('2026-02-02');
    expect(isoWeek('2026-02-02')).toBe('2026-W06');
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: last week of 2026
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday of 2025's first week
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysBetween('2026-02-02', '2026-02-15')).toBe(13);
  });
});

describe('adherence per assignment and week', () => {
  it('counts done as 1, partly as ½, not today as 0, over the sessions the frequency asks for', () => {
    const logs = [
      log('2026-02-02', 'done'),
      log('2026-02-03', 'done'),
      log('2026-02-04', 'partly'),
      log('2026-02-05', 'not_today'),
      log('2026-02-09', 'done'),
      log('2026-02-09', 'done', B), // another assignment: not counted here
    ];
    const weeks = weeklyAdherence(assignment(), logs, '2026-03-01');
    expect(
      weeks.map((w) => [w.week, w.sessions, w.expected, w.done, w.partly, w.notToday]),
    ).toEqual([
      ['2026-W06', 2.5, 7, 2, 1, 1],
      ['2026-W07', 1, 7, 1, 0, 0],
    ]);
    expect(weeks[0]!.adherence).toBeCloseTo(2.5 / 7, 12);
    expect(weeks[1]!.adherence).toBeCloseTo(1 / 7, 12);
  });

  it('asks a weekly frequency for a share of its sessions in a cut week', () => {
    // 3 a week from Thursday 5 February: 4 days of the first week → 12/7 sessions.
    const weeks = weeklyAdherence(
      assignment({ frequency: { times: 3, per: 'week' }, startsOn: '2026-02-05' }),
      [log('2026-02-05', 'done')],
      '2026-03-01',
    );
    expect(weeks[0]!.expected).toBeCloseTo(12 / 7, 12);
    expect(weeks[1]!.expected).toBeCloseTo(3, 12);
    expect(weeks[0]!.adherence).toBeCloseTo(7 / 12, 12);
  });

  it('stops at today and caps adherence at 1', () => {
    const logs = Array.from({ length: 5 }, () => log('2026-02-03', 'done'));
    const weeks = weeklyAdherence(
      assignment({ frequency: { times: 2, per: 'day' } }),
      [...logs, log('2026-02-05', 'done')],
      '2026-02-03',
    );
    expect(weeks).toHaveLength(1);
    expect(weeks[0]!.expected).toBe(4); // Monday and Tuesday, twice a day
    expect(weeks[0]!.sessions).toBe(5);
    expect(weeks[0]!.adherence).toBe(1);
  });

  it('is empty before the assignment starts, and spans every assignment of a plan', () => {
    expect(weeklyAdherence(assignment(), [], '2026-02-01')).toEqual([]);
    const all = planAdherence([assignment(), assignment({ id: B })], [], '2026-02-15');
    expect(all.map((w) => [w.assignmentId, w.week, w.adherence])).toEqual([
      [A, '2026-W06', 0],
      [A, '2026-W07', 0],
      [B, '2026-W06', 0],
      [B, '2026-W07', 0],
    ]);
  });
});

describe('practice rules', () => {
  const plan = { status: 'active' as const, assignments: [assignment()] };
  const codes = (input: { assignmentId: string; date: string }, p = plan, today = '2026-02-10') =>
    practiceIssues(input, p, today).map((i) => `${i.path}: ${i.code}`);

  it('accepts a log of an assigned activity on a day it runs', () => {
    expect(codes({ assignmentId: A, date: '2026-02-09' })).toEqual([]);
  });

  it('refuses activities not in the plan, inactive plans, future days and days outside', () => {
    expect(codes({ assignmentId: B, date: '2026-02-09' })).toEqual([
      'assignmentId: practice.activity_not_in_plan',
    ]);
    expect(
      codes({ assignmentId: A, date: '2026-02-09' }, { ...plan, status: 'completed' as never }),
    ).toEqual(['planId: practice.plan_not_active']);
    expect(codes({ assignmentId: A, date: '2026-02-11' })).toEqual(['date: practice.date_future']);
    expect(codes({ assignmentId: A, date: '2026-02-01' })).toEqual([
      'date: practice.date_outside_assignment',
    ]);
  });
});
