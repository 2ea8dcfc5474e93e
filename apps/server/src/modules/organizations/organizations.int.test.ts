import type { Organization, OrganizationPage, Problem } from '@birge/domain';
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

const TALGAR = { lat: 43.3046, lon: 77.2401 };
const KYZYLKAIRAT = { lat: 43.3122, lon: 77.1756 };
const KASKELEN = { lat: 43.2009, lon: 76.6203 };

function input(overrides: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    name: 'Талғар аудандық емханасы',
    sector: 'health',
    type: 'polyclinic',
    placeCode: PLACES.talgarTown,
    address: 'Талғар қ., Абай к-сі, 10',
    coordinates: TALGAR,
    phone: '+7 72774 2 10 03',
    languages: ['kk', 'ru'],
    services: ['health.medical_care', 'health.rehabilitation'],
    accessibility: ['step_free_entrance', 'accessible_toilet'],
    ...overrides,
  };
}

describe.each(engines())('organizations, on %s', (engine) => {
  let t: TestApp;
  let admin: TestUser;
  let supervisor: TestUser;
  let worker: TestUser;
  let family: TestUser;
  let committee: TestUser;
  let clinic: Organization;
  let pmpk: Organization;
  let kaskelenSchool: Organization;

  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.user('admin', 'admin');
    supervisor = await t.user('supervisor', 'supervisor', [PLACES.talgarDistrict]);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    family = await t.user('family', 'family');
    committee = await t.user('committee', 'committee', [PLACES.talgarDistrict]);
    clinic = await t.created<Organization>(supervisor, '/api/v1/organizations', input());
    pmpk = await t.created<Organization>(
      supervisor,
      '/api/v1/organizations',
      input({
        name: 'Талғар ПМПК',
        names: { ru: 'Талгарская ПМПК' },
        sector: 'education',
        type: 'pmpk',
        placeCode: PLACES.kyzylkairat,
        coordinates: KYZYLKAIRAT,
        services: ['education.early_childhood', 'education.primary'],
        accessibility: ['step_free_entrance', 'sign_language', 'easy_read'],
      }),
    );
    kaskelenSchool = await t.created<Organization>(
      admin,
      '/api/v1/organizations',
      input({
        name: 'Қаскелең №1 мектеп-гимназиясы',
        sector: 'education',
        type: 'school',
        placeCode: PLACES.kaskelen,
        coordinates: KASKELEN,
        services: ['education.primary', 'education.secondary_higher'],
        accessibility: ['step_free_entrance', 'lift'],
      }),
    );
    // An NGO without coordinates: it comes after those with a distance.
    await t.created(
      admin,
      '/api/v1/organizations',
      input({
        name: '«Мейірім» қоғамдық бірлестігі',
        sector: 'social',
        type: 'ngo',
        placeCode: PLACES.talgarTown,
        coordinates: null,
        services: ['social.personal_assistance'],
        accessibility: [],
      }),
    );
  });
  afterAll(() => t.close());

  const list = async (query: string, user: TestUser = worker) =>
    expectStatus<OrganizationPage>(
      await t.request(user, { method: 'GET', url: `/api/v1/organizations?${query}` }),
      200,
    );
  const names = (page: OrganizationPage) => page.items.map((o) => o.name);

  it('every role reads the directory, with place names', async () => {
    for (const user of [worker, family, committee, admin]) {
      const page = await list('', user);
      expect(page.items).toHaveLength(4);
    }
    const one = expectStatus<Organization>(
      await t.request(family, { method: 'GET', url: `/api/v1/organizations/${pmpk.id}` }),
      200,
    );
    expect(one).toMatchObject({ name: 'Талғар ПМПК', type: 'pmpk', rev: 1 });
    expect(one.place.name).toContain('Қызылқайрат');
    const ru = expectStatus<Organization>(
      await t.request(worker, {
        method: 'GET',
        url: `/api/v1/organizations/${pmpk.id}`,
        headers: { 'accept-language': 'ru' },
      }),
      200,
    );
    expect(ru.place.name).toContain('Кызылкайрат');
  });

  it('is described in the OpenAPI document, with its filters', async () => {
    const res = await t.request(worker, { method: 'GET', url: '/api/v1/openapi.json' });
    const doc = expectStatus<{
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    }>(res, 200);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/organizations', '/api/v1/organizations/{id}']),
    );
    const params = doc.paths['/api/v1/organizations']?.get?.parameters?.map((p) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['q', 'place', 'sector', 'type', 'element', 'accessibility', 'near']),
    );
    expect(Object.keys(doc.paths['/api/v1/organizations/{id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'put',
    ]);
  });

  it('finds by name in any case and without Kazakh letters', async () => {
    expect(names(await list(`q=${encodeURIComponent('пмпк')}`))).toEqual(['Талғар ПМПК']);
    expect(names(await list(`q=${encodeURIComponent('талгарская')}`))).toEqual(['Талғар ПМПК']);
    expect(names(await list(`q=${encodeURIComponent('Қаскелең')}`))).toEqual([
      'Қаскелең №1 мектеп-гимназиясы',
    ]);
  });

  it('a district or region finds what lies inside it', async () => {
    expect(await list(`place=${PLACES.talgarDistrict}`).then((p) => p.items.length)).toBe(3);
    expect(names(await list(`place=${PLACES.kyzylkairat}`))).toEqual(['Талғар ПМПК']);
    expect(await list(`place=${PLACES.almatyRegion}`).then((p) => p.items.length)).toBe(4);
    expect(await list(`place=${PLACES.turkistanRegion}`).then((p) => p.items.length)).toBe(0);
  });

  it('filters by sector, type, CBR element and all the accessibility features asked for', async () => {
    expect(names(await list('sector=health'))).toEqual(['Талғар аудандық емханасы']);
    // By name, Қ among the К's (before Т), not after Я.
    expect(names(await list('sector=education'))).toEqual([
      'Қаскелең №1 мектеп-гимназиясы',
      'Талғар ПМПК',
    ]);
    expect(names(await list('type=school'))).toEqual(['Қаскелең №1 мектеп-гимназиясы']);
    expect((await list('element=education.primary')).items.map((o) => o.id).sort()).toEqual(
      [pmpk.id, kaskelenSchool.id].sort(),
    );
    expect((await list('accessibility=step_free_entrance')).items).toHaveLength(3);
    expect(names(await list('accessibility=step_free_entrance,sign_language'))).toEqual([
      'Талғар ПМПК',
    ]);
    expect(
      names(await list('accessibility=step_free_entrance&accessibility=sign_language')),
    ).toEqual(['Талғар ПМПК']);
    expect(names(await list('accessibility=sign_language,lift'))).toEqual([]);
  });

  it('nearest first with distances; those without coordinates last', async () => {
    const page = await list(`near=${KASKELEN.lat},${KASKELEN.lon}`);
    expect(page.items.map((o) => o.type)).toEqual(['school', 'pmpk', 'polyclinic', 'ngo']);
    expect(page.items[0]?.distanceKm).toBe(0);
    expect(page.items[2]?.distanceKm).toBeGreaterThan(45);
    expect(page.items[2]?.distanceKm).toBeLessThan(55);
    expect(page.items[3]?.distanceKm).toBeNull();
    const fromTalgar = await list(`near=${TALGAR.lat},${TALGAR.lon}&type=pmpk`);
    expect(fromTalgar.items[0]?.distanceKm).toBeGreaterThan(4);
    expect(fromTalgar.items[0]?.distanceKm).toBeLessThan(7);
  });

  it('pages with a cursor and caps the limit', async () => {
    const first = await list('limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`limit=3&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((o) => o.id);
    expect(new Set(all).size).toBe(4);
    expect((await list('limit=5000')).items).toHaveLength(4);
    const near = await list(`limit=2&near=${KASKELEN.lat},${KASKELEN.lon}`);
    const rest = await list(
      `limit=2&near=${KASKELEN.lat},${KASKELEN.lon}&cursor=${near.nextCursor}`,
    );
    expect([...near.items, ...rest.items].map((o) => o.type)).toEqual([
      'school',
      'pmpk',
      'polyclinic',
      'ngo',
    ]);
  });

  it.each([
    ['place=19620', 'place'],
    ['sector=sport', 'sector'],
    ['accessibility=stairs', 'accessibility'],
    ['near=43.3', 'near'],
    ['near=95,77', 'near'],
    ['cursor=nonsense', null],
  ])('refuses the query %s with a localized 400', async (query, path) => {
    const res = await t.request(worker, {
      method: 'GET',
      url: `/api/v1/organizations?${query}`,
      headers: { 'accept-language': 'ru' },
    });
    const problem = expectStatus<Problem>(res, 400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (path) expect(JSON.stringify(problem.errors)).toContain(path);
  });

  it('workers, families and committees cannot write; nothing changes', async () => {
    for (const user of [worker, family, committee]) {
      expectStatus(
        await t.request(user, { method: 'POST', url: '/api/v1/organizations', payload: input() }),
        403,
      );
      expectStatus(
        await t.request(user, {
          method: 'PUT',
          url: `/api/v1/organizations/${clinic.id}`,
          payload: { ...input({ name: 'Жаңа' }), id: undefined, rev: 1 },
        }),
        403,
      );
      expectStatus(
        await t.request(user, { method: 'DELETE', url: `/api/v1/organizations/${clinic.id}` }),
        403,
      );
    }
    expect((await list('')).items).toHaveLength(4);
  });

  it("a supervisor keeps only their places' organizations; an admin keeps all", async () => {
    const { id: _id, ...school } = input({ name: 'Өзгертілген', placeCode: PLACES.kaskelen });
    expectStatus(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/organizations/${kaskelenSchool.id}`,
        payload: { ...school, rev: 1 },
      }),
      403,
    );
    expectStatus(
      await t.request(supervisor, {
        method: 'DELETE',
        url: `/api/v1/organizations/${kaskelenSchool.id}`,
      }),
      403,
    );
    const res = await t.request(supervisor, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: input({ placeCode: PLACES.kaskelen }),
    });
    const problem = expectStatus<Problem>(res, 422);
    expect(problem.errors?.[0]).toMatchObject({ path: 'placeCode', code: 'place.out_of_scope' });
    // Moving one of theirs out of their places is refused too.
    const { id: _cid, ...moved } = input({ placeCode: PLACES.kaskelen });
    expectStatus(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/organizations/${clinic.id}`,
        payload: { ...moved, rev: 1 },
      }),
      422,
    );
    const school2 = expectStatus<Organization>(
      await t.request(admin, {
        method: 'GET',
        url: `/api/v1/organizations/${kaskelenSchool.id}`,
      }),
      200,
    );
    expect(school2.rev).toBe(1);
    expect(school2.name).toBe('Қаскелең №1 мектеп-гимназиясы');
  });

  it('an edit on a stale revision is a 409 and changes nothing', async () => {
    const created = await t.created<Organization>(
      supervisor,
      '/api/v1/organizations',
      input({ name: 'Талғар КППК', type: 'kppk', sector: 'education' }),
    );
    const { id: _id, ...content } = input({
      name: 'Талғар КППК',
      type: 'kppk',
      sector: 'education',
    });
    const updated = expectStatus<Organization>(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/organizations/${created.id}`,
        payload: { ...content, openingHours: 'Дс–Жм 09:00–18:00', rev: 1 },
      }),
      200,
    );
    expect(updated).toMatchObject({ rev: 2, openingHours: 'Дс–Жм 09:00–18:00' });
    const stale = expectStatus<Problem>(
      await t.request(supervisor, {
        method: 'PUT',
        url: `/api/v1/organizations/${created.id}`,
        payload: { ...content, openingHours: 'Дс–Жм 10:00–17:00', rev: 1 },
      }),
      409,
    );
    expect(stale).toMatchObject({ code: 'stale_revision', currentRev: 2 });
    const after = expectStatus<Organization>(
      await t.request(worker, { method: 'GET', url: `/api/v1/organizations/${created.id}` }),
      200,
    );
    expect(after.openingHours).toBe('Дс–Жм 09:00–18:00');
    expectStatus(
      await t.request(supervisor, { method: 'DELETE', url: `/api/v1/organizations/${created.id}` }),
      204,
    );
    expectStatus(
      await t.request(worker, { method: 'GET', url: `/api/v1/organizations/${created.id}` }),
      404,
    );
    expect((await list('type=kppk')).items).toHaveLength(0);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'organization')
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('a provider account belongs to an organization of the directory, not an unknown one', async () => {
    const provider = (organizationId: string) =>
      t.request(admin, {
        method: 'POST',
        url: '/api/v1/users',
        payload: {
          username: `pmpk-${organizationId.slice(-6)}`,
          displayName: 'Гүлнар Омарова',
          password: 'a-long-enough-password',
          role: 'provider',
          scopes: [],
          organizationId,
        },
      });
    const unknown = expectStatus<Problem>(await provider(uuidv7()), 422);
    expect(unknown.errors?.[0]).toMatchObject({
      path: 'organizationId',
      code: 'user.organization_unknown',
    });
    expectStatus(await provider(pmpk.id), 201);
  });

  it('bad input is a localized 4xx with field errors, and nothing is stored', async () => {
    const bad = input({
      placeCode: '999999999',
      email: 'not-an-email',
      coordinates: { lat: 143, lon: 77 },
      accessibility: ['stairs'],
    });
    const res = await t.request(supervisor, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: bad,
      headers: { 'accept-language': 'ru' },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const problem = res.json<Problem>();
    const paths = (problem.errors ?? []).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'coordinates.lat', 'accessibility.0']));
    expect(problem.errors?.find((e) => e.path === 'email')?.message).toBe(
      'Введите электронную почту в виде name@example.kz',
    );
    const unknownPlace = await t.request(supervisor, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: input({ placeCode: '196299999' }),
    });
    expect(expectStatus<Problem>(unknownPlace, 422).errors?.[0]?.code).toBe('place.unknown');
    expectStatus(
      await t.request(supervisor, {
        method: 'POST',
        url: '/api/v1/organizations',
        payload: input({ id: clinic.id }),
      }),
      409,
    );
    expect(
      await t.database.db
        .selectFrom('organizations')
        .select('id')
        .execute()
        .then((r) => r.length),
    ).toBe(5);
  });
});
