import type { Assessment, Conflict, ConflictPage, Person } from '@birge/domain';
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
import { household } from './assessments.test-support.js';

const NONE = { seeing: 1, hearing: 1, walking: 1, cognition: 1, selfcare: 1, communication: 1 };

describe.each(engines())('assessments in sync, on %s', (engine) => {
  let t: TestApp;
  let ana: TestUser;
  let bek: TestUser;
  let karasay: TestUser;
  let supervisor: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ana = await t.user('ana', 'worker', [PLACES.talgarDistrict]);
    bek = await t.user('bek', 'worker', [PLACES.talgarDistrict]);
    karasay = await t.user('karasay', 'worker', [PLACES.karasayDistrict]);
    supervisor = await t.user('sup', 'supervisor', [PLACES.talgarDistrict]);
  });
  afterAll(() => t.close());

  const get = async <T>(user: TestUser, url: string) =>
    expectStatus<T>(await t.request(user, { method: 'GET', url }), 200);
  const assess = (user: TestUser, person: Person, answers: Record<string, unknown> = NONE) =>
    t.created<Assessment>(user, '/api/v1/assessments', {
      personId: person.id,
      instrument: 'wg-ss',
      assessedOn: '2026-03-02',
      answers,
    });
  const count = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('assessments')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a pulled household brings its assessments as the REST API shows them, and their changes', async () => {
    const { adult } = await household(t, ana);
    const a = await assess(ana, adult);
    const first = await pullAll(t, ana);
    const held = applyChanges(first.changes);
    expect(held.get(`assessment:${a.id}`)).toMatchObject({ rev: 1, deleted: false });
    expect(held.get(`assessment:${a.id}`)?.data).toEqual(
      await get<Assessment>(ana, `/api/v1/assessments/${a.id}`),
    );
    expect(applyChanges((await pullAll(t, bek)).changes).has(`assessment:${a.id}`)).toBe(false);

    expectStatus(
      await t.request(ana, {
        method: 'PUT',
        url: `/api/v1/assessments/${a.id}`,
        payload: { assessedOn: '2026-03-02', answers: { ...NONE, walking: 3 }, note: null, rev: 1 },
      }),
      200,
    );
    const next = await pullAll(t, ana, first.cursor);
    expect(next.changes.map((c) => [c.entity, c.id, c.rev])).toEqual([['assessment', a.id, 2]]);
    expect(next.changes[0]?.data).toMatchObject({ positive: true, scores: { disability3: 1 } });
  });

  it('moves assessments with their household to a new holder, and removes them on withdrawal', async () => {
    const { householdId, adult } = await household(t, bek);
    const a = await assess(bek, adult);
    const bekBefore = await pullAll(t, bek);
    const anaBefore = await pullAll(t, ana);
    expectStatus(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/households/${householdId}/assignment`,
        payload: { workerId: ana.id },
      }),
      200,
    );
    const gone = await pullAll(t, bek, bekBefore.cursor);
    expect(gone.changes).toContainEqual(expect.objectContaining({ id: a.id, deleted: true }));
    const arrived = await pullAll(t, ana, anaBefore.cursor);
    expect(applyChanges(arrived.changes).get(`assessment:${a.id}`)?.deleted).toBe(false);

    expectStatus(
      await t.request(ana, {
        method: 'POST',
        url: `/api/v1/consents/${adult.consents[0]?.id ?? ''}/withdraw`,
        payload: { withdrawnOn: '2026-03-10', reason: null },
      }),
      200,
    );
    const after = await pullAll(t, ana, arrived.cursor);
    expect(after.changes).toContainEqual(
      expect.objectContaining({ entity: 'assessment', id: a.id, deleted: true, data: null }),
    );
  });

  it('applies a pushed assessment through the same rules; a replay is a no-op', async () => {
    const { adult } = await household(t, ana);
    const id = uuidv7();
    const batch = [
      mutation({
        entity: 'assessment',
        id,
        data: {
          personId: adult.id,
          instrument: 'wg-ss',
          assessedOn: '2026-03-04',
          answers: { ...NONE, seeing: 4 },
          note: 'Телефоннан',
        },
      }),
    ];
    const [result] = await push(t, ana, batch);
    expect(result).toMatchObject({ status: 'applied', rev: 1, errors: [] });
    expect(await get<Assessment>(ana, `/api/v1/assessments/${id}`)).toMatchObject({
      status: 'complete',
      positive: true,
      scores: { disability1: 1, disability2: 1, disability3: 1, disability4: 1 },
      note: 'Телефоннан',
      assessedBy: 'Test ana',
    });
    const before = await count();
    const [replay] = await push(t, ana, batch);
    expect(replay).toMatchObject({ status: 'duplicate', originalStatus: 'applied', rev: 1 });
    expect(await count()).toBe(before);
  });

  it('rejects a bad pushed assessment with field errors in the user’s language, changing nothing', async () => {
    const { adult } = await household(t, ana);
    const before = await count();
    const data = {
      personId: adult.id,
      instrument: 'wg-ss',
      assessedOn: '2026-03-04',
      answers: { ...NONE, seeing: 7, smell: 1 },
      note: null,
    };
    const results = await push(
      t,
      ana,
      [
        mutation({ entity: 'assessment', id: uuidv7(), data }),
        mutation({ entity: 'assessment', id: uuidv7(), data: { ...data, answers: NONE } }),
        mutation({
          entity: 'assessment',
          id: uuidv7(),
          data: { ...data, answers: NONE, instrument: 'phq-9' },
        }),
      ],
      { language: 'ru' },
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'applied', 'rejected']);
    expect(results[0]?.errors.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'data.answers.seeing', code: 'instrument.answer_out_of_scale' },
      { path: 'data.answers.smell', code: 'instrument.unknown_item' },
    ]);
    expect(results[0]?.errors[0]?.message).toBe('Такого ответа нет в шкале этого вопроса');
    expect(results[2]?.errors.map((e) => [e.path, e.code])).toEqual([
      ['data.instrument', 'instrument.not_found'],
    ]);
    expect(await count()).toBe(before + 1);

    // A person of another district is not found, whoever asks.
    const [elsewhere] = await push(t, karasay, [
      mutation({ entity: 'assessment', id: uuidv7(), data: { ...data, answers: NONE } }),
    ]);
    expect(elsewhere?.errors.map((e) => [e.path, e.code])).toEqual([
      ['data.personId', 'assessment.person_not_found'],
    ]);
    const [removal] = await push(t, ana, [
      mutation({ entity: 'assessment', id: uuidv7(), op: 'delete', baseRev: 1 }),
    ]);
    expect(removal?.status).toBe('rejected');
    expect(await count()).toBe(before + 1);
  });

  it('keeps a stale correction as a conflict a supervisor sees by instrument and day, and can apply', async () => {
    const { adult } = await household(t, ana);
    const a = await assess(ana, adult);
    const edit = (answers: Record<string, unknown>, baseRev: number) =>
      mutation({
        entity: 'assessment',
        id: a.id,
        baseRev,
        data: { assessedOn: '2026-03-02', answers, note: null },
      });
    const [applied] = await push(t, ana, [edit({ ...NONE, hearing: 2 }, 1)]);
    expect(applied).toMatchObject({ status: 'applied', rev: 2 });
    const [stale] = await push(t, ana, [edit({ ...NONE, walking: 4 }, 1)]);
    expect(stale).toMatchObject({ status: 'conflict', rev: 2 });

    const page = await get<ConflictPage>(supervisor, '/api/v1/sync/conflicts');
    const conflict = page.items.find((c) => c.id === stale?.conflictId);
    expect(conflict).toMatchObject({
      entity: 'assessment',
      recordId: a.id,
      label: 'wg-ss · 2026-03-02',
      fields: ['answers'],
    });
    const resolved = expectStatus<Conflict>(
      await t.request(supervisor, {
        method: 'POST',
        url: `/api/v1/sync/conflicts/${stale?.conflictId ?? ''}/resolve`,
        payload: { choice: 'device' },
      }),
      200,
    );
    expect(resolved.status).toBe('resolved');
    expect(await get<Assessment>(ana, `/api/v1/assessments/${a.id}`)).toMatchObject({
      rev: 3,
      answers: { ...NONE, walking: 4 },
      scores: { disability4: 1 },
    });
  });
});
