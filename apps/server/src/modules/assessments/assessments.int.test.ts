import {
  instrumentById,
  scoreAnswers,
  type Assessment,
  type AssessmentPage,
  type Person,
  type Problem,
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
import { household } from './assessments.test-support.js';

const WG_ALL_NO = {
  seeing: 1,
  hearing: 1,
  walking: 1,
  cognition: 1,
  selfcare: 1,
  communication: 1,
};

describe.each(engines())('assessments, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let worker2: TestUser;
  let adult: Person;
  let child: Person;
  let householdId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.karasayDistrict]);
    ({ adult, child, householdId } = await household(t, worker));
  });
  afterAll(() => t.close());

  const post = (user: TestUser, payload: Record<string, unknown>, language = 'en') =>
    t.request(user, {
      method: 'POST',
      url: '/api/v1/assessments',
      headers: { 'accept-language': language },
      payload,
    });
  const get = (user: TestUser, url: string) => t.request(user, { method: 'GET', url });
  const assess = (payload: Record<string, unknown>, user = worker) =>
    post(user, { personId: adult.id, instrument: 'wg-ss', assessedOn: '2026-03-02', ...payload });

  async function counts() {
    const db = t.database.db;
    const [a, audit] = await Promise.all([
      db
        .selectFrom('assessments')
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      db.selectFrom('audit_log').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { assessments: Number(a.n), audit: Number(audit.n) };
  }

  it('stores a complete WG-SS with the engine’s scores, reads it back and audits both', async () => {
    const answers = { ...WG_ALL_NO, walking: 3, seeing: 2 };
    const created = expectStatus<Assessment>(await assess({ answers, note: 'Үйде' }), 201);
    const wgSs = instrumentById('wg-ss');
    if (!wgSs) throw new Error('wg-ss is not registered');
    expect(created).toMatchObject({
      personId: adult.id,
      householdId,
      instrument: 'wg-ss',
      version: wgSs.version,
      assessedOn: '2026-03-02',
      answers,
      scores: { disability1: 1, disability2: 1, disability3: 1, disability4: 0 },
      status: 'complete',
      positive: true,
      note: 'Үйде',
      assessedBy: 'Test worker',
      rev: 1,
    });
    expect(created.scores).toEqual(scoreAnswers(wgSs, answers));
    expect(created.ageMonths).toBeGreaterThanOrEqual(12 * 26);
    const read = expectStatus<Assessment>(
      await get(worker, `/api/v1/assessments/${created.id}`),
      200,
    );
    expect(read).toEqual(created);
    const trail = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'fields'])
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(trail.map((r) => [r.action, r.entity])).toEqual([
      ['create', 'assessment'],
      ['read', 'assessment'],
    ]);
    // The audit log holds field names, never answers.
    expect(trail[0]?.fields).toEqual(['answers', 'assessedOn', 'instrument', 'note', 'personId']);
  });

  it('keeps partial answers as a draft scored as missing, never as zero', async () => {
    const draft = expectStatus<Assessment>(
      await assess({ answers: { seeing: 1, hearing: 1 } }),
      201,
    );
    expect(draft.status).toBe('draft');
    expect(draft.scores).toEqual({
      disability1: null,
      disability2: null,
      disability3: null,
      disability4: null,
    });
    expect(draft.positive).toBeNull();
    // "Don't know" answers every item (complete) but still counts as missing.
    const unknown = expectStatus<Assessment>(
      await assess({ answers: { ...WG_ALL_NO, cognition: 'dont_know' } }),
      201,
    );
    expect(unknown.status).toBe('complete');
    expect(unknown.scores.disability1).toBeNull();
    // One qualifying answer decides the identifier even with another missing.
    const severe = expectStatus<Assessment>(
      await assess({ answers: { seeing: 4, hearing: 'refused' } }),
      201,
    );
    expect(severe).toMatchObject({ status: 'draft', positive: true });
    expect(severe.scores).toMatchObject({ disability3: 1, disability4: 1 });
  });

  it('corrects an assessment with its revision; a stale revision is 409 and changes nothing', async () => {
    const created = expectStatus<Assessment>(await assess({ answers: { seeing: 1 } }), 201);
    const put = (payload: Record<string, unknown>) =>
      t.request(worker, {
        method: 'PUT',
        url: `/api/v1/assessments/${created.id}`,
        payload: { assessedOn: '2026-03-03', note: null, ...payload },
      });
    const done = expectStatus<Assessment>(await put({ answers: WG_ALL_NO, rev: 1 }), 200);
    expect(done).toMatchObject({
      rev: 2,
      status: 'complete',
      positive: false,
      assessedOn: '2026-03-03',
      scores: { disability1: 0, disability2: 0, disability3: 0, disability4: 0 },
    });
    const before = await counts();
    const stale = expectStatus<Problem>(await put({ answers: { seeing: 4 }, rev: 1 }), 409);
    expect(stale).toMatchObject({ code: 'stale_revision', currentRev: 2 });
    // The same values again: nothing is written, the revision stays.
    const same = expectStatus<Assessment>(await put({ answers: WG_ALL_NO, rev: 2 }), 200);
    expect(same.rev).toBe(2);
    expect(await counts()).toEqual(before);
    const history = await t.database.db
      .selectFrom('record_history')
      .select(['op', 'rev', 'changed_fields', 'snapshot'])
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(history.map((h) => [h.op, h.rev, h.snapshot])).toEqual([
      ['create', 1, null],
      ['update', 2, null],
    ]);
    expect(history[1]?.changed_fields).toEqual(
      expect.arrayContaining(['answers', 'assessedOn', 'scores', 'status']),
    );
  });

  it('lists a person’s and a household’s assessments newest first, page by page', async () => {
    const { adult: p, householdId: hid, child: c } = await household(t, worker);
    const ids: string[] = [];
    for (const on of ['2026-02-01', '2026-04-01', '2026-04-01', '2026-01-15'])
      ids.push(
        expectStatus<Assessment>(
          await post(worker, {
            personId: p.id,
            instrument: 'wg-ss',
            assessedOn: on,
            answers: WG_ALL_NO,
          }),
          201,
        ).id,
      );
    const [feb, aprFirst, aprSecond, jan] = ids;
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: AssessmentPage = expectStatus<AssessmentPage>(
        await get(
          worker,
          `/api/v1/assessments?personId=${p.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        ),
        200,
      );
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual([aprSecond, aprFirst, feb, jan]);
    const byHousehold = expectStatus<AssessmentPage>(
      await get(worker, `/api/v1/assessments?householdId=${hid}&limit=500`),
      200,
    );
    expect(byHousehold.items.map((a) => a.id)).toEqual([aprSecond, aprFirst, feb, jan]);
    expect(
      expectStatus<AssessmentPage>(await get(worker, `/api/v1/assessments?personId=${c.id}`), 200)
        .items,
    ).toEqual([]);
    // Another district's worker sees none of them.
    expect(
      expectStatus<AssessmentPage>(
        await get(worker2, `/api/v1/assessments?householdId=${hid}`),
        200,
      ).items,
    ).toEqual([]);
    expect(expectStatus<Problem>(await get(worker, '/api/v1/assessments'), 400)).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'query.personId', code: 'validation.required' }],
    });
    expect(
      expectStatus<Problem>(await get(worker, `/api/v1/assessments?personId=${p.id}&cursor=x`), 400)
        .code,
    ).toBe('bad_cursor');
  });

  describe('bad input is refused in the user’s language and changes nothing', () => {
    const cases: {
      name: string;
      payload: () => Record<string, unknown>;
      user?: () => TestUser;
      status: number;
      errors: { path: string; code: string }[];
    }[] = [
      {
        name: 'an unknown item',
        payload: () => ({ answers: { ...WG_ALL_NO, smell: 1 } }),
        status: 422,
        errors: [{ path: 'answers.smell', code: 'instrument.unknown_item' }],
      },
      {
        name: 'a code off the scale',
        payload: () => ({ answers: { ...WG_ALL_NO, seeing: 5, hearing: 'maybe' } }),
        status: 422,
        errors: [
          { path: 'answers.seeing', code: 'instrument.answer_out_of_scale' },
          { path: 'answers.hearing', code: 'instrument.answer_out_of_scale' },
        ],
      },
      {
        name: 'an unknown instrument',
        payload: () => ({ instrument: 'phq-9', answers: {} }),
        status: 422,
        errors: [{ path: 'instrument', code: 'instrument.not_found' }],
      },
      {
        name: 'an instrument outside the person’s age (WG-SS for a child of three)',
        payload: () => ({ personId: child.id, answers: WG_ALL_NO }),
        status: 422,
        errors: [{ path: 'instrument', code: 'instrument.age_out_of_range' }],
      },
      {
        name: 'a day in the future',
        payload: () => ({ assessedOn: '2099-01-01', answers: WG_ALL_NO }),
        status: 422,
        errors: [{ path: 'assessedOn', code: 'assessment.date_future' }],
      },
      {
        name: 'a day before birth',
        payload: () => ({ assessedOn: '1950-01-01', answers: WG_ALL_NO }),
        status: 422,
        errors: [{ path: 'assessedOn', code: 'assessment.before_birth' }],
      },
      {
        name: 'a person unknown',
        payload: () => ({ personId: uuidv7(), answers: WG_ALL_NO }),
        status: 404,
        errors: [{ path: 'personId', code: 'assessment.person_not_found' }],
      },
      {
        name: 'a person in another district (worker2)',
        payload: () => ({ answers: WG_ALL_NO }),
        user: () => worker2,
        status: 404,
        errors: [{ path: 'personId', code: 'assessment.person_not_found' }],
      },
    ];

    it.each(cases)('$name', async ({ payload, user, status, errors }) => {
      const before = await counts();
      for (const language of ['kk', 'ru', 'en']) {
        const problem = expectStatus<Problem>(
          await post(
            user?.() ?? worker,
            { personId: adult.id, instrument: 'wg-ss', assessedOn: '2026-03-02', ...payload() },
            language,
          ),
          status,
        );
        expect(problem.errors?.map(({ path, code }) => ({ path, code }))).toEqual(errors);
        for (const e of problem.errors ?? []) expect(e.message).not.toBe(e.code);
      }
      expect((await counts()).assessments).toBe(before.assessments);
    });

    it('a person without consent to assessment: 422 assessment.consent_required', async () => {
      const { householdId: hid } = await household(t, worker);
      const registered = await t.created<Person>(
        worker,
        '/api/v1/persons',
        personInput(hid, {
          consent: consentInput({ scopes: ['registration'] }),
          confirmNotDuplicate: true,
        }),
      );
      const before = await counts();
      const problem = expectStatus<Problem>(
        await post(
          worker,
          {
            personId: registered.id,
            instrument: 'wg-ss',
            assessedOn: '2026-03-02',
            answers: WG_ALL_NO,
          },
          'ru',
        ),
        422,
      );
      expect(problem.errors).toEqual([
        {
          path: 'personId',
          code: 'assessment.consent_required',
          message: 'Для оценки нужно действующее согласие человека на оценку',
        },
      ]);
      expect((await counts()).assessments).toBe(before.assessments);
    });
  });

  it('hides assessments once consent is withdrawn, and removes them with the person', async () => {
    const { adult: p } = await household(t, worker);
    const a = expectStatus<Assessment>(
      await post(worker, {
        personId: p.id,
        instrument: 'wg-ss',
        assessedOn: '2026-03-02',
        answers: WG_ALL_NO,
      }),
      201,
    );
    const consentId = p.consents[0]?.id ?? '';
    expectStatus(
      await t.request(worker, {
        method: 'POST',
        url: `/api/v1/consents/${consentId}/withdraw`,
        payload: { withdrawnOn: '2026-03-05', reason: null },
      }),
      200,
    );
    const hidden = expectStatus<Problem>(await get(worker, `/api/v1/assessments/${a.id}`), 404);
    expect(hidden.errors?.[0]?.code).toBe('assessment.consent_required');
    expect(
      expectStatus<AssessmentPage>(await get(worker, `/api/v1/assessments?personId=${p.id}`), 200)
        .items,
    ).toEqual([]);
    // Kept, not shown: the stored answers are still there.
    const row = await t.database.db
      .selectFrom('assessments')
      .select(['answers', 'deleted_at'])
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ answers: WG_ALL_NO, deleted_at: null });

    expectStatus(
      await t.request(worker, { method: 'DELETE', url: `/api/v1/persons/${p.id}` }),
      204,
    );
    const removed = await t.database.db
      .selectFrom('assessments')
      .select(['rev', 'deleted_at'])
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(removed.rev).toBe(2);
    expect(removed.deleted_at).not.toBeNull();
  });
});
