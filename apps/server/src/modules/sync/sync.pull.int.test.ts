import { gunzipSync } from 'node:zlib';
import type { Household, Person, SyncPullResponse } from '@birge/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { applyChanges, pullAll } from './sync.test-support.js';

describe.each(engines())('sync pull, on %s', (engine) => {
  let t: TestApp;
  let ana: TestUser;
  let bek: TestUser;
  let supervisor: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine, { BIRGE_SYNC_MAX_HOUSEHOLDS: '3' });
    ana = await t.user('ana', 'worker', [PLACES.talgarDistrict]);
    bek = await t.user('bek', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('sup', 'supervisor', [PLACES.talgarDistrict]);
  });
  afterAll(() => t.close());

  async function registered(by: TestUser, members = 1) {
    const h = await t.created<Household>(by, '/api/v1/households', householdInput());
    const persons: Person[] = [];
    for (let i = 0; i < members; i++)
      persons.push(await t.created<Person>(by, '/api/v1/persons', personInput(h.id)));
    return { household: h, persons };
  }

  const get = async <T>(user: TestUser, url: string) =>
    expectStatus<T>(await t.request(user, { method: 'GET', url }), 200);

  it("sends a worker their own caseload, in the REST API's shape, and nobody else's", async () => {
    const mine = await registered(ana, 2);
    const theirs = await registered(bek, 1);
    const { changes } = await pullAll(t, ana);
    const held = applyChanges(changes);
    expect(held.has(`household:${mine.household.id}`)).toBe(true);
    expect(held.has(`household:${theirs.household.id}`)).toBe(false);
    expect(held.has(`person:${theirs.persons[0]?.id}`)).toBe(false);

    const household = held.get(`household:${mine.household.id}`);
    const { members: _members, ...rest } = await get<Household>(
      ana,
      `/api/v1/households/${mine.household.id}`,
    );
    expect(household?.data).toEqual(rest);
    const person = mine.persons[0] as Person;
    expect(held.get(`person:${person.id}`)?.data).toEqual(
      await get<Person>(ana, `/api/v1/persons/${person.id}`),
    );
    expect(held.get(`person:${person.id}`)?.rev).toBe(1);
  });

  it('sends only what changed after the cursor, and nothing when nothing changed', async () => {
    const { household } = await registered(ana);
    const { cursor } = await pullAll(t, ana);
    const empty = await pullAll(t, ana, cursor);
    expect(empty.changes).toEqual([]);
    expect(empty.pages.at(-1)?.hasMore).toBe(false);

    const updated = expectStatus<Household>(
      await t.request(ana, {
        method: 'PUT',
        url: `/api/v1/households/${household.id}`,
        payload: {
          ...householdInput({ id: household.id }),
          id: undefined,
          address: 'Жаңа көше, 5',
          rev: 1,
        },
      }),
      200,
    );
    const next = await pullAll(t, ana, cursor);
    expect(next.changes.map((c) => [c.entity, c.id, c.rev])).toEqual([
      ['household', household.id, updated.rev],
    ]);
    expect(next.changes[0]?.data).toMatchObject({ address: 'Жаңа көше, 5' });
  });

  it('pages without losing or repeating records, and says when there is more', async () => {
    const whole = await pullAll(t, supervisor);
    expect(whole.changes).toEqual([]);
    await registered(supervisor, 3);
    await registered(supervisor, 1);
    // A household arriving is sent whole, so each of these pages holds one household.
    const paged = await pullAll(t, supervisor, undefined, { limit: 2 });
    expect(paged.pages.length).toBeGreaterThan(1);
    expect(paged.pages.slice(0, -1).every((p) => p.hasMore)).toBe(true);
    const once = await pullAll(t, supervisor);
    expect([...applyChanges(paged.changes).keys()].sort()).toEqual(
      [...applyChanges(once.changes).keys()].sort(),
    );
  });

  it('removes a household and its members from the old holder when it is reassigned', async () => {
    const { household, persons } = await registered(bek, 2);
    const before = await pullAll(t, bek);
    const anaBefore = await pullAll(t, ana);
    expectStatus(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/households/${household.id}/assignment`,
        payload: { workerId: ana.id },
      }),
      200,
    );
    const bekAfter = await pullAll(t, bek, before.cursor);
    const removed = bekAfter.changes.filter((c) => c.deleted).map((c) => c.id);
    expect(removed.sort()).toEqual([household.id, ...persons.map((p) => p.id)].sort());
    expect(
      applyChanges(bekAfter.changes, applyChanges(before.changes)).has(`household:${household.id}`),
    ).toBe(false);

    const anaAfter = await pullAll(t, ana, anaBefore.cursor);
    const arrived = applyChanges(anaAfter.changes);
    for (const id of persons.map((p) => p.id))
      expect(arrived.get(`person:${id}`)?.deleted).toBe(false);
    expect(arrived.get(`household:${household.id}`)?.data).toMatchObject({
      address: household.address,
    });
  });

  it('keeps a device within its household limit, newest assignments first, and says what it left off', async () => {
    await registered(ana);
    const counts = await get<{ id: string; households: number }[]>(supervisor, '/api/v1/caseloads');
    const anaHolds = counts.find((c) => c.id === ana.id)?.households ?? 0;
    expect(anaHolds).toBeGreaterThan(3);
    const { changes, pages } = await pullAll(t, ana);
    const households = [...applyChanges(changes).values()].filter((c) => c.entity === 'household');
    expect(households).toHaveLength(3);
    expect(pages.at(-1)?.trimmed.households).toBe(anaHolds - 3);
    expect(pages.at(-1)?.limits).toEqual({ maxHouseholds: 3, historyMonths: 24 });
  });

  it('sends a deleted person as a deletion', async () => {
    const { household, persons } = await registered(supervisor, 2);
    const { cursor } = await pullAll(t, supervisor);
    const gone = persons[1] as Person;
    expectStatus(
      await t.request(supervisor, { method: 'DELETE', url: `/api/v1/persons/${gone.id}` }),
      204,
    );
    const next = await pullAll(t, supervisor, cursor);
    expect(next.changes).toEqual([
      { entity: 'person', id: gone.id, rev: 2, deleted: true, data: null },
    ]);
    expect(household.id).toBeTruthy();
  });

  it('re-sends a person whose consent is withdrawn, reduced to the minimal record', async () => {
    const h = await t.created<Household>(supervisor, '/api/v1/households', householdInput());
    const p = await t.created<Person>(
      supervisor,
      '/api/v1/persons',
      personInput(h.id, { consent: consentInput() }),
    );
    const { cursor } = await pullAll(t, supervisor);
    const consentId = p.consents[0]?.id as string;
    expectStatus(
      await t.request(supervisor, {
        method: 'POST',
        url: `/api/v1/consents/${consentId}/withdraw`,
        payload: { withdrawnOn: '2026-02-01', reason: null },
      }),
      200,
    );
    const next = await pullAll(t, supervisor, cursor);
    const person = next.changes.find((c) => c.id === p.id);
    expect(person?.data).toMatchObject({ consentStatus: 'withdrawn', familyName: null, iin: null });
  });

  it('gives a family its own household, and roles without personal records nothing', async () => {
    const { household } = await registered(ana);
    const family = await t.user('fam', 'family', [], { householdId: household.id });
    const analyst = await t.user('analyst', 'analyst', [PLACES.almatyRegion]);
    const famChanges = applyChanges((await pullAll(t, family)).changes);
    expect(
      [...famChanges.values()].filter((c) => c.entity === 'household').map((c) => c.id),
    ).toEqual([household.id]);
    expect((await pullAll(t, analyst)).changes).toEqual([]);
  });

  it('compresses a pull for a phone that accepts gzip', async () => {
    await registered(ana, 3);
    const res = await t.request(ana, {
      method: 'GET',
      url: '/api/v1/sync/pull',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    const page = JSON.parse(gunzipSync(res.rawPayload).toString('utf8')) as SyncPullResponse;
    expect(page.changes.length).toBeGreaterThan(0);
  });

  it('refuses a cursor it did not make', async () => {
    const res = await t.request(ana, {
      method: 'GET',
      url: '/api/v1/sync/pull?cursor=not-a-cursor',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'bad_cursor' });
  });

  if (engine === 'postgres')
    it('never skips a row committed late by a transaction that started earlier', async () => {
      const early = await registered(supervisor);
      const late = await registered(supervisor);
      const { cursor } = await pullAll(t, supervisor);

      // T1 writes first (so holds the older transaction id) and commits last.
      const t1 = await t.database.db.startTransaction().execute();
      await t1
        .updateTable('households')
        .set((eb) => ({ rev: eb('rev', '+', 1), address: 'Кеш жазылған көше' }))
        .where('id', '=', early.household.id)
        .execute();
      // T2 starts later and commits at once, through the API.
      expectStatus(
        await t.request(supervisor, {
          method: 'PUT',
          url: `/api/v1/households/${late.household.id}`,
          payload: {
            ...householdInput({ id: late.household.id }),
            id: undefined,
            address: 'Ерте көше',
            rev: 1,
          },
        }),
        200,
      );
      // While T1 runs every page says "more"; a few pages show the cursor does not pass it (each
      // synced entity adds queries to a pull, so a thousand pages would outlast the test).
      const during = await pullAll(t, supervisor, cursor, { maxPages: 30 });
      // Nothing at or after T1's id may pass: T2's row waits too, so the cursor cannot jump T1.
      expect(during.changes.map((c) => c.id)).not.toContain(early.household.id);
      await t1.commit().execute();

      const after = await pullAll(t, supervisor, during.cursor);
      const seen = applyChanges([...during.changes, ...after.changes]);
      expect(seen.get(`household:${early.household.id}`)?.data).toMatchObject({
        address: 'Кеш жазылған көше',
      });
      expect(seen.get(`household:${late.household.id}`)?.data).toMatchObject({
        address: 'Ерте көше',
      });
    });

  if (engine === 'postgres')
    it('does not end a first pull empty while another transaction is running', async () => {
      const newcomer = await t.user('newcomer', 'worker', [PLACES.talgarDistrict]);
      const { household } = await registered(ana);
      expectStatus(
        await t.request(supervisor, {
          method: 'PUT',
          url: `/api/v1/households/${household.id}/assignment`,
          payload: { workerId: newcomer.id },
        }),
        200,
      );
      // Someone else's write is in progress while the newcomer's phone pulls for the first time.
      const other = await t.database.db.startTransaction().execute();
      await sql`SELECT pg_current_xact_id()`.execute(other);
      const first = expectStatus<SyncPullResponse>(
        await t.request(newcomer, { method: 'GET', url: '/api/v1/sync/pull' }),
        200,
      );
      const arrived = first.changes.some((c) => c.id === household.id);
      expect(arrived || first.hasMore).toBe(true);
      await other.commit().execute();
      const rest = await pullAll(t, newcomer, first.cursor);
      expect(
        applyChanges([...first.changes, ...rest.changes]).has(`household:${household.id}`),
      ).toBe(true);
    });

  it('answers a pull with the page schema even for a first pull of nothing', async () => {
    const lonely = await t.user('lonely', 'worker', [PLACES.karasayDistrict]);
    const page = expectStatus<SyncPullResponse>(
      await t.request(lonely, { method: 'GET', url: '/api/v1/sync/pull' }),
      200,
    );
    expect(page).toMatchObject({ changes: [], hasMore: false, trimmed: { households: 0 } });
    expect(typeof page.cursor).toBe('string');
  });
});
