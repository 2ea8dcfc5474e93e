import {
  ACTIVITY_CARDS,
  ACTIVITY_CATEGORIES,
  builtinActivity,
  type Activity,
  type ActivityCard,
  type ActivityPage,
  type Problem,
} from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';

const URL = '/api/v1/activities';

/** A card's content as PUT takes it: no id, `version` the one it was based on. */
function updateOf(card: ActivityCard): Record<string, unknown> {
  const { id: _id, ...rest } = card;
  return rest;
}

/** The content of an API card, without its state. */
function contentOf(activity: Activity): ActivityCard {
  const { retired: _r, origin: _o, updatedAt: _u, updatedBy: _b, ...card } = activity;
  return card;
}

describe.each(engines())('activity library, on %s', (engine) => {
  let t: TestApp;
  let admin: TestUser;
  let worker: TestUser;
  let analyst: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.user('admin', 'admin');
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    analyst = await t.user('analyst', 'analyst', [PLACES.almatyRegion]);
  });
  afterAll(() => t.close());

  const get = (user: TestUser | null, url: string, language = 'en') =>
    t.request(user, { method: 'GET', url, headers: { 'accept-language': language } });
  const put = (user: TestUser | null, id: string, payload: unknown, language = 'en') =>
    t.request(user, {
      method: 'PUT',
      url: `${URL}/${id}`,
      headers: { 'accept-language': language },
      payload: payload as Record<string, unknown>,
    });
  const list = async (query = '', user: TestUser = worker) =>
    expectStatus<ActivityPage>(await get(user, `${URL}${query}`), 200);
  const one = async (id: string) => expectStatus<Activity>(await get(worker, `${URL}/${id}`), 200);

  /** Everything an edit may touch: the rows, their versions and the audit log. */
  async function snapshot() {
    const db = t.database.db;
    const [rows, versions, audit] = await Promise.all([
      db.selectFrom('activities').selectAll().orderBy('id').execute(),
      db.selectFrom('activity_versions').select(['activity_id', 'version']).execute(),
      db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, versions: versions.length, audit: Number(audit.n) };
  }

  it('lists every built-in card to any signed-in role, all three languages in each', async () => {
    for (const user of [worker, analyst, admin]) {
      const page = await list('', user);
      expect(page.items.length).toBeGreaterThanOrEqual(48);
      expect(page.items).toHaveLength(ACTIVITY_CARDS.length);
      expect(page.nextCursor).toBeNull();
    }
    const page = await list();
    const sit = page.items.find((a) => a.id === 'mobility.sit-to-stand');
    expect(sit?.title).toEqual({
      kk: 'Орындықтан тұру',
      ru: 'Вставание со стула',
      en: 'Standing up from a chair',
    });
    expect(page.items.every((a) => a.origin === 'builtin' && a.updatedBy === null)).toBe(true);
    expect(page.items.map((a) => a.id)).toEqual(ACTIVITY_CARDS.map((c) => c.id).sort());
    expect(expectStatus<Problem>(await get(null, URL), 401).code).toBe('unauthorized');
  });

  it('pages with a cursor and caps the page size', async () => {
    const first = await list('?limit=20');
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const ids = first.items.map((a) => a.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await list(`?limit=20&cursor=${cursor}`);
      ids.push(...next.items.map((a) => a.id));
      cursor = next.nextCursor;
    }
    expect(ids).toEqual(ACTIVITY_CARDS.map((c) => c.id).sort());
    expect((await list('?limit=100000')).items).toHaveLength(ACTIVITY_CARDS.length);
    const bad = expectStatus<Problem>(await get(worker, `${URL}?cursor=nonsense`), 400);
    expect(bad.code).toBe('bad_cursor');
  });

  it('filters by category, age in months and CBR element', async () => {
    for (const category of ACTIVITY_CATEGORIES) {
      const page = await list(`?category=${category}`);
      expect(page.items.length).toBeGreaterThanOrEqual(6);
      expect(page.items.every((a) => a.category === category)).toBe(true);
    }
    const toddlers = await list('?age=18');
    expect(toddlers.items.map((a) => a.id)).toContain('positioning.tummy-time');
    expect(toddlers.items.map((a) => a.id)).not.toContain('mobility.sit-to-stand');
    for (const a of toddlers.items) {
      expect(a.ages.minMonths).toBeLessThanOrEqual(18);
      if (a.ages.maxMonths !== null) expect(a.ages.maxMonths).toBeGreaterThanOrEqual(18);
    }
    const edge = await list('?age=36&category=positioning');
    expect(edge.items.map((a) => a.id)).toContain('positioning.tummy-time');
    expect((await list('?age=37&category=positioning')).items.map((a) => a.id)).not.toContain(
      'positioning.tummy-time',
    );
    const money = await list('?element=livelihood.financial_services');
    expect(money.items.map((a) => a.id)).toEqual(['daily-living.knowing-money']);
    const bad = expectStatus<Problem>(await get(worker, `${URL}?category=dancing&age=-1`), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['query.age', 'query.category']);
  });

  it('shows one card as the library ships it; an unknown card is 404', async () => {
    const card = await one('feeding.drinking-from-a-cup');
    expect(contentOf(card)).toEqual(builtinActivity('feeding.drinking-from-a-cup'));
    const missing = expectStatus<Problem>(await get(worker, `${URL}/feeding.flying-cup`), 404);
    expect(missing.errors).toEqual([
      { path: 'id', code: 'activity.not_found', message: 'There is no such activity card' },
    ]);
    const malformed = expectStatus<Problem>(await get(worker, `${URL}/Not%20an%20id`), 400);
    expect(malformed.errors?.[0]?.path).toBe('params.id');
  });

  it('lets an admin change a card: a new version, the old one kept, audited', async () => {
    const before = await one('mobility.sit-to-stand');
    const before$ = await snapshot();
    const title = { ...before.title, kk: 'Орындықтан тұрып, қайта отыру' };
    const changed = expectStatus<Activity>(
      await put(admin, before.id, { ...updateOf(contentOf(before)), title }),
      200,
    );
    expect(changed).toMatchObject({ version: 2, title, origin: 'edited', updatedBy: admin.id });
    expect(changed.steps).toEqual(before.steps);
    const old = expectStatus<Activity>(await get(worker, `${URL}/${before.id}?version=1`), 200);
    expect(old.title).toEqual(before.title);
    expect(old.version).toBe(1);
    const after$ = await snapshot();
    expect(after$.versions).toBe(before$.versions + 1);
    expect(after$.audit).toBe(before$.audit + 1);
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'fields', 'actor_id'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({
      action: 'update',
      entity: 'activity',
      entity_id: before.id,
      fields: ['title'],
      actor_id: admin.id,
    });
    const noVersion = expectStatus<Problem>(
      await get(worker, `${URL}/${before.id}?version=9`),
      404,
    );
    expect(noVersion.errors?.[0]?.code).toBe('activity.version_not_found');
  });

  it('refuses an invalid card with localized problems, changing nothing', async () => {
    const card = await one('feeding.finger-food');
    const before = await snapshot();
    const broken = {
      ...updateOf(contentOf(card)),
      steps: card.steps.slice(0, 2),
      title: { ...card.title, ru: ' ' },
      pictogram: 'unicorn',
      ages: { minMonths: 24, maxMonths: 12 },
    };
    const res = await put(admin, card.id, broken, 'ru');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = expectStatus<Problem>(res, 422);
    expect(problem.code).toBe('validation_failed');
    expect(problem.title).toBe('В данных есть ошибки');
    const byPath = Object.fromEntries((problem.errors ?? []).map((e) => [e.path, e]));
    expect(Object.keys(byPath).sort()).toEqual([
      'ages.maxMonths',
      'pictogram',
      'steps',
      'title.ru',
    ]);
    expect(byPath.pictogram).toMatchObject({
      code: 'activity.unknown_pictogram',
      message: 'Такой пиктограммы нет',
    });
    expect(byPath['ages.maxMonths']?.code).toBe('activity.ages_order');
    const kk = expectStatus<Problem>(await put(admin, card.id, broken, 'kk'), 422);
    expect(kk.errors?.find((e) => e.path === 'pictogram')?.message).toBe('Мұндай пиктограмма жоқ');

    const moved = expectStatus<Problem>(
      await put(admin, card.id, { ...updateOf(contentOf(card)), category: 'mobility' }),
      422,
    );
    expect(moved.errors).toMatchObject([{ path: 'category', code: 'activity.id_category' }]);
    const stale = expectStatus<Problem>(
      await put(admin, card.id, { ...updateOf(contentOf(card)), version: 7 }),
      409,
    );
    expect(stale).toMatchObject({ code: 'stale_revision', currentVersion: 1 });
    const unknown = await put(admin, 'feeding.no-such-card', updateOf(contentOf(card)));
    expect(expectStatus<Problem>(unknown, 404).errors?.[0]?.code).toBe('activity.not_found');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses edits by anyone but an admin, before looking at the body', async () => {
    const card = await one('behaviour.quiet-corner');
    const before = await snapshot();
    const valid = { ...updateOf(contentOf(card)), purpose: { kk: 'а', ru: 'б', en: 'c' } };
    for (const user of [worker, analyst]) {
      expect(expectStatus<Problem>(await put(user, card.id, valid), 403).code).toBe('forbidden');
      expect(expectStatus<Problem>(await put(user, card.id, { steps: [] }), 403).code).toBe(
        'forbidden',
      );
      const post = await t.request(user, { method: 'POST', url: URL, payload: { id: 'x.y' } });
      expect(expectStatus<Problem>(post, 403).code).toBe('forbidden');
    }
    expect(expectStatus<Problem>(await put(null, card.id, valid), 401).code).toBe('unauthorized');
    expect(await snapshot()).toEqual(before);
  });

  it('retires a card without a new version; an edit that changes nothing writes nothing', async () => {
    const card = await one('play-learning.find-the-toy');
    const retired = expectStatus<Activity>(
      await put(admin, card.id, { ...updateOf(contentOf(card)), retired: true }),
      200,
    );
    expect(retired).toMatchObject({ version: 1, retired: true, origin: 'edited' });
    expect((await list('?retired=false')).items.map((a) => a.id)).not.toContain(card.id);
    expect((await list('?retired=true')).items.map((a) => a.id)).toEqual([card.id]);
    expect((await list()).items.map((a) => a.id)).toContain(card.id);

    const before = await snapshot();
    const same = expectStatus<Activity>(await put(admin, card.id, updateOf(contentOf(card))), 200);
    expect(same).toEqual(retired);
    expect(await snapshot()).toEqual(before);
  });

  it('lets an admin add a card of their own', async () => {
    const base = contentOf(await one('communication.yes-and-no'));
    const { version: _v, ...input } = {
      ...base,
      id: 'communication.eye-pointing',
      title: { kk: 'Көзбен нұсқау', ru: 'Указание взглядом', en: 'Pointing with the eyes' },
    };
    const res = await t.request(admin, { method: 'POST', url: URL, payload: input });
    const added = expectStatus<Activity>(res, 201);
    expect(added).toMatchObject({ id: input.id, version: 1, origin: 'custom', retired: false });
    expect(added.updatedBy).toBe(admin.id);
    expect((await list('?category=communication')).items.map((a) => a.id)).toContain(input.id);

    const again = await t.request(admin, { method: 'POST', url: URL, payload: input });
    expect(expectStatus<Problem>(again, 409).code).toBe('duplicate_id');
    const elsewhere = await t.request(admin, {
      method: 'POST',
      url: URL,
      payload: { ...input, id: 'feeding.eye-pointing' },
    });
    expect(expectStatus<Problem>(elsewhere, 422).errors).toMatchObject([
      { path: 'id', code: 'activity.id_category' },
    ]);
  });

  it('tells plans which cards exist', async () => {
    const known = await t.app.services.activities.known(t.database.db, [
      'mobility.sit-to-stand',
      'play-learning.find-the-toy',
      'mobility.flying',
    ]);
    expect(known).toEqual(new Set(['mobility.sit-to-stand', 'play-learning.find-the-toy']));
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = expectStatus<{ paths: Record<string, Record<string, { tags?: string[] }>> }>(
      await t.request(null, { method: 'GET', url: '/api/v1/openapi.json' }),
      200,
    );
    expect(Object.keys(doc.paths['/api/v1/activities'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/activities/{id}'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(doc.paths['/api/v1/activities']?.get?.tags).toEqual(['activities']);
  });
});
