import { tScore, type Person, type Plan, type PlanReview, type Problem } from '@birge/domain';
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
import { createPlan, planCounts, planHousehold } from './plans.test-support.js';

describe.each(engines())('GAS reviews and the T-score calculator, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let worker2: TestUser;
  let analyst: TestUser;
  let mother: Person;
  let child: Person;
  let plan: Plan;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.karasayDistrict]);
    analyst = await t.user('analyst', 'analyst', [PLACES.almatyRegion]);
    ({ mother, child } = await planHousehold(t, worker));
    plan = await createPlan(t, worker, child, mother);
  });
  afterAll(() => t.close());

  const review = (payload: Record<string, unknown>, planId = plan.id, user = worker) =>
    t.request(user, {
      method: 'POST',
      url: `/api/v1/plans/${planId}/reviews`,
      headers: { 'accept-language': 'en' },
      payload,
    });
  const levels = (a: number, b: number) => [
    { goalId: plan.goals[0]!.id, level: a },
    { goalId: plan.goals[1]!.id, level: b },
  ];
  const calc = (payload: unknown, user: TestUser | null = worker) =>
    t.request(user, {
      method: 'POST',
      url: '/api/v1/gas/t-score',
      payload: payload as Record<string, unknown>,
    });

  it('scores every goal, stores the T-score with ρ and the weights, and lists the trend', async () => {
    const first = expectStatus<PlanReview>(
      await review({ reviewedOn: '2026-10-15', levels: levels(-1, 0), note: 'Бірінші шолу' }),
      201,
    );
    // Weights 6 and 2: Σwx = −6, Σw = 8, Σw² = 40 → 50 − 60/√(28 + 19.2)
    expect(first).toMatchObject({
      planId: plan.id,
      personId: child.id,
      reviewedOn: '2026-10-15',
      planRev: 1,
      gasWeighting: 'importance_difficulty',
      rho: 0.3,
      note: 'Бірінші шолу',
      reviewedBy: 'Test worker',
      rev: 1,
    });
    expect(first.goals.map((g) => [g.level, g.weight, g.importance, g.difficulty])).toEqual([
      [-1, 6, 3, 2],
      [0, 2, 2, 1],
    ]);
    expect(first.tScore).toBeCloseTo(50 - 60 / Math.sqrt(47.2), 10);
    expect(first.tScore).toBe(tScore(first.goals, first.rho));

    const second = expectStatus<PlanReview>(
      await review({ reviewedOn: '2026-11-20', levels: levels(1, 2), rho: 0.5 }),
      201,
    );
    // ρ = 0.5: Σwx = 10 → 50 + 100/√(20 + 32)
    expect(second.tScore).toBeCloseTo(50 + 100 / Math.sqrt(52), 10);
    const list = expectStatus<{ items: PlanReview[] }>(
      await t.request(worker, { method: 'GET', url: `/api/v1/plans/${plan.id}/reviews` }),
      200,
    );
    expect(list.items.map((r) => [r.reviewedOn, r.tScore])).toEqual([
      ['2026-10-15', first.tScore],
      ['2026-11-20', second.tScore],
    ]);
  });

  it('fixes a reviewed goal’s levels: the plan may change other things, not those', async () => {
    const current = expectStatus<Plan>(
      await t.request(worker, { method: 'GET', url: `/api/v1/plans/${plan.id}` }),
      200,
    );
    const goals = current.goals.map(({ weight: _w, ...g }) => g);
    const body = {
      startsOn: current.startsOn,
      endsOn: current.endsOn,
      assignments: current.assignments,
      visitIntervalDays: 7,
      reviewIntervalDays: current.reviewIntervalDays,
      gasWeighting: current.gasWeighting,
      note: current.note,
      rev: current.rev,
    };
    const locked = await t.request(worker, {
      method: 'PUT',
      url: `/api/v1/plans/${plan.id}`,
      payload: {
        ...body,
        goals: [{ ...goals[0]!, levels: { ...goals[0]!.levels, expected: 'Басқа' } }, goals[1]!],
      },
    });
    expect(locked.statusCode).toBe(422);
    expect(locked.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'goals.0.levels', code: 'plan.goal_reviewed_locked' }),
    ]);
    const removed = await t.request(worker, {
      method: 'PUT',
      url: `/api/v1/plans/${plan.id}`,
      payload: { ...body, goals: [goals[0]!], assignments: [current.assignments[0]!] },
    });
    expect(removed.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'goals', code: 'plan.goal_reviewed_removed' }),
    ]);
    const fine = expectStatus<Plan>(
      await t.request(worker, {
        method: 'PUT',
        url: `/api/v1/plans/${plan.id}`,
        payload: { ...body, goals: [{ ...goals[0]!, title: 'Жаңа сөздер' }, goals[1]!] },
      }),
      200,
    );
    expect(fine).toMatchObject({ rev: current.rev + 1, visitIntervalDays: 7 });
  });

  describe('bad reviews change nothing', () => {
    const cases: [string, () => Record<string, unknown>, string, string][] = [
      [
        'a goal left unscored',
        () => ({ reviewedOn: '2026-11-01', levels: levels(0, 0).slice(0, 1) }),
        'levels',
        'review.goal_missing',
      ],
      [
        'a goal of another plan',
        () => ({
          reviewedOn: '2026-11-01',
          levels: [...levels(0, 0), { goalId: uuidv7(), level: 0 }],
        }),
        'levels.2.goalId',
        'review.goal_unknown',
      ],
      [
        'a level of 3',
        () => ({ reviewedOn: '2026-11-01', levels: levels(3, 0) }),
        'levels.0.level',
        'gas.level_out_of_range',
      ],
      [
        'a level of 1.5',
        () => ({ reviewedOn: '2026-11-01', levels: levels(1.5, 0) }),
        'levels.0.level',
        'gas.level_out_of_range',
      ],
      [
        'ρ of 1',
        () => ({ reviewedOn: '2026-11-01', levels: levels(0, 0), rho: 1 }),
        'rho',
        'gas.rho_out_of_range',
      ],
      [
        'a review in the future',
        () => ({ reviewedOn: '2099-01-01', levels: levels(0, 0) }),
        'reviewedOn',
        'review.date_future',
      ],
      [
        'a review before the plan',
        () => ({ reviewedOn: '2026-08-01', levels: levels(0, 0) }),
        'reviewedOn',
        'review.before_plan',
      ],
    ];
    it.each(cases)('%s', async (_name, body, path, code) => {
      const before = await planCounts(t);
      const res = await review(body());
      expect(res.statusCode).toBe(422);
      expect(res.json<Problem>().errors).toContainEqual(expect.objectContaining({ path, code }));
      expect(await planCounts(t)).toEqual(before);
    });

    it('a draft plan is not reviewed; a plan out of sight is 404; an analyst is 403', async () => {
      const draft = await createPlan(t, worker, child, mother, { status: 'draft' });
      const before = await planCounts(t);
      const res = await review({ reviewedOn: '2026-11-01', levels: [] }, draft.id);
      expect(res.statusCode).toBe(422);
      const notActive = await review(
        { reviewedOn: '2026-11-01', levels: draft.goals.map((g) => ({ goalId: g.id, level: 0 })) },
        draft.id,
      );
      expect(notActive.json<Problem>().errors).toEqual([
        expect.objectContaining({ path: 'planId', code: 'review.plan_not_active' }),
      ]);
      const hidden = await review(
        { reviewedOn: '2026-11-01', levels: levels(0, 0) },
        plan.id,
        worker2,
      );
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json<Problem>().errors).toEqual([
        expect.objectContaining({ path: 'planId', code: 'plan.not_found' }),
      ]);
      expect(
        (await review({ reviewedOn: '2026-11-01', levels: levels(0, 0) }, plan.id, analyst))
          .statusCode,
      ).toBe(403);
      expect(
        (await t.request(worker2, { method: 'GET', url: `/api/v1/plans/${plan.id}/reviews` }))
          .statusCode,
      ).toBe(404);
      expect(await planCounts(t)).toEqual(before);
    });
  });

  describe('POST /gas/t-score', () => {
    it('computes the T-score; weight defaults to 1 and ρ to 0.3', async () => {
      expect(expectStatus(await calc({ goals: [{ level: 0 }, { level: 0 }] }), 200)).toEqual({
        tScore: 50,
      });
      const three = expectStatus<{ tScore: number }>(
        await calc({ goals: [{ level: 2 }, { level: 2 }, { level: 2 }] }),
        200,
      );
      expect(three.tScore).toBeCloseTo(50 + 60 / Math.sqrt(4.8), 10);
      const weighted = expectStatus<{ tScore: number }>(
        await calc({
          goals: [
            { level: 1, weight: 6 },
            { level: -1, weight: 2 },
            { level: 0, weight: 9 },
          ],
          rho: 0.3,
        }),
        200,
      );
      expect(weighted.tScore).toBeCloseTo(53.055305, 6);
      expect(
        expectStatus<{ tScore: number }>(
          await calc({ goals: [{ level: 1 }, { level: 1 }, { level: 1 }, { level: 1 }], rho: 0 }),
          200,
        ).tScore,
      ).toBe(70);
      expect(expectStatus(await calc({ goals: [{ level: 2, weight: 0 }] }), 200)).toEqual({
        tScore: null,
      });
      // Any signed-in role may use it: it stores nothing.
      expect((await calc({ goals: [{ level: 1 }] }, analyst)).statusCode).toBe(200);
    });

    it.each([
      [{ goals: [{ level: 3 }] }, 'goals.0.level', 'gas.level_out_of_range'],
      [{ goals: [{ level: -2.5 }] }, 'goals.0.level', 'gas.level_out_of_range'],
      [{ goals: [{ level: '1' }] }, 'goals.0.level', 'gas.level_out_of_range'],
      [{ goals: [{ level: 1, weight: -1 }] }, 'goals.0.weight', 'gas.weight_out_of_range'],
      [{ goals: [{ level: 1 }], rho: 1 }, 'rho', 'gas.rho_out_of_range'],
      [{ goals: [{ level: 1 }], rho: -0.2 }, 'rho', 'gas.rho_out_of_range'],
      [{ goals: [] }, 'goals', 'validation.array_too_short'],
    ])('refuses %j with 422 problem+json', async (body, path, code) => {
      const res = await t.request(worker, {
        method: 'POST',
        url: '/api/v1/gas/t-score',
        headers: { 'accept-language': 'ru' },
        payload: body,
      });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<Problem>().errors).toContainEqual(expect.objectContaining({ path, code }));
    });

    it('needs a signed-in user', async () => {
      expect((await calc({ goals: [{ level: 1 }] }, null)).statusCode).toBe(401);
    });
  });
});
