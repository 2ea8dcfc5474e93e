import { describe, expect, it } from 'vitest';
import { practiceDue, reviewDue, visitDue } from './plan-rules.js';
import { HOUSEHOLD, PERSON, PLAN, plan, visit } from './task-fixtures.test-support.js';

const OTHER = '0190a000-0000-7000-8000-0000000000ff';

describe('visit due by the plan’s frequency', () => {
  it('is the plan’s start plus the interval before any visit', () => {
    expect(visitDue(plan(), [])).toEqual({ dueOn: '2026-01-19', reason: 'first' });
    expect(visitDue(plan({ activatedOn: null }), [])).toEqual({
      dueOn: '2026-01-15',
      reason: 'first',
    });
  });

  it('is the last visit plus the interval, or the date agreed then', () => {
    expect(visitDue(plan(), [visit({ visitedOn: '2026-02-01' })])).toEqual({
      dueOn: '2026-02-15',
      reason: null,
    });
    const agreed = visit({ visitedOn: '2026-02-01', nextVisitOn: '2026-02-08' });
    expect(visitDue(plan(), [agreed])).toEqual({ dueOn: '2026-02-08', reason: 'agreed' });
  });

  it('takes the latest visit’s word, whatever the order', () => {
    const older = visit({ visitedOn: '2026-01-20', nextVisitOn: '2026-04-01' });
    const newer = visit({ visitedOn: '2026-02-01' });
    expect(visitDue(plan(), [older, newer]).dueOn).toBe('2026-02-15');
    expect(visitDue(plan(), [newer, older]).dueOn).toBe('2026-02-15');
  });

  it('takes the latest date given by visits of the same day', () => {
    const phone = visit({ visitedOn: '2026-02-01', nextVisitOn: '2026-02-20' });
    const home = visit({ visitedOn: '2026-02-01' });
    expect(visitDue(plan(), [home, phone]).dueOn).toBe('2026-02-20');
    expect(visitDue(plan(), [phone, home]).dueOn).toBe('2026-02-20');
  });

  it('counts visits to the person or the whole household, not other plans or other members', () => {
    const serves = (overrides: Parameters<typeof visit>[0]) =>
      visitDue(plan(), [visit({ visitedOn: '2026-02-01', ...overrides })]).reason !== 'first';
    expect(serves({ planId: null, personIds: [PERSON] })).toBe(true);
    expect(serves({ planId: null, personIds: [] })).toBe(true);
    expect(serves({ planId: null, personIds: [OTHER] })).toBe(false);
    expect(serves({ planId: OTHER, personIds: [PERSON] })).toBe(false);
    expect(serves({ planId: null, personIds: [], householdId: OTHER })).toBe(false);
  });

  it('ignores visits before the plan became active', () => {
    const before = visit({ visitedOn: '2026-01-04', nextVisitOn: '2026-01-06' });
    expect(visitDue(plan(), [before])).toEqual({ dueOn: '2026-01-19', reason: 'first' });
    const onTheDay = visit({ visitedOn: '2026-01-05' });
    expect(visitDue(plan(), [onTheDay])).toEqual({ dueOn: '2026-01-19', reason: null });
  });
});

describe('GAS review due', () => {
  it('is the plan’s start plus the interval before any review, then the last review plus it', () => {
    expect(reviewDue(plan(), [])).toEqual({ dueOn: '2026-04-05', reason: 'first' });
    const review = { planId: PLAN, reviewedOn: '2026-04-01' };
    expect(reviewDue(plan(), [review])).toEqual({ dueOn: '2026-06-30', reason: null });
    expect(reviewDue(plan(), [{ planId: OTHER, reviewedOn: '2026-04-01' }])?.reason).toBe('first');
  });

  it('falls on the plan’s last day at the latest', () => {
    const short = plan({ endsOn: '2026-03-31' });
    expect(reviewDue(short, [])).toEqual({ dueOn: '2026-03-31', reason: 'first' });
    expect(reviewDue(plan({ endsOn: '2026-04-05' }), [])?.dueOn).toBe('2026-04-05');
    expect(reviewDue(plan({ endsOn: '2026-04-06' }), [])?.dueOn).toBe('2026-04-05');
  });

  it('is done once a review is made on or after the last day', () => {
    const short = plan({ endsOn: '2026-03-31' });
    expect(reviewDue(short, [{ planId: PLAN, reviewedOn: '2026-03-31' }])).toBeNull();
    expect(reviewDue(short, [{ planId: PLAN, reviewedOn: '2026-03-30' }])?.dueOn).toBe(
      '2026-03-31',
    );
  });
});

describe('no practice logged for 7 days', () => {
  const running = plan({ assignments: [{ startsOn: '2026-01-05', endsOn: '2026-06-30' }] });
  const log = (date: string) => ({ planId: PLAN, date });

  it('is due on the 7th day after the last log, not the 6th', () => {
    expect(practiceDue(running, [log('2026-02-01')], '2026-02-08')).toEqual({
      dueOn: '2026-02-08',
      reason: null,
    });
    expect(practiceDue(running, [log('2026-02-01')], '2026-02-07')).toBeNull();
    expect(practiceDue(running, [log('2026-02-01')], '2026-02-09')?.dueOn).toBe('2026-02-08');
  });

  it('counts from the programme’s start when nothing was logged yet', () => {
    expect(practiceDue(running, [], '2026-01-12')).toEqual({
      dueOn: '2026-01-12',
      reason: 'first',
    });
    expect(practiceDue(running, [], '2026-01-11')).toBeNull();
    const later = plan({ assignments: [{ startsOn: '2026-03-01', endsOn: '2026-06-30' }] });
    expect(practiceDue(later, [log('2026-01-10')], '2026-03-07')).toBeNull();
    expect(practiceDue(later, [log('2026-01-10')], '2026-03-08')?.dueOn).toBe('2026-03-08');
  });

  it('needs an activity assigned for today', () => {
    expect(practiceDue(plan(), [], '2026-03-01')).toBeNull();
    const ended = plan({ assignments: [{ startsOn: '2026-01-05', endsOn: '2026-02-01' }] });
    expect(practiceDue(ended, [], '2026-02-02')).toBeNull();
    expect(practiceDue(ended, [], '2026-02-01')?.dueOn).toBe('2026-01-12');
  });

  it('ignores other plans’ logs and logs dated after today', () => {
    expect(practiceDue(running, [{ planId: HOUSEHOLD, date: '2026-02-07' }], '2026-02-08')).toEqual(
      { dueOn: '2026-01-12', reason: 'first' },
    );
    expect(practiceDue(running, [log('2026-02-01'), log('2026-02-09')], '2026-02-08')?.dueOn).toBe(
      '2026-02-08',
    );
  });
});
