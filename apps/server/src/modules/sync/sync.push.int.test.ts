import type { Household, Person } from '@birge/domain';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { householdData, mutation, pullAll, push } from './sync.test-support.js';

function newHousehold(overrides: Parameters<typeof householdInput>[0] = {}) {
  const { id, ...data } = householdInput(overrides);
  return { id, data };
}

function newPerson(householdId: string, overrides: Parameters<typeof personInput>[1] = {}) {
  const { id, ...data } = personInput(householdId, { consent: consentInput(), ...overrides });
  return { id, data };
}

describe.each(engines())('sync push, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    other = await t.user('other', 'worker', [PLACES.karasayDistrict]);
  });
  afterAll(() => t.close());

  const count = async (table: 'households' | 'persons' | 'consents') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates a household, a person with consent and a second consent in one push, in order', async () => {
    const h = newHousehold();
    const p = newPerson(h.id);
    const extra = {
      id: uuidv7(),
      personId: p.id,
      ...consentInput({ scopes: ['registration', 'sharing_with_services'] }),
    };
    const { id: consentId, ...consentData } = extra;
    const batch = [
      mutation({ entity: 'household', id: h.id, data: h.data }),
      mutation({ entity: 'person', id: p.id, data: p.data }),
      mutation({ entity: 'consent', id: consentId, data: consentData }),
    ];
    const results = await push(t, worker, batch);
    // Compared whole, so a refusal shows its reasons.
    expect(results.map(({ status, rev, errors }) => ({ status, rev, errors }))).toEqual([
      { status: 'applied', rev: 1, errors: [] },
      { status: 'applied', rev: 1, errors: [] },
      { status: 'applied', rev: 1, errors: [] },
    ]);
    const person = expectStatus<Person>(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${p.id}` }),
      200,
    );
    expect(person.consents.map((c) => c.id)).toContain(consentId);
    // The household registered on the device stays on it.
    const held = (await pullAll(t, worker)).changes.map((c) => c.id);
    expect(held).toEqual(expect.arrayContaining([h.id, p.id]));

    // The same batch again (the answer was lost): nothing is applied twice.
    const before = await Promise.all([count('households'), count('persons'), count('consents')]);
    const replay = await push(t, worker, batch);
    expect(replay.map((r) => [r.status, r.originalStatus, r.rev])).toEqual([
      ['duplicate', 'applied', 1],
      ['duplicate', 'applied', 1],
      ['duplicate', 'applied', 1],
    ]);
    expect(await Promise.all([count('households'), count('persons'), count('consents')])).toEqual(
      before,
    );
  });

  it('applies an edit based on the current revision, and keeps a stale one as a conflict', async () => {
    const h = newHousehold();
    await push(t, worker, [mutation({ entity: 'household', id: h.id, data: h.data })]);
    const [edit] = await push(t, worker, [
      mutation({
        entity: 'household',
        id: h.id,
        baseRev: 1,
        data: { ...h.data, address: 'Екінші үй' },
      }),
    ]);
    expect(edit).toMatchObject({ status: 'applied', rev: 2, errors: [] });
    const [stale] = await push(t, worker, [
      mutation({
        entity: 'household',
        id: h.id,
        baseRev: 1,
        data: { ...h.data, address: 'Ескі нұсқа' },
      }),
    ]);
    expect(stale).toMatchObject({ status: 'conflict', rev: 2 });
    const server = expectStatus<Household>(
      await t.request(worker, { method: 'GET', url: `/api/v1/households/${h.id}` }),
      200,
    );
    expect(server.address).toBe('Екінші үй');
    const kept = await t.database.db
      .selectFrom('sync_conflicts')
      .selectAll()
      .where('id', '=', stale?.conflictId ?? '')
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ record_id: h.id, base_rev: 1, server_rev: 2, status: 'open' });
    expect(kept.device_data).toMatchObject({ address: 'Ескі нұсқа' });
  });

  it('rejects a bad mutation with localized reasons and still applies the others', async () => {
    const h = newHousehold();
    const bad = newPerson(h.id, { iin: '123456789012' });
    const good = newPerson(h.id);
    const results = await push(
      t,
      worker,
      [
        mutation({ entity: 'household', id: h.id, data: h.data }),
        mutation({ entity: 'person', id: bad.id, data: bad.data }),
        mutation({ entity: 'person', id: good.id, data: good.data }),
        mutation({ entity: 'no_such_entity', id: uuidv7(), data: {} }),
        {
          mutationId: uuidv7(),
          entity: 'person',
          id: 'not-a-uuid',
          op: 'upsert',
          baseRev: null,
          data: {},
        },
        { entity: 'person' },
        'not even an object',
      ],
      { language: 'ru' },
    );
    expect(results.map((r) => r.status)).toEqual([
      'applied',
      'rejected',
      'applied',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(results[1]?.errors[0]).toMatchObject({ path: 'data.iin' });
    expect(results[1]?.errors[0]?.message).toMatch(/[А-Яа-яЁё]/);
    expect(results[3]?.errors).toEqual([
      expect.objectContaining({ path: 'entity', code: 'sync.unknown_entity' }),
    ]);
    expect(results[4]?.errors.map((e) => e.path)).toContain('id');
    expect(results[5]?.mutationId).toBeNull();
    const stored = await t.database.db
      .selectFrom('persons')
      .select('id')
      .where('id', 'in', [bad.id, good.id])
      .execute();
    expect(stored.map((r) => r.id)).toEqual([good.id]);
  });

  it('rejects writes outside the worker’s places without revealing what is there', async () => {
    const h = newHousehold();
    await push(t, worker, [mutation({ entity: 'household', id: h.id, data: h.data })]);
    const [update, created] = await push(t, other, [
      mutation({ entity: 'household', id: h.id, baseRev: 1, data: h.data }),
      mutation({
        entity: 'household',
        id: uuidv7(),
        data: householdInput().placeCode ? { ...h.data } : {},
      }),
    ]);
    expect(update).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ code: 'sync.not_found' })],
    });
    expect(created).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ path: 'data.placeCode' })],
    });
  });

  it('asks for confirmation of a possible duplicate and accepts it when confirmed', async () => {
    const h = newHousehold();
    const first = newPerson(h.id, {
      givenName: 'Нұржан',
      familyName: 'Әлімов',
      sex: 'male',
      iin: null,
      birthDate: '1990-03-03',
    });
    await push(t, worker, [
      mutation({ entity: 'household', id: h.id, data: h.data }),
      mutation({ entity: 'person', id: first.id, data: first.data }),
    ]);
    const twin = newPerson(h.id, {
      givenName: 'Нуржан',
      familyName: 'Алимов',
      sex: 'male',
      iin: null,
      birthDate: '1990-03-03',
    });
    const [warned] = await push(t, worker, [
      mutation({ entity: 'person', id: twin.id, data: twin.data }),
    ]);
    expect(warned).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ code: 'problem.possible_duplicate' })],
    });
    const [confirmed] = await push(t, worker, [
      mutation({
        entity: 'person',
        id: twin.id,
        data: { ...twin.data, confirmNotDuplicate: true },
      }),
    ]);
    expect(confirmed?.status).toBe('applied');
  });

  it('rolls a whole push back on a server fault, and applies it when sent again', async () => {
    const h = newHousehold();
    const p = newPerson(h.id, { givenName: 'Ақаулы' });
    const batch = [
      mutation({ entity: 'household', id: h.id, data: h.data }),
      mutation({ entity: 'person', id: p.id, data: p.data }),
    ];
    // A fault in the middle of the push: the database fails the person's insert.
    await sql`CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.given_name = 'Ақаулы' THEN RAISE EXCEPTION 'disk on fire' USING ERRCODE = '58030'; END IF; RETURN NEW; END $$`.execute(
      t.database.db,
    );
    await sql`CREATE TRIGGER test_fault BEFORE INSERT ON persons FOR EACH ROW EXECUTE FUNCTION test_fault()`.execute(
      t.database.db,
    );
    const failed = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: { deviceId: uuidv7(), mutations: batch },
    });
    await sql`DROP TRIGGER test_fault ON persons`.execute(t.database.db);
    await sql`DROP FUNCTION test_fault()`.execute(t.database.db);
    expect(failed.statusCode).toBe(500);
    const household = await t.database.db
      .selectFrom('households')
      .select('id')
      .where('id', '=', h.id)
      .executeTakeFirst();
    expect(household).toBeUndefined();

    // The server restarts between pushes; the device sends the same batch again.
    const restarted = await buildApp({ database: t.database, config: t.config });
    try {
      const res = await restarted.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { cookie: worker.cookie },
        payload: { deviceId: uuidv7(), mutations: batch },
      });
      expect(res.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual([
        'applied',
        'applied',
      ]);
      const again = await restarted.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { cookie: worker.cookie },
        payload: { deviceId: uuidv7(), mutations: batch },
      });
      expect(again.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual([
        'duplicate',
        'duplicate',
      ]);
    } finally {
      await restarted.close();
    }
  });

  it("refuses another user's mutation id, oversized pushes and malformed bodies", async () => {
    const h = newHousehold();
    const m = mutation({ entity: 'household', id: h.id, data: h.data });
    await push(t, worker, [m]);
    const [reused] = await push(t, other, [m]);
    expect(reused).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ code: 'sync.mutation_id_reused' })],
    });

    const tooMany = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: { deviceId: uuidv7(), mutations: Array.from({ length: 201 }, () => m) },
    });
    expect(tooMany.statusCode).toBe(422);
    const huge = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: {
        deviceId: uuidv7(),
        mutations: [{ ...m, data: { ...h.data, notes: 'x'.repeat(1_100_000) } }],
      },
    });
    expect(huge.statusCode).toBe(413);
    const malformed = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { 'content-type': 'application/json' },
      payload: '{"deviceId": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'malformed_json' });
  });

  it('deletes with the current revision, and keeps a stale delete as a conflict', async () => {
    const h = newHousehold();
    const p = newPerson(h.id);
    const q = newPerson(h.id);
    await push(t, worker, [
      mutation({ entity: 'household', id: h.id, data: h.data }),
      mutation({ entity: 'person', id: p.id, data: p.data }),
      mutation({ entity: 'person', id: q.id, data: q.data }),
    ]);
    const [removed, staleRemove] = await push(t, worker, [
      mutation({ entity: 'person', id: p.id, op: 'delete', baseRev: 1 }),
      mutation({ entity: 'household', id: h.id, op: 'delete', baseRev: 7 }),
    ]);
    expect(removed).toMatchObject({ status: 'applied', rev: 2 });
    expect(staleRemove?.status).toBe('conflict');
    expectStatus(
      await t.request(worker, { method: 'GET', url: `/api/v1/households/${h.id}` }),
      200,
    );
    expect(householdData(h.data)).toEqual(h.data);
  });
});
