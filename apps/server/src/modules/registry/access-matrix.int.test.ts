import { registryAccess, ROLES, type Role } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import { createTestApp, engines, type TestApp, type TestUser } from '../../test/harness.js';

/**
 * Every role × every registry endpoint × a record inside and outside the user's place, generated
 * from the access policy. "Inside" is a household in Talgar district (inside every place-scoped
 * user's area, and the family user's own household); "outside" is one in Turkistan Region.
 */
type Where = 'inside' | 'outside';
type Kind = 'list' | 'read' | 'update' | 'delete' | 'create';

interface Endpoint {
  name: string;
  kind: Kind;
  run(t: Fixture, user: TestUser, where: Where): Promise<{ status: number; body: string }>;
}

interface Records {
  householdId: string;
  personId: string;
}

interface Fixture {
  app: TestApp;
  records: Record<Where, Records>;
  writers: Record<Where, TestUser>;
  /** The person records as they were created, for full-replacement updates. */
  people: Record<Where, ReturnType<typeof personInput>>;
}

const SCOPES: Record<Role, string[]> = {
  admin: [],
  worker: [PLACES.talgarDistrict],
  supervisor: [PLACES.talgarDistrict],
  manager: [PLACES.almatyRegion],
  provider: [],
  family: [],
  committee: [PLACES.talgarDistrict],
  analyst: [PLACES.almatyRegion],
};

const PLACE: Record<Where, string> = { inside: PLACES.talgarTown, outside: '611010000' };

async function seedRecords(t: TestApp, writer: TestUser, where: Where): Promise<Records> {
  const h = householdInput({ placeCode: PLACE[where] });
  await t.created(writer, '/api/v1/households', h);
  const p = personInput(h.id);
  await t.created(writer, '/api/v1/persons', p);
  return { householdId: h.id, personId: p.id };
}

async function currentRev(
  t: TestApp,
  table: 'households' | 'persons',
  id: string,
): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select('rev')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.rev;
}

const call = async (t: Fixture, user: TestUser, options: Parameters<TestApp['request']>[1]) => {
  const res = await t.app.request(user, options);
  return { status: res.statusCode, body: res.body };
};

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /households',
    kind: 'list',
    run: async (t, user, where) => {
      const res = await t.app.request(user, { method: 'GET', url: '/api/v1/households?limit=100' });
      if (res.statusCode !== 200) return { status: res.statusCode, body: res.body };
      const ids = res.json<{ items: { id: string }[] }>().items.map((h) => h.id);
      return { status: ids.includes(t.records[where].householdId) ? 200 : 404, body: res.body };
    },
  },
  {
    name: 'GET /persons',
    kind: 'list',
    run: async (t, user, where) => {
      const res = await t.app.request(user, { method: 'GET', url: '/api/v1/persons?limit=100' });
      if (res.statusCode !== 200) return { status: res.statusCode, body: res.body };
      const ids = res.json<{ items: { id: string }[] }>().items.map((p) => p.id);
      return { status: ids.includes(t.records[where].personId) ? 200 : 404, body: res.body };
    },
  },
  {
    name: 'GET /households/:id',
    kind: 'read',
    run: (t, u, w) =>
      call(t, u, { method: 'GET', url: `/api/v1/households/${t.records[w].householdId}` }),
  },
  {
    name: 'GET /persons/:id',
    kind: 'read',
    run: (t, u, w) =>
      call(t, u, { method: 'GET', url: `/api/v1/persons/${t.records[w].personId}` }),
  },
  {
    name: 'GET /persons/:id/history',
    kind: 'read',
    run: (t, u, w) =>
      call(t, u, { method: 'GET', url: `/api/v1/persons/${t.records[w].personId}/history` }),
  },
  {
    name: 'PUT /households/:id',
    kind: 'update',
    run: async (t, u, w) => {
      const id = t.records[w].householdId;
      const { id: _id, ...fields } = householdInput({
        placeCode: PLACE[w],
        address: `Жаңа мекенжай ${u.username}`,
      });
      return call(t, u, {
        method: 'PUT',
        url: `/api/v1/households/${id}`,
        payload: { ...fields, rev: await currentRev(t.app, 'households', id) },
      });
    },
  },
  {
    name: 'PUT /persons/:id',
    kind: 'update',
    run: async (t, u, w) => {
      const id = t.records[w].personId;
      const person = t.people[w];
      const { id: _id, householdId: _h, consent: _c, confirmNotDuplicate: _d, ...fields } = person;
      return call(t, u, {
        method: 'PUT',
        url: `/api/v1/persons/${id}`,
        payload: {
          ...fields,
          notes: `seen by ${u.username}`,
          rev: await currentRev(t.app, 'persons', id),
        },
      });
    },
  },
  {
    name: 'DELETE /households/:id',
    kind: 'delete',
    run: async (t, u, w) =>
      call(t, u, {
        method: 'DELETE',
        url: `/api/v1/households/${(await seedRecords(t.app, t.writers[w], w)).householdId}`,
      }),
  },
  {
    name: 'DELETE /persons/:id',
    kind: 'delete',
    run: async (t, u, w) =>
      call(t, u, {
        method: 'DELETE',
        url: `/api/v1/persons/${(await seedRecords(t.app, t.writers[w], w)).personId}`,
      }),
  },
  {
    name: 'POST /households',
    kind: 'create',
    run: (t, u, w) =>
      call(t, u, {
        method: 'POST',
        url: '/api/v1/households',
        payload: householdInput({ placeCode: PLACE[w] }),
      }),
  },
  {
    name: 'POST /persons',
    kind: 'create',
    run: (t, u, w) =>
      call(t, u, {
        method: 'POST',
        url: '/api/v1/persons',
        payload: personInput(t.records[w].householdId, { relationToHead: 'other_relative' }),
      }),
  },
  {
    name: 'POST /persons/:id/consents',
    kind: 'update',
    run: (t, u, w) =>
      call(t, u, {
        method: 'POST',
        url: `/api/v1/persons/${t.records[w].personId}/consents`,
        payload: consentInput(),
      }),
  },
  {
    name: 'POST /consents/:id/withdraw',
    kind: 'update',
    run: async (t, u, w) => {
      const { personId } = await seedRecords(t.app, t.writers[w], w);
      const consent = await t.app.database.db
        .selectFrom('consents')
        .select('id')
        .where('person_id', '=', personId)
        .executeTakeFirstOrThrow();
      return call(t, u, {
        method: 'POST',
        url: `/api/v1/consents/${consent.id}/withdraw`,
        payload: { withdrawnOn: '2026-02-01', reason: null },
      });
    },
  },
];

