import 'fake-indexeddb/auto';
import { ACTIVITY_CARDS } from '@birge/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { isRepositoryError, RepositoryError } from '../data/repository-error.js';
import { takeBatch } from './local-store.js';
import { createOfflineActivities } from './offline-activities.js';
import { createOfflinePlans } from './offline-plans.js';
import { createOfflinePractice } from './offline-practice.js';
import { createOfflineTasks } from './offline-tasks.js';
import { createOfflineVisits } from './offline-visits.js';
import {
  TODAY,
  childId,
  closeStore,
  householdId,
  motherId,
  planInput,
  registry,
  setUp,
  strangerId,
} from './plan-test-support.js';

afterEach(closeStore);

const codes = (e: unknown) =>
  isRepositoryError(e) ? e.fieldErrors.map((f) => `${f.path} ${f.code}`).join() : String(e);
const assignment = '0193a000-0000-7000-8000-00000000b001';

describe('practice on the device', () => {
  it('logs practice offline, counts adherence per week, and folds a correction into the log', async () => {
    const { store, ctx } = await setUp();
    const plan = await createOfflinePlans(ctx).createPlan(planInput());
    const practice = createOfflinePractice(ctx);
    // Monday 23 to Wednesday 25 November: three sessions asked of a once-a-day activity.
    await practice.logPractice({
      planId: plan.id,
      assignmentId: assignment,
      date: '2026-11-23',
      result: 'done',
    });
    const partly = await practice.logPractice({
      planId: plan.id,
      assignmentId: assignment,
      date: '2026-11-24',
      result: 'not_today',
    });
    expect(partly).toMatchObject({
      activityId: 'mobility.sit-to-stand',
      personId: childId,
      householdId,
      loggedByRole: 'worker',
    });
    await practice.updatePractice(partly.id, { result: 'partly', note: 'Шаршады', rev: 1 });
    const list = await practice.listPractice(plan.id);
    expect(list.items.map((l) => l.result)).toEqual(['done', 'partly']);
    const week = list.adherence.find((w) => w.assignmentId === assignment);
    expect(week).toMatchObject({
      week: '2026-W48',
      sessions: 1.5,
      expected: 3,
      done: 1,
      partly: 1,
    });
    expect(week?.adherence).toBeCloseTo(0.5, 10);

    const logs = (await takeBatch(store, registry, 50)).filter(
      (m) => m.wire.entity === 'practice_log',
    );
    expect(logs.map((m) => m.wire.data?.result)).toEqual(['done', 'partly']);
    expect(logs[1]?.wire.data).toMatchObject({ date: '2026-11-24', note: 'Шаршады' });
  });

  it('refuses a log for an activity not in the plan, or a day to come', async () => {
    const { ctx } = await setUp();
    const plan = await createOfflinePlans(ctx).createPlan(planInput());
    const practice = createOfflinePractice(ctx);
    await expect(
      practice.logPractice({
        planId: plan.id,
        assignmentId: strangerId,
        date: TODAY,
        result: 'done',
      }),
    ).rejects.toSatisfy((e) => codes(e) === 'assignmentId practice.activity_not_in_plan');
    await expect(
      practice.logPractice({
        planId: plan.id,
        assignmentId: assignment,
        date: '2026-11-26',
        result: 'done',
      }),
    ).rejects.toSatisfy((e) => codes(e) === 'date practice.date_future');
    expect((await practice.listPractice(plan.id)).items).toEqual([]);
  });
});

describe('visits on the device', () => {
  it('records a home visit and lists it for the household and for the person it was about', async () => {
    const { store, ctx } = await setUp();
    const visits = createOfflineVisits(ctx);
    const visit = await visits.createVisit({
      householdId,
      kind: 'home',
      visitedOn: TODAY,
      personIds: [childId],
      presentMemberIds: [motherId],
      activityIds: ['mobility.sit-to-stand'],
      notes: 'Жаттығуды көрсеттім',
      nextVisitOn: '2026-12-02',
    });
    expect(visit).toMatchObject({ recordedBy: 'Жұмысшы', presentOthers: [], rev: 0 });
    expect(await visits.listVisits({ householdId })).toEqual([visit]);
    expect(await visits.listVisits({ personId: childId })).toEqual([visit]);
    expect(await visits.listVisits({ personId: motherId })).toEqual([]);
    const sent = (await takeBatch(store, registry, 50)).find((m) => m.wire.entity === 'visit');
    expect(sent?.wire.data).toMatchObject({ householdId, kind: 'home', nextVisitOn: '2026-12-02' });
  });

  it('refuses someone from outside the household and a next visit before this one', async () => {
    const { ctx } = await setUp();
    const attempt = createOfflineVisits(ctx).createVisit({
      householdId,
      kind: 'phone',
      visitedOn: TODAY,
      presentMemberIds: [strangerId],
      nextVisitOn: TODAY,
    });
    await expect(attempt).rejects.toSatisfy(
      (e) =>
        codes(e) ===
        'nextVisitOn visit.next_before_visit,presentMemberIds.0 visit.person_not_in_household',
    );
  });
});

describe('tasks on the device', () => {
  it('computes the visit due by the plan’s frequency, and moves it to the day agreed', async () => {
    const { ctx } = await setUp();
    await createOfflinePlans(ctx).createPlan(planInput({ visitIntervalDays: 7 }));
    const tasks = createOfflineTasks(ctx);
    const before = await tasks.listTasks();
    expect(before.find((task) => task.kind === 'visit_due')).toMatchObject({
      dueOn: '2026-12-02',
      reason: 'first',
      overdue: false,
      personId: childId,
    });
    await createOfflineVisits(ctx).createVisit({
      householdId,
      kind: 'home',
      visitedOn: TODAY,
      personIds: [childId],
      nextVisitOn: '2026-11-30',
    });
    const after = await tasks.listTasks({ householdId });
    expect(after.find((task) => task.kind === 'visit_due')).toMatchObject({
      dueOn: '2026-11-30',
      reason: 'agreed',
    });
    expect(await tasks.listTasks({ householdId: strangerId })).toEqual([]);
  });
});

describe('the activity library on the device', () => {
  it('keeps the server’s copy, and answers with the built-in cards before the first copy', async () => {
    const { store } = await setUp();
    let online = false;
    const remote = () => Promise.resolve([{ id: 'mobility.custom-card' } as never]);
    const offline = createOfflineActivities({
      store,
      remote: () => Promise.reject(RepositoryError.network()),
      online: () => online,
    });
    const builtins = await offline.listActivities();
    expect(builtins.map((card) => card.id)).toEqual(ACTIVITY_CARDS.map((card) => card.id));
    expect(builtins.every((card) => card.origin === 'builtin' && card.steps.length >= 3)).toBe(
      true,
    );
    online = true;
    const fetched = await createOfflineActivities({
      store,
      remote,
      online: () => online,
    }).listActivities();
    expect(fetched.map((a) => a.id)).toEqual(['mobility.custom-card']);
    online = false;
    const kept = createOfflineActivities({ store, remote, online: () => online });
    expect(await kept.activityIds()).toEqual(new Set(['mobility.custom-card']));
  });
});
