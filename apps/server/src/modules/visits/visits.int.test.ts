import type { Person, Plan, PlanReview, Problem, Visit, VisitPage } from '@birge/domain';
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
import { createPlan, planCounts, planHousehold } from '../plans/plans.test-support.js';

describe.each(engines())('visits, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let worker2: TestUser;
  let manager: TestUser;
  let family: TestUser;
  let mother: Person;
  let child: Person;
  let householdId: string;
  let plan: Plan;
  let reviewId: string;
  let other: Awaited<ReturnType<typeof planHousehold>>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.karasayDistrict]);
    manager = await t.user('manager', 'manager', [PLACES.almatyRegion]);
    ({ mother, child, householdId } = await planHousehold(t, worker));
    family = await t.user('family', 'family', [], { householdId });
    plan = await createPlan(t, worker, child, mother);
    reviewId = (
      await t.created<PlanReview>(worker, `/api/v1/plans/${plan.id}/reviews`, {
        reviewedOn: '2026-11-10',
        levels: plan.goals.map((g) => ({ goalId: g.id, level: 0 })),
      })
    ).id;
    other = await planHousehold(t, worker);
  });
  afterAll(() => t.close());

  const visitInput = (overrides: Record<string, unknown> = {}) => ({
    householdId,
    kind: 'home',
    visitedOn: '2026-11-10',
    personIds: [child.id],
    planId: plan.id,
    presentMemberIds: [child.id, mother.id],
    presentOthers: ['Айгүл Серікқызы, мұғалім'],
    activityIds: ['positioning.supported-sitting'],
    assessmentIds: [],
    reviewIds: [reviewId],
    notes: 'Отыру жаттығуын анасымен бірге көрсеттім.',
    nextVisitOn: '2026-11-24',
    ...overrides,
  });
  const post = (payload: Record<string, unknown>, user = worker) =>
    t.request(user, {
      method: 'POST',
      url: '/api/v1/visits',
      headers: { 'accept-language': 'en' },
      payload,
    });
  const get = (url: string, user = worker) => t.request(user, { method: 'GET', url });

  it('records a visit with who was there and what was done, reads and lists it', async () => {
    const visit = expectStatus<Visit>(await post(visitInput()), 201);
    const { householdId: _h, ...input } = visitInput();
    expect(visit).toMatchObject({ ...input, householdId, recordedBy: 'Test worker', rev: 1 });
    expect(expectStatus<Visit>(await get(`/api/v1/visits/${visit.id}`), 200)).toEqual(visit);
    const phone = expectStatus<Visit>(
      await post(
        visitInput({
          kind: 'phone',
          visitedOn: '2026-11-17',
          personIds: [mother.id],
          presentMemberIds: [mother.id],
          presentOthers: [],
          activityIds: [],
          reviewIds: [],
          planId: null,
          nextVisitOn: null,
        }),
      ),
      201,
    );
    const byHousehold = expectStatus<VisitPage>(
      await get(`/api/v1/visits?householdId=${householdId}`),
      200,
    );
    expect(byHousehold.items.map((v) => v.id)).toEqual([phone.id, visit.id]);
    const byPerson = expectStatus<VisitPage>(await get(`/api/v1/visits?personId=${child.id}`), 200);
    expect(byPerson.items.map((v) => v.id)).toEqual([visit.id]);
    const paged = expectStatus<VisitPage>(
      await get(`/api/v1/visits?householdId=${householdId}&limit=1`),
      200,
    );
    expect(paged.items.map((v) => v.id)).toEqual([phone.id]);
    const next = expectStatus<VisitPage>(
      await get(
        `/api/v1/visits?householdId=${householdId}&limit=1&cursor=${paged.nextCursor ?? ''}`,
      ),
      200,
    );
    expect(next).toEqual({ items: [expect.objectContaining({ id: visit.id })], nextCursor: null });
    // The family reads its household's visits; the manager reads; worker2 sees none.
    expect((await get(`/api/v1/visits/${visit.id}`, family)).statusCode).toBe(200);
    expect((await get(`/api/v1/visits/${visit.id}`, manager)).statusCode).toBe(200);
    expect((await get(`/api/v1/visits/${visit.id}`, worker2)).statusCode).toBe(404);
    expect(
      expectStatus<VisitPage>(await get(`/api/v1/visits?householdId=${householdId}`, worker2), 200)
        .items,
    ).toEqual([]);
  });

  it('corrects a visit with its revision; stale is 409', async () => {
    const visit = expectStatus<Visit>(await post(visitInput()), 201);
    const { householdId: _h, ...content } = visitInput();
    const put = (payload: Record<string, unknown>, user = worker) =>
      t.request(user, { method: 'PUT', url: `/api/v1/visits/${visit.id}`, payload });
    const v2 = expectStatus<Visit>(await put({ ...content, notes: 'Толықтырылды', rev: 1 }), 200);
    expect(v2).toMatchObject({ notes: 'Толықтырылды', rev: 2 });
    expect(
      expectStatus<Visit>(await put({ ...content, notes: 'Толықтырылды', rev: 2 }), 200).rev,
    ).toBe(2);
    const before = await planCounts(t);
    expect((await put({ ...content, notes: 'x', rev: 1 })).statusCode).toBe(409);
    expect((await put({ ...content, notes: 'x', rev: 2 }, family)).statusCode).toBe(403);
    expect((await put({ ...content, notes: 'x', rev: 2 }, manager)).statusCode).toBe(403);
    expect((await put({ ...content, notes: 'x', rev: 2 }, worker2)).statusCode).toBe(404);
    expect(await planCounts(t)).toEqual(before);
  });

  describe('bad visits change nothing', () => {
    it.each([
      [
        'a kind it does not know',
        () => ({ kind: 'video' }),
        422,
        'kind',
        'validation.invalid_option',
      ],
      [
        'a day in the future',
        () => ({ visitedOn: '2099-01-01', nextVisitOn: null }),
        422,
        'visitedOn',
        'visit.date_future',
      ],
      [
        'a next visit before this one',
        () => ({ nextVisitOn: '2026-11-09' }),
        422,
        'nextVisitOn',
        'visit.next_before_visit',
      ],
      [
        'a person of another household',
        () => ({ personIds: [other.child.id] }),
        422,
        'personIds.0',
        'visit.person_not_in_household',
      ],
      [
        'someone present from elsewhere',
        () => ({ presentMemberIds: [uuidv7()] }),
        422,
        'presentMemberIds.0',
        'visit.person_not_in_household',
      ],
      [
        'a plan of another household',
        () => ({ planId: uuidv7() }),
        422,
        'planId',
        'visit.plan_unknown',
      ],
      [
        'an unknown assessment',
        () => ({ assessmentIds: [uuidv7()] }),
        422,
        'assessmentIds.0',
        'visit.assessment_unknown',
      ],
      [
        'an unknown review',
        () => ({ reviewIds: [uuidv7()] }),
        422,
        'reviewIds.0',
        'visit.review_unknown',
      ],
      [
        'a malformed activity id',
        () => ({ activityIds: ['Walk!'] }),
        422,
        'activityIds.0',
        'plan.activity_id_format',
      ],
      [
        'a household out of sight',
        () => ({ householdId: uuidv7() }),
        404,
        'householdId',
        'visit.household_not_found',
      ],
    ] as const)('%s', async (_name, change, status, path, code) => {
      const before = await planCounts(t);
      const res = await post(visitInput(change()));
      expect(res.statusCode).toBe(status);
      expect(res.json<Problem>().errors).toContainEqual(expect.objectContaining({ path, code }));
      expect(await planCounts(t)).toEqual(before);
    });

    it('a worker of another district gets 404; a family or manager cannot record', async () => {
      const before = await planCounts(t);
      expect((await post(visitInput(), worker2)).statusCode).toBe(404);
      expect((await post(visitInput(), family)).statusCode).toBe(403);
      expect((await post(visitInput(), manager)).statusCode).toBe(403);
      expect(await planCounts(t)).toEqual(before);
    });
  });
});
