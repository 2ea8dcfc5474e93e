import type { Conflict, ConflictPage, Person, SyncDevice } from '@birge/domain';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { mutation, pullAll, push } from './sync.test-support.js';

describe.each(engines())('conflicts, caseloads and devices, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let worker2: TestUser;
  let supervisor: TestUser;
  let manager: TestUser;
  let karasaySupervisor: TestUser;
  const phoneA = uuidv7();
  const phoneB = uuidv7();

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('supervisor', 'supervisor', [PLACES.talgarDistrict]);
    manager = await t.user('manager', 'manager', [PLACES.almatyRegion]);
    karasaySupervisor = await t.user('ksup', 'supervisor', [PLACES.karasayDistrict]);
  });
  afterAll(() => t.close());

  async function personOnTwoPhones() {
    const { id: householdId, ...household } = householdInput();
    const { id, ...person } = personInput(householdId, { consent: consentInput() });
    await push(t, worker, [
      mutation({ entity: 'household', id: householdId, data: household }),
      mutation({ entity: 'person', id, data: person }),
    ]);
    const { consent: _consent, householdId: _h, ...fields } = person;
    return { householdId, id, fields };
  }

  const get = async <T>(user: TestUser, url: string) =>
    expectStatus<T>(await t.request(user, { method: 'GET', url }), 200);
  const resolve = (user: TestUser, id: string, payload: Record<string, unknown>) =>
    t.request(user, { method: 'POST', url: `/api/v1/sync/conflicts/${id}/resolve`, payload });

  it('keeps both versions when two phones edit one person, and the supervisor merges them', async () => {
    const p = await personOnTwoPhones();
    const [first] = await push(
      t,
      worker,
      [
        mutation({
          entity: 'person',
          id: p.id,
          baseRev: 1,
          data: { ...p.fields, phone: '+77011234567' },
        }),
      ],
      { deviceId: phoneA },
    );
    expect(first?.status).toBe('applied');
    const [second] = await push(
      t,
      worker,
      [
        mutation({
          entity: 'person',
          id: p.id,
          baseRev: 1,
          data: { ...p.fields, notes: 'Пандус керек' },
        }),
      ],
      { deviceId: phoneB, pending: 1 },
    );
    expect(second?.status).toBe('conflict');

    const open = await get<ConflictPage>(supervisor, '/api/v1/sync/conflicts');
    const conflict = open.items.find((c) => c.id === second?.conflictId) as Conflict;
    expect(conflict).toMatchObject({ recordId: p.id, status: 'open', baseRev: 1, serverRev: 2 });
    expect(conflict.fields.sort()).toEqual(['notes', 'phone']);
    expect(conflict.serverData).toMatchObject({ phone: '+77011234567', notes: null });
    expect(conflict.deviceData).toMatchObject({ phone: null, notes: 'Пандус керек' });
    expect(conflict.createdBy?.id).toBe(worker.id);

    // Only supervisors in the place decide; managers look; others do not see it at all.
    expect((await resolve(worker, conflict.id, { choice: 'device' })).statusCode).toBe(403);
    expect((await resolve(manager, conflict.id, { choice: 'device' })).statusCode).toBe(403);
    expect(
      (await get<ConflictPage>(manager, '/api/v1/sync/conflicts')).items.map((c) => c.id),
    ).toContain(conflict.id);
    expect(
      (
        await t.request(karasaySupervisor, {
          method: 'GET',
          url: `/api/v1/sync/conflicts/${conflict.id}`,
        })
      ).statusCode,
    ).toBe(404);

    const merged = expectStatus<Conflict>(
      await resolve(supervisor, conflict.id, {
        choice: 'merge',
        fields: { notes: 'device', phone: 'server' },
      }),
      200,
    );
    expect(merged).toMatchObject({ status: 'resolved', resolution: 'merge' });
    const person = await get<Person>(supervisor, `/api/v1/persons/${p.id}`);
    expect(person).toMatchObject({ phone: '+77011234567', notes: 'Пандус керек', rev: 3 });
    expect((await resolve(supervisor, conflict.id, { choice: 'server' })).statusCode).toBe(409);
    const resolved = await get<ConflictPage>(supervisor, '/api/v1/sync/conflicts?status=resolved');
    expect(resolved.items.map((c) => c.id)).toContain(conflict.id);

    // The phone that lost gets the merged record at its next pull.
    const held = (await pullAll(t, worker)).changes.filter((c) => c.id === p.id).at(-1);
    expect(held?.data).toMatchObject({ notes: 'Пандус керек', phone: '+77011234567' });
  });

  it("writes the device's version when chosen, and refuses one that breaks the rules", async () => {
    const p = await personOnTwoPhones();
    await push(t, worker, [
      mutation({ entity: 'person', id: p.id, baseRev: 1, data: { ...p.fields, notes: 'сервер' } }),
    ]);
    const [conflicted] = await push(t, worker, [
      mutation({ entity: 'person', id: p.id, baseRev: 1, data: { ...p.fields, notes: 'құрылғы' } }),
    ]);
    const chosen = expectStatus<Conflict>(
      await resolve(supervisor, conflicted?.conflictId ?? '', { choice: 'device' }),
      200,
    );
    expect(chosen.resolution).toBe('device');
    expect((await get<Person>(supervisor, `/api/v1/persons/${p.id}`)).notes).toBe('құрылғы');

    await push(t, worker, [
      mutation({ entity: 'person', id: p.id, baseRev: 3, data: { ...p.fields, notes: 'тағы' } }),
    ]);
    const [another] = await push(t, worker, [
      mutation({
        entity: 'person',
        id: p.id,
        baseRev: 3,
        data: { ...p.fields, birthDate: '2099-01-01' },
      }),
    ]);
    // Stale and born in the future: the conflict keeps it, but it cannot be written over the server's.
    expect(another?.status).toBe('conflict');
    const refused = await resolve(supervisor, another?.conflictId ?? '', { choice: 'device' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'validation_failed' });
    expect(
      (await get<Conflict>(supervisor, `/api/v1/sync/conflicts/${another?.conflictId}`)).status,
    ).toBe('open');
    const [stale] = await push(t, worker, [
      mutation({
        entity: 'person',
        id: p.id,
        baseRev: 3,
        data: { ...p.fields, notes: 'ескі', languages: ['kk'] },
      }),
    ]);
    const unknownField = await resolve(supervisor, stale?.conflictId ?? '', {
      choice: 'merge',
      fields: { shoeSize: 'device' },
    });
    expect(unknownField.statusCode).toBe(422);
    expect(
      (await get<Conflict>(supervisor, `/api/v1/sync/conflicts/${stale?.conflictId}`)).status,
    ).toBe('open');
  });

  it('merges a person with caregivers, comparing values not key order', async () => {
    const { id: householdId, ...household } = householdInput();
    const { id: motherId, ...mother } = personInput(householdId, { consent: consentInput() });
    const { id: childId, ...child } = personInput(householdId, {
      birthDate: '2018-05-05',
      iin: null,
      relationToHead: 'child',
      caregivers: [
        { personId: motherId, relation: 'mother', primary: true, legalRepresentative: true },
      ],
      consent: consentInput({
        givenBy: 'representative',
        representativePersonId: motherId,
        representativeRelation: 'mother',
      }),
    });
    await push(t, worker, [
      mutation({ entity: 'household', id: householdId, data: household }),
      mutation({ entity: 'person', id: motherId, data: mother }),
      mutation({ entity: 'person', id: childId, data: child }),
    ]);
    const { consent: _c, householdId: _h, ...fields } = child;
    await push(t, worker, [
      mutation({
        entity: 'person',
        id: childId,
        baseRev: 1,
        data: { ...fields, notes: 'бірінші' },
      }),
    ]);
    // The phone sends the same caregivers with its keys in another order.
    const reordered = fields.caregivers.map((c) => ({
      legalRepresentative: c.legalRepresentative,
      primary: c.primary,
      relation: c.relation,
      personId: c.personId,
    }));
    const [stale] = await push(t, worker, [
      mutation({
        entity: 'person',
        id: childId,
        baseRev: 1,
        data: { ...fields, caregivers: reordered, phone: '+77017654321' },
      }),
    ]);
    const conflict = await get<Conflict>(supervisor, `/api/v1/sync/conflicts/${stale?.conflictId}`);
    expect(conflict.fields.sort()).toEqual(['notes', 'phone']);
    expectStatus(
      await resolve(supervisor, conflict.id, { choice: 'merge', fields: { phone: 'device' } }),
      200,
    );
    const person = await get<Person>(supervisor, `/api/v1/persons/${childId}`);
    expect(person).toMatchObject({ phone: '+77017654321', notes: 'бірінші' });
    expect(person.caregivers.map((c) => c.personId)).toEqual([motherId]);
  });

  it('assigns, reassigns and unassigns households within the supervisor’s places', async () => {
    const p = await personOnTwoPhones();
    const url = `/api/v1/households/${p.householdId}/assignment`;
    expect((await get<{ worker: { id: string } }>(supervisor, url)).worker.id).toBe(worker.id);
    const moved = expectStatus<{ worker: { id: string } }>(
      await t.request(supervisor, { method: 'PUT', url, payload: { workerId: worker2.id } }),
      200,
    );
    expect(moved.worker.id).toBe(worker2.id);
    const counts = await get<{ id: string; households: number }[]>(supervisor, '/api/v1/caseloads');
    expect(counts.map((c) => c.id)).toEqual(
      expect.arrayContaining([worker.id, worker2.id, supervisor.id]),
    );
    const list = await get<{ items: { id: string }[] }>(
      supervisor,
      `/api/v1/caseloads/${worker2.id}/households`,
    );
    expect(list.items.map((h) => h.id)).toContain(p.householdId);

    const outside = await t.user('kworker', 'worker', [PLACES.karasayDistrict]);
    const refused = await t.request(supervisor, {
      method: 'PUT',
      url,
      payload: { workerId: outside.id },
    });
    expect(refused.statusCode).toBe(422);
    expect(
      (await t.request(worker, { method: 'PUT', url, payload: { workerId: worker.id } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request(manager, { method: 'PUT', url, payload: { workerId: worker.id } }))
        .statusCode,
    ).toBe(403);
    expect((await t.request(karasaySupervisor, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.request(supervisor, { method: 'DELETE', url })).statusCode).toBe(204);
    expect((await get<{ worker: null }>(supervisor, url)).worker).toBeNull();
  });

  it('shows the supervisor each device with its pending, rejected and conflicting writes', async () => {
    const phone = uuidv7();
    await push(
      t,
      worker2,
      [mutation({ entity: 'household', id: uuidv7(), data: { address: '' } })],
      {
        deviceId: phone,
        pending: 4,
      },
    );
    await pullAll(t, worker2, undefined, { deviceId: phone });
    const devices = await get<SyncDevice[]>(supervisor, '/api/v1/sync/devices');
    const device = devices.find((d) => d.deviceId === phone);
    expect(device).toMatchObject({
      user: { id: worker2.id },
      pending: 4,
      rejected: 1,
      conflictsOpen: 0,
    });
    expect(device?.lastSuccessAt).not.toBeNull();

    // A quiet pull a moment later writes nothing (an empty pull stays a read); a changed outbox does.
    const version = async () =>
      (
        await sql<{
          v: string;
        }>`SELECT xmin::text AS v FROM sync_devices WHERE device_id = ${phone}`.execute(
          t.database.db,
        )
      ).rows[0]?.v;
    const first = await version();
    await pullAll(t, worker2, undefined, { deviceId: phone });
    expect(await version()).toBe(first);
    expectStatus(
      await t.request(worker2, {
        method: 'GET',
        url: `/api/v1/sync/pull?deviceId=${phone}&pending=2`,
      }),
      200,
    );
    expect(await version()).not.toBe(first);
    const again = await get<SyncDevice[]>(supervisor, '/api/v1/sync/devices');
    expect(again.find((d) => d.deviceId === phone)?.pending).toBe(2);
    expect(
      (await get<SyncDevice[]>(karasaySupervisor, '/api/v1/sync/devices')).map((d) => d.deviceId),
    ).not.toContain(phone);
    expect(
      (await t.request(worker, { method: 'GET', url: '/api/v1/sync/devices' })).statusCode,
    ).toBe(403);
  });

  it('tells a disabled account so, which is the signal for its devices to wipe', async () => {
    const leaving = await t.user('leaving', 'worker', [PLACES.talgarDistrict]);
    const admin = await t.user('admin', 'admin', []);
    expectStatus(
      await t.request(admin, {
        method: 'PATCH',
        url: `/api/v1/users/${leaving.id}`,
        payload: { disabled: true },
      }),
      204,
    );
    const res = await t.request(leaving, { method: 'GET', url: '/api/v1/sync/pull' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'account_disabled' });
    // Someone else can still sign in on that phone.
    const login = await t.request(leaving, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'worker', password: 'correct-horse-battery' },
    });
    expect(login.statusCode).toBe(200);
  });
});
