import type { Person, Plan, PlanHistory, PlanPage, Problem } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { createPlan, LEVELS, planCounts, planHousehold, planInput } from './plans.test-support.js';

describe.each(engines())('plans, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let mother: Person;
  let child: Person;
  let householdId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    ({ mother, child, householdId } = await planHousehold(t, worker));
  });
  afterAll(() => t.close());

  const post = (payload: unknown, user = worker, language = 'en') =>
    t.request(user, {
      method: 'POST',
      url: '/api/v1/plans',
      headers: { 'accept-language': language },
      payload: payload as Record<string, unknown>,
    });
  const put = (id: string, payload: unknown, user = worker) =>
    t.request(user, {
      method: 'PUT',
      url: `/api/v1/plans/${id}`,
      headers: { 'accept-language': 'en' },
      payload: payload as Record<string, unknown>,
    });
  const get = (url: string, user = worker) => t.request(user, { method: 'GET', url });
  const contentOf = (plan: Plan) => {
    const { startsOn, endsOn, goals, assignments, visitIntervalDays, reviewIntervalDays } = plan;
    return {
      startsOn,
      endsOn,
      goals: goals.map(({ weight: _w, ...g }) => g),
      assignments,
      visitIntervalDays,
      reviewIntervalDays,
      gasWeighting: plan.gasWeighting,
      note: plan.note,
    };
  };

  it('stores a plan with weighted goals, reads it back, lists it and audits the writes', async () => {
    const input = planInput(child, mother, { note: 'Анасымен келісілді' });
    const plan = expectStatus<Plan>(await post(input), 201);
    expect(plan).toMatchObject({
      personId: child.id,
      householdId,
      status: 'active',
      startsOn: '2026-09-01',
      endsOn: '2027-02-28',
      visitIntervalDays: 14,
      reviewIntervalDays: 90,
      gasWeighting: 'importance_difficulty',
      note: 'Анасымен келісілді',
      closedOn: null,
      createdBy: 'Test worker',
      rev: 1,
    });
    expect(plan.activatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plan.goals.map((g) => [g.title, g.weight, g.baseline, g.levels])).toEqual([
      ['Отбасымен бірге үстел басында тамақтанады', 6, -1, LEVELS],
      ['Көйлегін өзі киеді', 2, -1, LEVELS],
    ]);
    expect(plan.assignments).toEqual(input.assignments);
    expect(expectStatus<Plan>(await get(`/api/v1/plans/${plan.id}`), 200)).toEqual(plan);
    const page = expectStatus<PlanPage>(await get(`/api/v1/plans?personId=${child.id}`), 200);
    expect(page.items.map((p) => p.id)).toContain(plan.id);
    const byHousehold = expectStatus<PlanPage>(
      await get(`/api/v1/plans?householdId=${householdId}`),
      200,
    );
    expect(byHousehold.items.map((p) => p.id)).toContain(plan.id);
    const trail = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity_id', '=', plan.id)
      .orderBy('id')
      .execute();
    expect(trail.map((r) => [r.action, r.entity])).toEqual([
      ['create', 'plan'],
      ['read', 'plan'],
    ]);
  });

  it('pages plans newest period first', async () => {
    const { mother: m, child: c } = await planHousehold(t, worker);
    const older = await createPlan(t, worker, c, m, {
      status: 'draft',
      startsOn: '2026-03-01',
      endsOn: '2026-08-31',
      goals: [],
      assignments: [],
    });
    const newer = await createPlan(t, worker, c, m);
    const first = expectStatus<PlanPage>(await get(`/api/v1/plans?personId=${c.id}&limit=1`), 200);
    expect(first.items.map((p) => p.id)).toEqual([newer.id]);
    const second = expectStatus<PlanPage>(
      await get(`/api/v1/plans?personId=${c.id}&limit=1&cursor=${first.nextCursor ?? ''}`),
      200,
    );
    expect(second).toEqual({
      items: [expect.objectContaining({ id: older.id })],
      nextCursor: null,
    });
    expect((await get(`/api/v1/plans?personId=${c.id}&cursor=garbage`)).statusCode).toBe(400);
    expect((await get('/api/v1/plans')).statusCode).toBe(400);
  });

  it('keeps every version: an update with the revision, status changes, and 409 when stale', async () => {
    const plan = await createPlan(t, worker, child, mother, { status: 'draft' });
    expect(plan.activatedOn).toBeNull();
    const edited = contentOf(plan);
    edited.goals[0] = {
      ...edited.goals[0]!,
      title: 'Үстел басында 5 минут отырады',
      importance: 2,
    };
    const v2 = expectStatus<Plan>(await put(plan.id, { ...edited, rev: 1 }), 200);
    expect(v2).toMatchObject({ rev: 2, status: 'draft' });
    expect(v2.goals[0]).toMatchObject({ title: 'Үстел басында 5 минут отырады', weight: 4 });
    // The same content again writes nothing.
    expect(expectStatus<Plan>(await put(plan.id, { ...edited, rev: 2 }), 200).rev).toBe(2);
    // Stale: based on rev 1.
    const before = await planCounts(t);
    const stale = await put(plan.id, { ...edited, note: 'x', rev: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>()).toMatchObject({ code: 'stale_revision', currentRev: 2 });
    expect(await planCounts(t)).toEqual(before);

    const agreed = expectStatus<Plan>(
      await t.request(worker, {
        method: 'POST',
        url: `/api/v1/plans/${plan.id}/status`,
        payload: { status: 'active', rev: 2 },
      }),
      200,
    );
    expect(agreed).toMatchObject({ status: 'active', rev: 3 });
    expect(agreed.activatedOn).not.toBeNull();
    const done = expectStatus<Plan>(
      await put(plan.id, { ...edited, status: 'completed', rev: 3 }),
      200,
    );
    expect(done).toMatchObject({ status: 'completed', rev: 4, activatedOn: agreed.activatedOn });
    expect(done.closedOn).not.toBeNull();

    const history = expectStatus<PlanHistory>(await get(`/api/v1/plans/${plan.id}/history`), 200);
    expect(history.items.map((v) => [v.rev, v.status, v.change, v.changedBy])).toEqual([
      [1, 'draft', 'created', 'Test worker'],
      [2, 'draft', 'updated', 'Test worker'],
      [3, 'active', 'status', 'Test worker'],
      [4, 'completed', 'status', 'Test worker'],
    ]);
    expect(history.items[0]?.content.goals[0]?.title).toBe(
      'Отбасымен бірге үстел басында тамақтанады',
    );
    expect(history.items[1]?.content.goals[0]).toMatchObject({
      title: 'Үстел басында 5 минут отырады',
      weight: 4,
    });

    // A completed plan does not change, nor go back.
    const closed = await put(plan.id, { ...edited, note: 'later', rev: 4 });
    expect(closed.statusCode).toBe(422);
    expect(closed.json<Problem>().errors?.[0]).toMatchObject({
      path: 'status',
      code: 'plan.closed',
    });
    const reopened = await t.request(worker, {
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/status`,
      payload: { status: 'active', rev: 4 },
    });
    expect(reopened.statusCode).toBe(422);
  });

  it('moves a plan only along draft → active → completed or cancelled', async () => {
    const plan = await createPlan(t, worker, child, mother, { status: 'draft' });
    const res = await put(plan.id, { ...contentOf(plan), status: 'completed', rev: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'status', code: 'plan.status_change' }),
    ]);
    const cancelled = expectStatus<Plan>(
      await put(plan.id, { ...contentOf(plan), status: 'cancelled', rev: 1 }),
      200,
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', activatedOn: null });
  });
});
