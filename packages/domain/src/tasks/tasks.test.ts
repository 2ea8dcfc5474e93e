import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessments/assessment.schema.js';
import type { Plan } from '../plans/plan.schema.js';
import type { PracticeLog } from '../plans/practice.schema.js';
import type { PlanReview } from '../plans/review.schema.js';
import type { Visit } from '../plans/visit.schema.js';
import type { Person } from '../registry/person.schema.js';
import { countOverdue, followUpTasks, taskId } from './tasks.js';
import type {
  TaskAssessment,
  TaskPerson,
  TaskPlan,
  TaskPractice,
  TaskRecords,
  TaskReview,
  TaskVisit,
} from './task-records.js';
import {
  consent,
  HOUSEHOLD,
  person,
  PERSON,
  plan,
  PLAN,
  visit,
} from './task-fixtures.test-support.js';

// The API's objects are task records as they are, so the device passes what its store holds; this
// fails to compile if a rule comes to read a field the API does not send.
type Fits<T, U> = T extends U ? true : never;
export const apiRecordsFit = [true, true, true, true, true, true] satisfies [
  Fits<Person, TaskPerson>,
  Fits<Assessment, TaskAssessment>,
  Fits<Plan, TaskPlan>,
  Fits<PlanReview, TaskReview>,
  Fits<PracticeLog, TaskPractice>,
  Fits<Visit, TaskVisit>,
];

const REFERRAL = '0190a000-0000-7000-8000-0000000000aa';

describe('follow-up tasks of a caseload', () => {
  const records: TaskRecords = {
    persons: [person()],
    assessments: [
      { personId: PERSON, instrument: 'wg-ss', assessedOn: '2025-03-10', positive: true },
    ],
    plans: [plan({ assignments: [{ startsOn: '2026-01-05', endsOn: '2026-06-30' }] })],
    reviews: [],
    practice: [{ planId: PLAN, date: '2026-03-01' }],
    visits: [visit({ visitedOn: '2026-02-20' })],
  };

  it('names each task by kind, subject and due date, and marks those before today overdue', () => {
    const tasks = followUpTasks(records, { today: '2026-03-06' });
    expect(tasks).toEqual([
      {
        id: `visit_due:plan:${PLAN}:2026-03-06`,
        kind: 'visit_due',
        subject: { type: 'plan', id: PLAN },
        householdId: HOUSEHOLD,
        personId: PERSON,
        planId: PLAN,
        dueOn: '2026-03-06',
        overdue: false,
        reason: null,
      },
      expect.objectContaining({ kind: 'rescreening_due', dueOn: '2026-03-10', overdue: false }),
    ]);
    const later = followUpTasks(records, { today: '2026-03-11' });
    expect(later.map((t) => [t.kind, t.dueOn, t.overdue])).toEqual([
      ['visit_due', '2026-03-06', true],
      ['practice_missing', '2026-03-08', true],
      ['rescreening_due', '2026-03-10', true],
    ]);
    expect(later[0]?.id).toBe(tasks[0]?.id);
  });

  it('lists tasks not due yet within the horizon only (14 days unless told)', () => {
    const kinds = (today: string, horizonDays?: number) =>
      followUpTasks(records, { today, ...(horizonDays === undefined ? {} : { horizonDays }) })
        .filter((t) => t.kind === 'review_due')
        .map((t) => t.dueOn);
    expect(kinds('2026-03-22')).toEqual(['2026-04-05']);
    expect(kinds('2026-03-21')).toEqual([]);
    expect(kinds('2026-03-21', 15)).toEqual(['2026-04-05']);
    expect(kinds('2026-04-05', 0)).toEqual(['2026-04-05']);
  });

  it('makes no plan task without valid consent to registration, only the consent task', () => {
    const expired = consent({ expiresOn: '2026-02-28' });
    const tasks = followUpTasks(
      { ...records, persons: [person({ consents: [expired] })] },
      { today: '2026-03-11' },
    );
    expect(tasks.map((t) => t.kind)).toEqual(['consent_expired']);
    expect(tasks[0]).toMatchObject({
      id: `consent_expired:person:${PERSON}:2026-02-28`,
      subject: { type: 'person', id: PERSON },
      planId: null,
      overdue: true,
    });
  });

  it('makes no task of draft, completed or cancelled plans', () => {
    for (const status of ['draft', 'completed', 'cancelled'] as const) {
      const tasks = followUpTasks(
        { ...records, plans: [plan({ status })], assessments: [] },
        { today: '2026-03-11' },
      );
      expect(tasks).toEqual([]);
    }
  });

  it('reports open referrals past their date (issue 6 supplies them)', () => {
    const referral = {
      id: REFERRAL,
      personId: PERSON,
      householdId: HOUSEHOLD,
      dueOn: '2026-03-01',
    };
    const at = (today: string, open = true) =>
      followUpTasks({ persons: [], referrals: [{ ...referral, open }] }, { today });
    expect(at('2026-03-01')).toEqual([]);
    expect(at('2026-03-02')).toEqual([
      expect.objectContaining({
        id: `referral_overdue:referral:${REFERRAL}:2026-03-01`,
        subject: { type: 'referral', id: REFERRAL },
        overdue: true,
      }),
    ]);
    expect(at('2026-03-02', false)).toEqual([]);
  });

  it('gives the same tasks whatever order the records come in', () => {
    const reversed: TaskRecords = {
      ...records,
      visits: [visit({ visitedOn: '2026-01-10' }), ...(records.visits ?? [])].reverse(),
      practice: [...(records.practice ?? []), { planId: PLAN, date: '2026-01-20' }].reverse(),
    };
    expect(followUpTasks(reversed, { today: '2026-03-11' })).toEqual(
      followUpTasks(records, { today: '2026-03-11' }),
    );
  });

  it('counts overdue tasks by kind', () => {
    const tasks = followUpTasks(records, { today: '2026-03-11' });
    const { overdue, byKind } = countOverdue(tasks);
    expect(overdue).toBe(3);
    expect(byKind).toMatchObject({ visit_due: 1, practice_missing: 1, rescreening_due: 1 });
    expect(byKind.review_due).toBe(0);
  });

  it('builds ids from kind, subject and date alone', () => {
    expect(taskId('review_due', { type: 'plan', id: PLAN }, '2026-04-05')).toBe(
      `review_due:plan:${PLAN}:2026-04-05`,
    );
  });
});
