import type { ConflictPage, Plan, PlanReview, PracticeLog, Visit } from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { applyChanges, mutation, pullAll, push } from '../sync/sync.test-support.js';
import {
  createPlan,
  goalInput,
  LEVELS,
  planCounts,
  planHousehold,
  planInput,
} from './plans.test-support.js';

describe.each(engines())('plans, reviews, practice and visits in sync, on %s', (engine) => {
  let t: TestApp;
  let ana: TestUser;
  let bek: TestUser;
  let supervisor: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ana = await t.user('ana', 'worker', [PLACES.talgarDistrict]);
    bek = await t.user('bek', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('sup', 'supervisor', [PLACES.talgarDistrict]);
  });
  afterAll(() => t.close());

  const get = async <T>(user: TestUser, url: string) =>
    expectStatus<T>(await t.request(user, { method: 'GET', url }), 200);

  /** A household of ana's with an active plan, a review, a practice log and a visit. */
  async function caseload() {
    const { householdId, mother, child } = await planHousehold(t, ana);
    const plan = await createPlan(t, ana, child, mother);
    const review = await t.created<PlanReview>(ana, `/api/v1/plans/${plan.id}/reviews`, {
      reviewedOn: '2026-11-10',
      levels: plan.goals.map((g) => ({ goalId: g.id, level: 0 })),
    });
    const log = await t.created<PracticeLog>(ana, '/api/v1/practice-logs', {
      planId: plan.id,
      assignmentId: plan.assignments[0]!.id,
      date: '2026-11-10',
      result: 'done',
    });
    const visit = await t.created<Visit>(ana, '/api/v1/visits', {
      householdId,
      kind: 'home',
      visitedOn: '2026-11-10',
      personIds: [child.id],
      planId: plan.id,
      reviewIds: [review.id],
      activityIds: [plan.assignments[0]!.activityId],
    });
    return { householdId, mother, child, plan, review, log, visit };
  }

  it('a pulled household brings its plans, reviews, practice and visits as the REST API shows them', async () => {
    const c = await caseload();
    const family = await t.user(`family-${c.householdId}`, 'family', [], {
      householdId: c.householdId,
    });
    const first = await pullAll(t, ana);
    const held = applyChanges(first.changes);
    expect(held.get(`plan:${c.plan.id}`)?.data).toEqual(
      await get<Plan>(ana, `/api/v1/plans/${c.plan.id}`),
    );
    expect(held.get(`plan_review:${c.review.id}`)?.data).toEqual(c.review);
    expect(held.get(`practice_log:${c.log.id}`)?.data).toEqual(c.log);
    expect(held.get(`visit:${c.visit.id}`)?.data).toEqual(
      await get<Visit>(ana, `/api/v1/visits/${c.visit.id}`),
    );
    // Another worker's device holds none of it; the family's holds all of it.
    const bekHeld = applyChanges((await pullAll(t, bek)).changes);
    expect([...bekHeld.keys()].filter((k) => k.includes(c.plan.id))).toEqual([]);
    const familyHeld = applyChanges((await pullAll(t, family)).changes);
    for (const key of [
      `plan:${c.plan.id}`,
      `plan_review:${c.review.id}`,
      `practice_log:${c.log.id}`,
      `visit:${c.visit.id}`,
    ])
      expect(familyHeld.has(key)).toBe(true);

    // A new version of the plan comes as one change.
    const {
      id: _i,
      personId: _p,
      householdId: _h,
      status: _s,
      activatedOn: _a,
      closedOn: _c,
      createdBy: _b,
      rev,
      createdAt: _ca,
      updatedAt: _u,
      ...content
    } = c.plan;
    expectStatus(
      await t.request(ana, {
        method: 'PUT',
        url: `/api/v1/plans/${c.plan.id}`,
        payload: {
          ...content,
          goals: content.goals.map(({ weight: _w, ...g }) => g),
          visitIntervalDays: 7,
          rev,
        },
      }),
      200,
    );
    const next = await pullAll(t, ana, first.cursor);
    expect(next.changes.map((ch) => [ch.entity, ch.id, ch.rev])).toEqual([['plan', c.plan.id, 2]]);
  });

  it('sends a plan and its records as deletions when consent is withdrawn; the visit stays', async () => {
    const c = await caseload();
    const before = await pullAll(t, ana);
    expectStatus(
      await t.request(ana, {
        method: 'POST',
        url: `/api/v1/consents/${c.child.consents[0]?.id ?? ''}/withdraw`,
        payload: { withdrawnOn: '2026-11-20', reason: null },
      }),
      200,
    );
    const after = await pullAll(t, ana, before.cursor);
    const deleted = after.changes.filter((ch) => ch.deleted).map((ch) => `${ch.entity}:${ch.id}`);
    expect(deleted).toEqual(
      expect.arrayContaining([
        `plan:${c.plan.id}`,
        `plan_review:${c.review.id}`,
        `practice_log:${c.log.id}`,
      ]),
    );
    expect(deleted).not.toContain(`visit:${c.visit.id}`);
  });

  it('applies pushed plans, reviews, practice and visits through the same rules; a replay is a no-op', async () => {
    const { householdId, mother, child } = await planHousehold(t, ana);
    const family = await t.user(`family-${householdId}`, 'family', [], { householdId });
    const planId = uuidv7();
    const { personId, ...rest } = planInput(child, mother);
    const reviewId = uuidv7();
    const visitId = uuidv7();
    const batch = [
      mutation({ entity: 'plan', id: planId, data: { personId, ...rest } }),
      mutation({
        entity: 'plan_review',
        id: reviewId,
        data: {
          planId,
          reviewedOn: '2026-11-12',
          levels: rest.goals.map((g) => ({ goalId: g.id, level: 1 })),
        },
      }),
      mutation({
        entity: 'visit',
        id: visitId,
        data: { householdId, kind: 'home', visitedOn: '2026-11-12', planId, reviewIds: [reviewId] },
      }),
    ];
    const results = await push(t, ana, batch);
    expect(results.map((r) => [r.status, r.rev])).toEqual([
      ['applied', 1],
      ['applied', 1],
      ['applied', 1],
    ]);
    const reviews = await get<{ items: PlanReview[] }>(ana, `/api/v1/plans/${planId}/reviews`);
    expect(reviews.items[0]).toMatchObject({ id: reviewId, rho: 0.3 });
    expect(reviews.items[0]?.tScore).toBeGreaterThan(50);

    // The family's phone logs practice offline and pushes it.
    const logId = uuidv7();
    const logBatch = [
      mutation({
        entity: 'practice_log',
        id: logId,
        data: {
          planId,
          assignmentId: rest.assignments[0]!.id,
          date: '2026-11-13',
          result: 'partly',
        },
      }),
    ];
    expect((await push(t, family, logBatch))[0]).toMatchObject({ status: 'applied', rev: 1 });
    expect(await get<PracticeLog>(ana, `/api/v1/practice-logs/${logId}`)).toMatchObject({
      result: 'partly',
      loggedByRole: 'family',
    });
    // A correction of the tap, versioned.
    const [fixed] = await push(t, family, [
      mutation({
        entity: 'practice_log',
        id: logId,
        baseRev: 1,
        data: { result: 'done', note: null },
      }),
    ]);
    expect(fixed).toMatchObject({ status: 'applied', rev: 2 });

    const counts = await planCounts(t);
    expect((await push(t, ana, batch)).map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect((await push(t, family, logBatch))[0]?.status).toBe('duplicate');
    expect(await planCounts(t)).toEqual(counts);
  });

  it('rejects bad mutations with field errors in the user’s language, changing nothing', async () => {
    const c = await caseload();
    const other = await planHousehold(t, ana);
    const otherFamily = await t.user(`family-${other.householdId}`, 'family', [], {
      householdId: other.householdId,
    });
    const before = await planCounts(t);
    const { personId, ...rest } = planInput(c.child, c.mother);
    const results = await push(
      t,
      ana,
      [
        mutation({
          entity: 'plan',
          id: uuidv7(),
          data: {
            personId,
            ...rest,
            goals: [goalInput({ levels: { ...LEVELS, expected: '' } })],
            assignments: [],
          },
        }),
        mutation({
          entity: 'practice_log',
          id: uuidv7(),
          data: { planId: c.plan.id, assignmentId: uuidv7(), date: '2026-11-10', result: 'done' },
        }),
        mutation({
          entity: 'visit',
          id: uuidv7(),
          data: {
            householdId: c.householdId,
            kind: 'home',
            visitedOn: '2026-11-10',
            personIds: [other.child.id],
          },
        }),
        mutation({
          entity: 'plan_review',
          id: c.review.id,
          baseRev: 1,
          data: { reviewedOn: '2026-11-10', levels: [] },
        }),
        mutation({ entity: 'plan', id: c.plan.id, op: 'delete', baseRev: 1 }),
      ],
      { language: 'ru' },
    );
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('rejected'));
    expect(results.map((r) => r.errors.map((e) => [e.path, e.code]))).toEqual([
      [['data.goals.0.levels.expected', 'plan.goal_levels_required']],
      [['data.assignmentId', 'practice.activity_not_in_plan']],
      [['data.personIds.0', 'visit.person_not_in_household']],
      [['data', 'sync.bad_mutation']],
      [['op', 'sync.bad_mutation']],
    ]);
    expect(results[0]?.errors[0]?.message).toBe('Опишите все пять уровней цели (от −2 до +2)');

    // A family member of another household cannot log for this plan.
    const [foreign] = await push(t, otherFamily, [
      mutation({
        entity: 'practice_log',
        id: uuidv7(),
        data: {
          planId: c.plan.id,
          assignmentId: c.plan.assignments[0]!.id,
          date: '2026-11-10',
          result: 'done',
        },
      }),
    ]);
    expect(foreign).toMatchObject({ status: 'rejected' });
    expect(foreign?.errors.map((e) => [e.path, e.code])).toEqual([
      ['data.planId', 'practice.other_household'],
    ]);
    expect(await planCounts(t)).toEqual(before);
  });

  it('keeps a stale plan edit as a conflict a supervisor sees and can apply', async () => {
    const c = await caseload();
    const { personId: _p, ...rest } = planInput(c.child, c.mother);
    const content = {
      ...rest,
      goals: c.plan.goals.map(({ weight: _w, ...g }) => g),
      assignments: c.plan.assignments,
    };
    const [applied] = await push(t, ana, [
      mutation({
        entity: 'plan',
        id: c.plan.id,
        baseRev: 1,
        data: { ...content, visitIntervalDays: 7 },
      }),
    ]);
    expect(applied).toMatchObject({ status: 'applied', rev: 2 });
    const [stale] = await push(t, bek, [
      mutation({ entity: 'plan', id: c.plan.id, baseRev: 1, data: { ...content, note: 'Bek' } }),
    ]);
    // bek cannot see ana's household on his device, but the district is his: the server keeps his version.
    expect(stale).toMatchObject({ status: 'conflict', rev: 2 });
    const page = await get<ConflictPage>(supervisor, '/api/v1/sync/conflicts');
    expect(page.items.find((x) => x.id === stale?.conflictId)).toMatchObject({
      entity: 'plan',
      recordId: c.plan.id,
      label: '2026-09-01 – 2027-02-28',
    });
    expectStatus(
      await t.request(supervisor, {
        method: 'POST',
        url: `/api/v1/sync/conflicts/${stale?.conflictId ?? ''}/resolve`,
        payload: { choice: 'device' },
      }),
      200,
    );
    expect(await get<Plan>(ana, `/api/v1/plans/${c.plan.id}`)).toMatchObject({
      rev: 3,
      note: 'Bek',
      visitIntervalDays: 14,
    });
  });

  it('leaves plans closed before the history cut-off, and old practice and visits, on the server', async () => {
    const c = await caseload();
    const db = t.database.db;
    // A plan completed years ago, and a log and a visit from then.
    await db
      .updateTable('plans')
      .set({ status: 'completed', closed_on: '2020-01-31', rev: c.plan.rev + 1 })
      .where('id', '=', c.plan.id)
      .execute();
    const recent = await caseload();
    await db
      .updateTable('practice_logs')
      .set({ practiced_on: '2020-01-10', rev: 2 })
      .where('id', '=', recent.log.id)
      .execute();
    await db
      .updateTable('visits')
      .set({ visited_on: '2020-01-10', next_visit_on: null, rev: 2 })
      .where('id', '=', recent.visit.id)
      .execute();
    const held = applyChanges((await pullAll(t, ana)).changes);
    expect(held.has(`plan:${c.plan.id}`)).toBe(false);
    expect(held.has(`plan_review:${c.review.id}`)).toBe(false);
    expect(held.has(`practice_log:${c.log.id}`)).toBe(false);
    expect(held.has(`plan:${recent.plan.id}`)).toBe(true);
    expect(held.has(`practice_log:${recent.log.id}`)).toBe(false);
    expect(held.has(`visit:${recent.visit.id}`)).toBe(false);
    expect(held.has(`visit:${c.visit.id}`)).toBe(true);
  });
});
