import {
  addDays,
  followUpTasks,
  todayIso,
  type OverdueSummary,
  type Person,
  type Plan,
  type PlanReview,
  type PracticeLog,
  type Task,
  type TaskList,
  type Visit,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { planHousehold, planInput } from '../plans/plans.test-support.js';

describe.each(engines())('follow-up tasks, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let supervisor: TestUser;
  let farSupervisor: TestUser;
  let manager: TestUser;
  const today = todayIso();
  const day = (offset: number) => addDays(today, offset);
  const household: { talgar?: string; kaskelen?: string } = {};
  let plan: Plan;

  const get = (user: TestUser | null, url: string) => t.request(user, { method: 'GET', url });

  /** A household with a mother and child, an active plan agreed 60 days ago, visits and practice. */
  async function household_with_plan(placeCode: string) {
    const { householdId, mother, child } = await planHousehold(t, worker, placeCode);
    const base = planInput(child, mother);
    const created = await t.created<Plan>(worker, '/api/v1/plans', {
      ...base,
      startsOn: day(-60),
      endsOn: day(120),
      goals: base.goals.map((goal) => ({ ...goal, targetDate: day(100) })),
      assignments: base.assignments
        .slice(0, 1)
        .map((a) => ({ ...a, id: uuidv7(), startsOn: day(-60), endsOn: day(120) })),
    });
    // The plan was agreed with the family two months ago.
    await t.database.db
      .updateTable('plans')
      .set({ activated_on: day(-60) })
      .where('id', '=', created.id)
      .execute();
    const visit = (visitedOn: string, overrides: Record<string, unknown> = {}) =>
      t.created(worker, '/api/v1/visits', {
        householdId,
        kind: 'home',
        visitedOn,
        planId: created.id,
        personIds: [child.id],
        ...overrides,
      });
    await visit(day(-40), { nextVisitOn: day(-30) });
    await visit(day(-20));
    await visit(day(-50), { planId: null, personIds: [] });
    for (const date of [day(-30), day(-10)])
      await t.created(worker, '/api/v1/practice-logs', {
        planId: created.id,
        assignmentId: created.assignments[0]?.id,
        date,
        result: 'done',
      });
    return { householdId, mother, child, plan: created };
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('tasks-worker', 'worker', [
      PLACES.talgarDistrict,
      PLACES.karasayDistrict,
    ]);
    supervisor = await t.user('tasks-supervisor', 'supervisor', [PLACES.talgarDistrict]);
    farSupervisor = await t.user('tasks-far', 'supervisor', [PLACES.turkistanRegion]);
    manager = await t.user('tasks-manager', 'manager', [PLACES.almatyRegion]);
    const talgar = await household_with_plan(PLACES.talgarTown);
    household.talgar = talgar.householdId;
    plan = talgar.plan;
    // A grandmother whose consent ends in ten days.
    await t.created(
      worker,
      '/api/v1/persons',
      personInput(talgar.householdId, {
        relationToHead: 'parent',
        confirmNotDuplicate: true,
        consent: consentInput({ givenOn: day(-700), expiresOn: day(10) }),
      }),
    );
    household.kaskelen = (await household_with_plan(PLACES.kaskelen)).householdId;
  });
  afterAll(() => t.close());

  it('gives a worker the follow-ups of their caseload, overdue ones first', async () => {
    const list = expectStatus<TaskList>(await get(worker, '/api/v1/tasks'), 200);
    expect(list).toMatchObject({ userId: worker.id, today, horizonDays: 14 });
    const talgar = list.items.filter((task) => task.householdId === household.talgar);
    expect(talgar.map((task) => [task.kind, task.dueOn, task.overdue])).toEqual([
      ['rescreening_due', day(-60), true],
      ['visit_due', day(-6), true],
      ['practice_missing', day(-3), true],
      ['consent_expiring', day(10), false],
    ]);
    expect(talgar[1]).toMatchObject({
      id: `visit_due:plan:${plan.id}:${day(-6)}`,
      subject: { type: 'plan', id: plan.id },
      planId: plan.id,
      personId: plan.personId,
    });
    expect(list.items.filter((task) => task.householdId === household.kaskelen)).toHaveLength(3);
  });

  it('lists tasks further ahead on request (the first review, 90 days after agreeing)', async () => {
    const list = expectStatus<TaskList>(await get(worker, '/api/v1/tasks?horizon=30'), 200);
    expect(list.items.filter((task) => task.kind === 'review_due').map((x) => x.dueOn)).toEqual([
      day(30),
      day(30),
    ]);
    expect((await get(worker, '/api/v1/tasks?horizon=91')).statusCode).toBe(400);
  });

  it('gives the tasks the device computes from the records it holds', async () => {
    const records = async (householdId: string) => {
      const persons = await Promise.all(
        (
          expectStatus<{ members: { id: string }[] }>(
            await get(worker, `/api/v1/households/${householdId}`),
            200,
          ).members ?? []
        ).map(async (m) => expectStatus<Person>(await get(worker, `/api/v1/persons/${m.id}`), 200)),
      );
      const plans = expectStatus<{ items: Plan[] }>(
        await get(worker, `/api/v1/plans?householdId=${householdId}`),
        200,
      ).items;
      const visits = expectStatus<{ items: Visit[] }>(
        await get(worker, `/api/v1/visits?householdId=${householdId}`),
        200,
      ).items;
      const practice: PracticeLog[] = [];
      const reviews: PlanReview[] = [];
      for (const p of plans) {
        practice.push(
          ...expectStatus<{ items: PracticeLog[] }>(
            await get(worker, `/api/v1/practice-logs?planId=${p.id}`),
            200,
          ).items,
        );
        reviews.push(
          ...expectStatus<{ items: PlanReview[] }>(
            await get(worker, `/api/v1/plans/${p.id}/reviews`),
            200,
          ).items,
        );
      }
      return { persons, plans, visits, practice, reviews, assessments: [] };
    };
    const [talgar, kaskelen] = await Promise.all([
      records(household.talgar ?? ''),
      records(household.kaskelen ?? ''),
    ]);
    const onDevice = followUpTasks(
      {
        persons: [...talgar.persons, ...kaskelen.persons],
        plans: [...talgar.plans, ...kaskelen.plans],
        visits: [...talgar.visits, ...kaskelen.visits],
        practice: [...talgar.practice, ...kaskelen.practice],
        reviews: [...talgar.reviews, ...kaskelen.reviews],
      },
      { today },
    );
    const list = expectStatus<TaskList>(await get(worker, '/api/v1/tasks'), 200);
    expect(list.items).toEqual(onDevice);
  });

  it('lets a supervisor look at a worker in their places, and only at what lies in them', async () => {
    const mine = expectStatus<TaskList>(await get(worker, '/api/v1/tasks'), 200).items;
    const seen = expectStatus<TaskList>(
      await get(supervisor, `/api/v1/tasks?userId=${worker.id}`),
      200,
    ).items;
    expect(seen).toEqual(mine.filter((task: Task) => task.householdId === household.talgar));
    expect((await get(farSupervisor, `/api/v1/tasks?userId=${worker.id}`)).statusCode).toBe(404);
    expect(
      expectStatus<TaskList>(await get(manager, `/api/v1/tasks?userId=${worker.id}`), 200).items,
    ).toEqual(mine);
  });

  it('counts overdue tasks per worker for supervisors and managers', async () => {
    const summary = expectStatus<OverdueSummary>(
      await get(supervisor, '/api/v1/tasks/overdue'),
      200,
    );
    expect(summary.today).toBe(today);
    const row = summary.items.find((item) => item.worker.id === worker.id);
    expect(row).toMatchObject({
      worker: { username: 'tasks-worker', role: 'worker' },
      households: 1,
      overdue: 3,
      byKind: { visit_due: 1, practice_missing: 1, rescreening_due: 1, consent_expiring: 0 },
    });
    const regional = expectStatus<OverdueSummary>(await get(manager, '/api/v1/tasks/overdue'), 200);
    expect(regional.items.find((item) => item.worker.id === worker.id)).toMatchObject({
      households: 2,
      overdue: 6,
    });
    const far = expectStatus<OverdueSummary>(
      await get(farSupervisor, '/api/v1/tasks/overdue'),
      200,
    );
    expect(far.items.map((item) => item.worker.id)).toEqual([farSupervisor.id]);
  });

  it('refuses those who hold no caseload and oversee no one', async () => {
    const family = await t.user('tasks-family', 'family', [], { householdId: household.talgar });
    const admin = await t.user('tasks-admin', 'admin');
    const analyst = await t.user('tasks-analyst', 'analyst', [PLACES.almatyRegion]);
    for (const user of [family, admin, analyst, manager])
      expect((await get(user, '/api/v1/tasks')).statusCode).toBe(403);
    for (const user of [family, admin, analyst, worker])
      expect((await get(user, '/api/v1/tasks/overdue')).statusCode).toBe(403);
    expect((await get(worker, `/api/v1/tasks?userId=${supervisor.id}`)).statusCode).toBe(403);
    const res = await get(null, '/api/v1/tasks');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