const SUCCESS: Record<Kind, number> = {
  list: 200,
  read: 200,
  update: 200,
  delete: 204,
  create: 201,
};

/** What the policy says should happen. */
function expected(role: Role, endpoint: Endpoint, where: Where): number {
  const access = registryAccess(role);
  const sees =
    (access === 'read' || access === 'write' || access === 'own-household') && where === 'inside';
  switch (endpoint.kind) {
    case 'list':
      return access === 'none' ? 403 : sees ? 200 : 404;
    case 'read':
      return sees ? 200 : 404;
    case 'update':
    case 'delete':
      if (access !== 'write') return 403;
      return where === 'inside'
        ? endpoint.name.startsWith('POST /persons/')
          ? 201
          : SUCCESS[endpoint.kind]
        : 404;
    case 'create':
      if (access !== 'write') return 403;
      return where === 'inside' ? 201 : 422;
  }
}

describe.each(engines())('access matrix on %s', (engine) => {
  const fixture = {} as Fixture;
  const users = new Map<Role, TestUser>();

  beforeAll(async () => {
    const app = await createTestApp(engine);
    const writers = {
      inside: await app.user('writer_in', 'worker', [PLACES.talgarDistrict]),
      outside: await app.user('writer_out', 'worker', [PLACES.turkistanRegion]),
    };
    const records = {} as Record<Where, Records>;
    const people = {} as Fixture['people'];
    for (const where of ['inside', 'outside'] as const) {
      const h = householdInput({ placeCode: PLACE[where] });
      await app.created(writers[where], '/api/v1/households', h);
      const p = personInput(h.id);
      await app.created(writers[where], '/api/v1/persons', p);
      records[where] = { householdId: h.id, personId: p.id };
      people[where] = p;
    }
    for (const role of ROLES)
      users.set(
        role,
        await app.user(
          `matrix_${role}`,
          role,
          SCOPES[role],
          role === 'family' ? { householdId: records.inside.householdId } : {},
        ),
      );
    Object.assign(fixture, { app, records, writers, people });
  });
  afterAll(() => fixture.app.close());

  const cases = ROLES.flatMap((role) =>
    ENDPOINTS.flatMap((endpoint) =>
      (['inside', 'outside'] as const).map((where) => ({
        role,
        endpoint,
        where,
        status: expected(role, endpoint, where),
      })),
    ),
  );

  it.each(cases)(
    '$role → $endpoint.name on a record $where its place answers $status',
    async ({ role, endpoint, where, status }) => {
      const result = await endpoint.run(fixture, users.get(role)!, where);
      expect(result.status, result.body).toBe(status);
    },
  );

  it('never shows personal records to analyst, committee, provider or admin', () => {
    for (const role of ['analyst', 'committee', 'provider', 'admin'] as const)
      expect(registryAccess(role)).toBe('none');
  });
});
