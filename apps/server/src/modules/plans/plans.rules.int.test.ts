import type { Person, PlanPage, Problem } from '@birge/domain';
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
import {
  createPlan,
  goalInput,
  LEVELS,
  planCounts,
  planHousehold,
  planInput,
} from './plans.test-support.js';

describe.each(engines())('plan rules and bad input, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let worker2: TestUser;
  let mother: Person;
  let child: Person;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.karasayDistrict]);
    ({ mother, child } = await planHousehold(t, worker));
  });
  afterAll(() => t.close());

  const post = (payload: unknown, user = worker, language = 'en') =>
    t.request(user, {
      method: 'POST',
      url: '/api/v1/plans',
      headers: { 'accept-language': language },
      payload: payload as Record<string, unknown>,
    });
  const get = (url: string, user = worker) => t.request(user, { method: 'GET', url });

  describe('bad input changes nothing', () => {
    const goal = () => goalInput();
    const cases: [
      string,
      (input: ReturnType<typeof planInput>) => unknown,
      number,
      string,
      string,
    ][] = [
      [
        'a goal without all five levels',
        (i) => ({
          ...i,
          goals: [{ ...goal(), levels: { ...LEVELS, muchMore: undefined } }],
          assignments: [],
        }),
        422,
        'goals.0.levels.muchMore',
        'plan.goal_levels_required',
      ],
      [
        'an empty level description',
        (i) => ({
          ...i,
          goals: [{ ...goal(), levels: { ...LEVELS, expected: ' ' } }],
          assignments: [],
        }),
        422,
        'goals.0.levels.expected',
        'plan.goal_levels_required',
      ],
      [
        'importance above 3',
        (i) => ({ ...i, goals: [{ ...goal(), importance: 4 }], assignments: [] }),
        422,
        'goals.0.importance',
        'plan.weight_out_of_range',
      ],
      [
        'difficulty below 0',
        (i) => ({ ...i, goals: [{ ...goal(), difficulty: -1 }], assignments: [] }),
        422,
        'goals.0.difficulty',
        'plan.weight_out_of_range',
      ],
      [
        'a baseline of 0',
        (i) => ({ ...i, goals: [{ ...goal(), baseline: 0 }], assignments: [] }),
        422,
        'goals.0.baseline',
        'plan.baseline_out_of_range',
      ],
      [
        'no CBR element',
        (i) => ({ ...i, goals: [{ ...goal(), cbrElements: [] }], assignments: [] }),
        422,
        'goals.0.cbrElements',
        'plan.cbr_element_required',
      ],
      [
        'a target date after the plan',
        (i) => ({ ...i, goals: [{ ...goal(), targetDate: '2027-03-01' }], assignments: [] }),
        422,
        'goals.0.targetDate',
        'plan.target_outside_period',
      ],
      [
        'an active plan without goals',
        (i) => ({ ...i, goals: [], assignments: [] }),
        422,
        'goals',
        'plan.goals_required',
      ],
      [
        'an activity for someone outside the household',
        (i) => ({ ...i, assignments: [{ ...i.assignments[0]!, personId: uuidv7() }] }),
        422,
        'assignments.0.personId',
        'plan.member_not_in_household',
      ],
      [
        'an activity serving a goal of another plan',
        (i) => ({ ...i, assignments: [{ ...i.assignments[0]!, goalId: uuidv7() }] }),
        422,
        'assignments.0.goalId',
        'plan.assignment_goal_unknown',
      ],
      [
        'an activity id of the wrong form',
        (i) => ({ ...i, assignments: [{ ...i.assignments[0]!, activityId: 'Sit!' }] }),
        422,
        'assignments.0.activityId',
        'plan.activity_id_format',
      ],
      [
        'a plan ending before it starts',
        (i) => ({ ...i, endsOn: '2026-08-01', goals: [], assignments: [], status: 'draft' }),
        422,
        'endsOn',
        'plan.period_end_before_start',
      ],
      [
        'a goal made from an assessment the person does not have',
        (i) => ({
          ...i,
          goals: [{ ...goal(), source: { assessmentId: uuidv7(), itemId: 'x' } }],
          assignments: [],
        }),
        422,
        'goals.0.source.assessmentId',
        'plan.source_unknown',
      ],
      [
        'an unknown field',
        (i) => ({ ...i, colour: 'green' }),
        422,
        'colour',
        'validation.unknown_field',
      ],
      [
        'a person the worker cannot see',
        (i) => ({ ...i, personId: uuidv7() }),
        404,
        'personId',
        'plan.person_not_found',
      ],
    ];
    it.each(cases)('%s', async (_name, change, status, path, code) => {
      const before = await planCounts(t);
      const res = await post(change(planInput(child, mother)));
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<Problem>().errors).toContainEqual(expect.objectContaining({ path, code }));
      expect(await planCounts(t)).toEqual(before);
    });

    it('a person outside the worker’s places is 404, like one that does not exist', async () => {
      const before = await planCounts(t);
      const res = await post(planInput(child, mother), worker2);
      expect(res.statusCode).toBe(404);
      expect(res.json<Problem>().errors).toEqual([
        expect.objectContaining({ path: 'personId', code: 'plan.person_not_found' }),
      ]);
      expect(await planCounts(t)).toEqual(before);
    });

    it('explains in Kazakh by default and in Russian on request', async () => {
      const bad = {
        ...planInput(child, mother),
        goals: [{ ...goal(), importance: 9 }],
        assignments: [],
      };
      const kk = await t.request(worker, { method: 'POST', url: '/api/v1/plans', payload: bad });
      expect(kk.json<Problem>().errors?.[0]?.message).toBe(
        'Маңыздылық пен қиындық 0-ден 3-ке дейінгі бүтін сан болуы керек',
      );
      const ru = await post(bad, worker, 'ru');
      expect(ru.json<Problem>().errors?.[0]?.message).toBe(
        'Важность и сложность — целые числа от 0 до 3',
      );
    });
  });

  it('needs the person’s valid consent to registration, and hides the plan without it', async () => {
    const h = await planHousehold(t, worker);
    const noConsent = await t.created<Person>(
      worker,
      '/api/v1/persons',
      personInput(h.householdId, {
        relationToHead: 'child',
        birthDate: '2018-02-02',
        iin: null,
        consent: undefined,
        languages: [],
        familyName: null,
        phone: null,
        confirmNotDuplicate: true,
      }),
    );
    const before = await planCounts(t);
    const refused = await post(planInput(noConsent, h.mother));
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'personId', code: 'plan.consent_required' }),
    ]);
    expect(await planCounts(t)).toEqual(before);

    const plan = await createPlan(t, worker, h.child, h.mother);
    const consentId = h.child.consents[0]?.id ?? '';
    expectStatus(
      await t.request(worker, {
        method: 'POST',
        url: `/api/v1/consents/${consentId}/withdraw`,
        payload: { withdrawnOn: '2026-11-01', reason: null },
      }),
      200,
    );
    const hidden = await get(`/api/v1/plans/${plan.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json<Problem>().errors).toEqual([
      expect.objectContaining({ path: 'personId', code: 'plan.consent_required' }),
    ]);
    expect(
      expectStatus<PlanPage>(await get(`/api/v1/plans?personId=${h.child.id}`), 200).items,
    ).toEqual([]);
    // A renewed consent brings it back.
    await t.created(
      worker,
      `/api/v1/persons/${h.child.id}/consents`,
      consentInput({
        givenBy: 'representative',
        representativePersonId: h.mother.id,
        representativeRelation: 'mother',
        givenOn: '2026-11-02',
        expiresOn: '2029-11-02',
      }),
    );
    expect((await get(`/api/v1/plans/${plan.id}`)).statusCode).toBe(200);
  });

  it('removing a person removes their plans, reviews and practice (tombstones)', async () => {
    const h = await planHousehold(t, worker);
    const plan = await createPlan(t, worker, h.child, h.mother);
    await t.created(worker, `/api/v1/plans/${plan.id}/reviews`, {
      reviewedOn: '2026-11-10',
      levels: plan.goals.map((g) => ({ goalId: g.id, level: 0 })),
    });
    await t.created(worker, '/api/v1/practice-logs', {
      planId: plan.id,
      assignmentId: plan.assignments[0]?.id,
      date: '2026-11-10',
      result: 'done',
    });
    expect(
      (await t.request(worker, { method: 'DELETE', url: `/api/v1/persons/${h.child.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await get(`/api/v1/plans/${plan.id}`)).statusCode).toBe(404);
    const db = t.database.db;
    for (const table of ['plans', 'plan_reviews', 'practice_logs'] as const) {
      const rows = await db
        .selectFrom(table)
        .select(['deleted_at', 'rev'])
        .where('person_id', '=', h.child.id)
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.deleted_at).not.toBeNull();
    }
  });

  it('documents the plan, review, practice, visit and calculator routes in OpenAPI', async () => {
    const doc = (await get('/api/v1/openapi.json')).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    for (const path of [
      '/api/v1/plans',
      '/api/v1/plans/{id}',
      '/api/v1/plans/{id}/status',
      '/api/v1/plans/{id}/history',
      '/api/v1/plans/{id}/reviews',
      '/api/v1/practice-logs',
      '/api/v1/practice-logs/{id}',
      '/api/v1/visits',
      '/api/v1/visits/{id}',
      '/api/v1/gas/t-score',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    expect(doc.paths['/api/v1/plans']?.post?.responses['422']).toBeDefined();
    expect(doc.paths['/api/v1/gas/t-score']?.post?.responses['200']).toBeDefined();
  });
});
