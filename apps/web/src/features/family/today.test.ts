import type { ActivityAssignment, Plan, PracticeLog, PracticeResult } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { todayPlan, weekProgress } from './today.js';

// Wednesday 25 November 2026; its week runs from Monday the 23rd to Sunday the 29th.
const TODAY = '2026-11-25';
const PLAN_ID = '0193a000-0000-7000-8000-000000000001';

function assignment(
  id: string,
  frequency: ActivityAssignment['frequency'],
  dates: Partial<Pick<ActivityAssignment, 'startsOn' | 'endsOn'>> = {},
): ActivityAssignment {
  return {
    id,
    activityId: `mobility.${id}`,
    goalId: null,
    personId: '0193a000-0000-7000-8000-0000000000aa',
    frequency,
    startsOn: dates.startsOn ?? '2026-09-15',
    endsOn: dates.endsOn ?? '2027-03-14',
    note: null,
  };
}

function plan(assignments: ActivityAssignment[], status: Plan['status'] = 'active'): Plan {
  return {
    id: PLAN_ID,
    personId: '0193a000-0000-7000-8000-0000000000bb',
    householdId: '0193a000-0000-7000-8000-0000000000cc',
    status,
    startsOn: '2026-09-15',
    endsOn: '2027-03-14',
    goals: [],
    assignments,
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
  };
}

let seq = 0;
function log(assignmentId: string, date: string, result: PracticeResult): PracticeLog {
  seq += 1;
  const at = `${date}T0${seq % 10}:00:00Z`;
  return {
    id: `0193a000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    planId: PLAN_ID,
    assignmentId,
    activityId: `mobility.${assignmentId}`,
    personId: '0193a000-0000-7000-8000-0000000000bb',
    householdId: '0193a000-0000-7000-8000-0000000000cc',
    date,
    result,
    note: null,
    loggedBy: 'Family',
    loggedByRole: 'family',
    rev: 1,
    createdAt: at,
    updatedAt: at,
  };
}

const ids = (items: { assignment: { id: string } }[]) => items.map((i) => i.assignment.id);

describe("today's activities by frequency", () => {
  const twiceDaily = assignment('walk', { times: 2, per: 'day' });
  const daily = assignment('stand', { times: 1, per: 'day' });
  const weekly = assignment('dress', { times: 3, per: 'week' });

  it('asks for every daily session and one session of a weekly activity', () => {
    const { items, enoughThisWeek } = todayPlan([plan([twiceDaily, daily, weekly])], [], TODAY);
    expect(items.map((i) => [i.assignment.id, i.wanted, i.remaining])).toEqual([
      ['walk', 2, 2],
      ['stand', 1, 1],
      ['dress', 1, 1],
    ]);
    expect(items[2]?.week).toEqual({ before: 0, times: 3 });
    expect(enoughThisWeek).toEqual([]);
  });

  it('counts down the sessions logged today, keeping the plan’s order', () => {
    const logs = [log('walk', TODAY, 'done'), log('stand', TODAY, 'partly')];
    const { items } = todayPlan([plan([twiceDaily, daily, weekly])], logs, TODAY);
    expect(items.map((i) => [i.assignment.id, i.remaining])).toEqual([
      ['walk', 1],
      ['stand', 0],
      ['dress', 1],
    ]);
    expect(items[0]?.logs.map((l) => l.result)).toEqual(['done']);
  });

  it('takes "not today" as the answer for the rest of the day', () => {
    const logs = [log('walk', TODAY, 'done'), log('walk', TODAY, 'not_today')];
    const walk = todayPlan([plan([twiceDaily])], logs, TODAY).items[0];
    expect(walk?.remaining).toBe(0);
    expect(walk?.logs).toHaveLength(2);
  });

  it('stops asking for a weekly activity once the week’s sessions are done', () => {
    const logs = [
      log('dress', '2026-11-23', 'done'),
      log('dress', '2026-11-24', 'partly'),
      // Last week's and "not today" answers do not count towards this week.
      log('dress', '2026-11-20', 'done'),
      log('dress', '2026-11-22', 'done'),
    ];
    const twoDone = todayPlan([plan([weekly])], logs, TODAY);
    expect(ids(twoDone.items)).toEqual(['dress']);
    expect(twoDone.items[0]?.week).toEqual({ before: 2, times: 3 });

    const third = [...logs, log('dress', '2026-11-24', 'done')];
    const enough = todayPlan([plan([weekly])], third, TODAY);
    expect(enough.items).toEqual([]);
    expect(ids(enough.enoughThisWeek)).toEqual(['dress']);

    // Logged today all the same: it stays in the day's list, answered.
    const extra = todayPlan([plan([weekly])], [...third, log('dress', TODAY, 'done')], TODAY);
    expect(extra.items.map((i) => [i.assignment.id, i.remaining])).toEqual([['dress', 0]]);
  });

  it('leaves out activities outside their dates and plans that are not active', () => {
    const ended = assignment('ended', { times: 1, per: 'day' }, { endsOn: '2026-11-24' });
    const later = assignment('later', { times: 1, per: 'day' }, { startsOn: '2026-11-26' });
    const lastDay = assignment('last', { times: 1, per: 'day' }, { endsOn: TODAY });
    expect(ids(todayPlan([plan([ended, later, lastDay])], [], TODAY).items)).toEqual(['last']);
    expect(todayPlan([plan([daily], 'draft')], [], TODAY).items).toEqual([]);
    expect(todayPlan([plan([daily], 'completed')], [], TODAY).items).toEqual([]);
  });
});

describe('the week’s progress of an activity', () => {
  it('marks each day by its best answer, past days without one, and days to come', () => {
    const daily = assignment('walk', { times: 2, per: 'day' });
    const logs = [
      log('walk', '2026-11-23', 'partly'),
      log('walk', '2026-11-23', 'done'),
      log('walk', '2026-11-24', 'not_today'),
      log('walk', TODAY, 'partly'),
      log('walk', '2026-11-22', 'done'),
      log('other', TODAY, 'done'),
    ];
    const week = weekProgress(daily, logs, TODAY);
    expect(week.days.map((d) => [d.date, d.state, d.sessions])).toEqual([
      ['2026-11-23', 'done', 2],
      ['2026-11-24', 'not_today', 0],
      ['2026-11-25', 'partly', 1],
      ['2026-11-26', 'coming', 0],
      ['2026-11-27', 'coming', 0],
      ['2026-11-28', 'coming', 0],
      ['2026-11-29', 'coming', 0],
    ]);
    expect(week).toMatchObject({ done: 1, partly: 2, notToday: 1, target: 14 });
  });

  it('asks only for the days the activity runs', () => {
    const starts = assignment('walk', { times: 1, per: 'day' }, { startsOn: '2026-11-26' });
    const week = weekProgress(starts, [], TODAY);
    expect(week.days.map((d) => d.state)).toEqual([
      'off',
      'off',
      'off',
      'coming',
      'coming',
      'coming',
      'coming',
    ]);
    expect(week.target).toBe(4);
    const weekly = assignment('dress', { times: 3, per: 'week' }, { endsOn: '2026-11-24' });
    const cut = weekProgress(weekly, [], TODAY);
    expect(cut.days.map((d) => d.state).slice(0, 3)).toEqual(['none', 'none', 'off']);
    expect(cut.target).toBe(2);
  });
});
