import type { Person, Plan, PracticeLog, PracticeLogList, Problem } from '@birge/domain';
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

describe.each(engines())('practice logs and adherence, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let worker2: TestUser;
  let family: TestUser;
  let otherFamily: TestUser;
  let mother: Person;
  let plan: Plan;
  let otherPlan: Plan;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.karasayDistrict]);
    const home = await planHousehold(t, worker);
    mother = home.mother;
    plan = await createPlan(t, worker, home.child, home.mother);
    family = await t.user('family', 'family', [], { householdId: home.householdId });
    const other = await planHousehold(t, worker);
    otherPlan = await createPlan(t, worker, other.child, other.mother);
    otherFamily = await t.user('other-family', 'family', [], { householdId: other.householdId });
  });
  afterAll(() => t.close());

  const sitting = () => plan.assignments[0]!;
  const dressing = () => plan.assignments[1]!;
  const log = (payload: Record<string, unknown>, user = family, language = 'en') =>
    t.request(user, {
      method: 'POST',
      url: '/api/v1/practice-logs',
      headers: { 'accept-language': language },
      payload: { planId: plan.id, assignmentId: sitting().id, ...payload },
    });
  const list = async (query = '') =>
    expectStatus<PracticeLogList>(
      await t.request(worker, {
        method: 'GET',
        url: `/api/v1/practice-logs?planId=${plan.id}${query}`,
      }),
      200,
    );

  it('a family member logs practice in one tap; the worker sees it with adherence per week', async () => {
    const first = expectStatus<PracticeLog>(
      await log({ date: '2026-11-02', result: 'done', note: 'Жақсы отырды' }),
      201,
    );
    expect(first).toMatchObject({
      planId: plan.id,
      assignmentId: sitting().id,
      activityId: 'positioning.supported-sitting',
      personId: plan.personId,
      householdId: plan.householdId,
      date: '2026-11-02',
      result: 'done',
      note: 'Жақсы отырды',
      loggedBy: 'Test family',
      loggedByRole: 'family',
      rev: 1,
    });
    for (const [date, result] of [
      ['2026-11-02', 'done'],
      ['2026-11-03', 'partly'],
      ['2026-11-04', 'not_today'],
      ['2026-11-10', 'done'],
    ] as const)
      expectStatus(await log({ date, result }), 201);
    expectStatus(
      await log({ date: '2026-11-05', result: 'done', assignmentId: dressing().id }),
      201,
    );
    // The worker logs one on a visit, too.
    expectStatus(await log({ date: '2026-11-11', result: 'done' }, worker), 201);

    const all = await list();
    expect(all.items).toHaveLength(7);
    expect(all.items.map((l) => l.date)).toEqual([...all.items.map((l) => l.date)].sort());
    const week = (assignmentId: string, w: string) =>
      all.adherence.find((a) => a.assignmentId === assignmentId && a.week === w);
    // Twice a day: 14 sessions a week; done 2 + partly ½ → 2.5.
    expect(week(sitting().id, '2026-W45')).toMatchObject({
      weekStart: '2026-11-02',
      sessions: 2.5,
      expected: 14,
      done: 2,
      partly: 1,
      notToday: 1,
    });
    expect(week(sitting().id, '2026-W45')?.adherence).toBeCloseTo(2.5 / 14, 12);
    expect(week(sitting().id, '2026-W46')).toMatchObject({ sessions: 2, expected: 14 });
    // Three a week: one done.
    expect(week(dressing().id, '2026-W45')).toMatchObject({ sessions: 1, expected: 3 });
    expect(week(dressing().id, '2026-W45')?.adherence).toBeCloseTo(1 / 3, 12);

    const ranged = await list('&from=2026-11-09&to=2026-11-15');
    expect(ranged.items.map((l) => l.date)).toEqual(['2026-11-10', '2026-11-11']);
    expect(new Set(ranged.adherence.map((a) => a.week))).toEqual(new Set(['2026-W46']));

    // The family reads its own plan's practice too.
    expect(
      (
        await t.request(family, {
          method: 'GET',
          url: `/api/v1/practice-logs?planId=${plan.id}`,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('corrects a wrong tap with the revision', async () => {
    const created = expectStatus<PracticeLog>(
      await log({ date: '2026-11-12', result: 'done' }),
      201,
    );
    const put = (payload: Record<string, unknown>, user = family) =>
      t.request(user, { method: 'PUT', url: `/api/v1/practice-logs/${created.id}`, payload });
    const fixed = expectStatus<PracticeLog>(
      await put({ result: 'partly', note: null, rev: 1 }),
      200,
    );
    expect(fixed).toMatchObject({ result: 'partly', rev: 2 });
    expect((await put({ result: 'done', note: null, rev: 1 })).statusCode).toBe(409);
    expect((await put({ result: 'done', note: null, rev: 2 }, otherFamily)).statusCode).toBe(404);
  });

  describe('bad logs change nothing', () => {
    it.each([
      [
        'an activity not in the plan',
        () => ({ assignmentId: uuidv7(), date: '2026-11-05', result: 'done' }),
        422,
        'assignmentId',
        'practice.activity_not_in_plan',
      ],
      [
        'an activity of another plan',
        () => ({ assignmentId: otherPlan.assignments[0]!.id, date: '2026-11-05', result: 'done' }),
        422,
        'assignmentId',
        'practice.activity_not_in_plan',
      ],
      [
        'a day in the future',
        () => ({ date: '2099-01-01', result: 'done' }),
        422,
        'date',
        'practice.date_future',
      ],
      [
        'a day the activity is not assigned',
        () => ({ date: '2026-10-01', result: 'done' }),
        422,
        'date',
        'practice.date_outside_assignment',
      ],
      [
        'a result it does not know',
        () => ({ date: '2026-11-05', result: 'yes' }),
        422,
        'result',
        'validation.invalid_option',
      ],
    ] as const)('%s', async (_name, body, status, path, code) => {
      const before = await planCounts(t);
      const res = await log(body());
      expect(res.statusCode).toBe(status);
      expect(res.json<Problem>().errors).toContainEqual(expect.objectContaining({ path, code }));
      expect(await planCounts(t)).toEqual(before);
    });

    it('a family member of another household is refused, whether the plan exists or not', async () => {
      const before = await planCounts(t);
      for (const planId of [plan.id, uuidv7()]) {
        const res = await log({ planId, date: '2026-11-05', result: 'done' }, otherFamily, 'ru');
        expect(res.statusCode).toBe(404);
        expect(res.json<Problem>().errors).toEqual([
          {
            path: 'planId',
            code: 'practice.other_household',
            message: 'Отмечать занятия можно только по плану своей семьи',
          },
        ]);
      }
      expect(
        (
          await t.request(otherFamily, {
            method: 'GET',
            url: `/api/v1/practice-logs?planId=${plan.id}`,
          })
        ).statusCode,
      ).toBe(404);
      // A worker of another district: the plan is out of sight.
      const res = await log({ date: '2026-11-05', result: 'done' }, worker2);
      expect(res.statusCode).toBe(404);
      expect(res.json<Problem>().errors?.[0]?.code).toBe('plan.not_found');
      expect(await planCounts(t)).toEqual(before);
    });

    it('an inactive plan takes no practice', async () => {
      const draft = await createPlan(t, worker, { id: plan.personId } as Person, mother, {
        status: 'draft',
      });
      const before = await planCounts(t);
      const res = await log({
        planId: draft.id,
        assignmentId: draft.assignments[0]!.id,
        date: '2026-11-05',
        result: 'done',
      });
      expect(res.statusCode).toBe(422);
      expect(res.json<Problem>().errors).toEqual([
        expect.objectContaining({ path: 'planId', code: 'practice.plan_not_active' }),
      ]);
      expect(await planCounts(t)).toEqual(before);
    });
  });
});
