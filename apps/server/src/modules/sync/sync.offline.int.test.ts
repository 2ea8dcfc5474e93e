import type { Household, Person } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  TEST_PASSWORD,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { applyChanges, householdData, mutation, pullAll, push } from './sync.test-support.js';

/**
 * A phone that was away for a month: its session has ended, its caseload changed under it, and its
 * outbox holds writes based on old revisions. Every write ends applied or kept as a conflict, and
 * one pull from the old cursor brings the phone up to date.
 */
describe.each(engines())('a device back after 30 days offline, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let supervisor: TestUser;
  let colleague: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('supervisor', 'supervisor', [PLACES.talgarDistrict]);
    colleague = await t.user('colleague', 'worker', [PLACES.talgarDistrict]);
  });
  afterAll(() => t.close());

  it('loses no write and ends with the caseload as it is now', async () => {
    const kept = await t.created<Household>(worker, '/api/v1/households', householdInput());
    const keptPerson = await t.created<Person>(
      worker,
      '/api/v1/persons',
      personInput(kept.id, { consent: consentInput() }),
    );
    const moved = await t.created<Household>(worker, '/api/v1/households', householdInput());
    const before = await pullAll(t, worker);

    // While the phone is away: the coordinator edits a person, moves a household to a colleague and
    // gives the worker a household the colleague registered.
    const server = expectStatus<Person>(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/persons/${keptPerson.id}`,
        payload: { ...pick(keptPerson), notes: 'Үйлестірушіден', rev: keptPerson.rev },
      }),
      200,
    );
    expectStatus(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/households/${moved.id}/assignment`,
        payload: { workerId: colleague.id },
      }),
      200,
    );
    const given = await t.created<Household>(colleague, '/api/v1/households', householdInput());
    expectStatus(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/households/${given.id}/assignment`,
        payload: { workerId: worker.id },
      }),
      200,
    );

    // The session ended long ago: the phone must sign in again before it can send anything.
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', worker.id)
      .execute();
    const refused = await t.request(worker, { method: 'GET', url: '/api/v1/sync/pull' });
    expect(refused.statusCode).toBe(401);
    const login = await t.request(null, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'worker', password: TEST_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'birge_session');
    const back = { ...worker, cookie: `birge_session=${cookie?.value}` };

    // The outbox: a new household, an edit of the person on the old revision, an edit of the
    // household that left the caseload (still in the worker's district).
    const fresh = householdInput();
    const { id: freshId, ...freshData } = fresh;
    const results = await push(t, back, [
      mutation({ entity: 'household', id: freshId, data: freshData }),
      mutation({
        entity: 'person',
        id: keptPerson.id,
        baseRev: keptPerson.rev,
        data: { ...pick(keptPerson), notes: 'Телефоннан' },
      }),
      mutation({
        entity: 'household',
        id: moved.id,
        baseRev: moved.rev,
        data: {
          ...householdData(moved),
          landmark: 'Мешіттің жанында',
        },
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'conflict', 'applied']);
    expect(results[1]?.rev).toBe(server.rev);

    const after = await pullAll(t, back, before.cursor);
    const held = applyChanges(after.changes, applyChanges(before.changes));
    const households = [...held.values()].filter((c) => c.entity === 'household').map((c) => c.id);
    expect(households.sort()).toEqual([kept.id, given.id, freshId].sort());
    expect(held.get(`person:${keptPerson.id}`)?.data).toMatchObject({ notes: 'Үйлестірушіден' });
  });
});

/** The writable fields of a person as the REST API returns them. */
function pick(p: Person) {
  const {
    id: _id,
    householdId: _h,
    age: _a,
    consentStatus: _s,
    consents: _c,
    rev: _r,
    createdAt: _ca,
    updatedAt: _ua,
    caregivers,
    ...rest
  } = p;
  return { ...rest, caregivers: caregivers.map(({ name: _n, ...link }) => link) };
}
