import { ACTIVITY_CARDS, type Activity, type ActivityCard } from '@birge/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { syncBuiltinActivities } from './activities.seed.js';

const NOTHING = { inserted: 0, updated: 0, retired: 0, restored: 0 };

/** The shipped cards with one of them changed, as a newer Birge would ship them. */
function shippedWith(id: string, change: (card: ActivityCard) => ActivityCard): ActivityCard[] {
  return ACTIVITY_CARDS.map((card) => (card.id === id ? change(card) : card));
}

const retitled =
  (version: number, en: string) =>
  (card: ActivityCard): ActivityCard => ({ ...card, version, title: { ...card.title, en } });

describe.each(engines())('built-in activity cards, on %s', (engine) => {
  let t: TestApp;
  let admin: TestUser;
  beforeEach(async () => {
    t = await createTestApp(engine);
    admin = await t.user('admin', 'admin');
  });
  afterEach(() => t.close());

  const URL = '/api/v1/activities';
  const rows = () =>
    t.database.db
      .selectFrom('activities')
      .select(['id', 'version', 'retired', 'edited', 'updated_at'])
      .orderBy('id')
      .execute();
  const versionsOf = async (id: string) =>
    (
      await t.database.db
        .selectFrom('activity_versions')
        .select('version')
        .where('activity_id', '=', id)
        .orderBy('version')
        .execute()
    ).map((r) => r.version);
  const stored = async (id: string) =>
    expectStatus<Activity>(await t.request(admin, { method: 'GET', url: `${URL}/${id}` }), 200);

  it('are all in a new database, and a second run changes nothing', async () => {
    const before = await rows();
    expect(before).toHaveLength(ACTIVITY_CARDS.length);
    expect(await syncBuiltinActivities(t.database.db)).toEqual(NOTHING);
    expect(await rows()).toEqual(before);
    expect(await versionsOf('mobility.sit-to-stand')).toEqual([1]);
  });

  it('a newer shipped version replaces an unedited card; the same or an older one does not', async () => {
    const id = 'feeding.finger-food';
    const v2 = shippedWith(id, retitled(2, 'Finger foods'));
    expect(await syncBuiltinActivities(t.database.db, v2)).toEqual({ ...NOTHING, updated: 1 });
    expect(await syncBuiltinActivities(t.database.db, v2)).toEqual(NOTHING);
    const card = await stored(id);
    expect(card).toMatchObject({ version: 2, origin: 'builtin', updatedBy: null });
    expect(card.title.en).toBe('Finger foods');
    expect(await versionsOf(id)).toEqual([1, 2]);

    const older = shippedWith(id, retitled(1, 'Eating with the fingers'));
    expect(await syncBuiltinActivities(t.database.db, older)).toEqual(NOTHING);
    expect((await stored(id)).title.en).toBe('Finger foods');
  });

  it('an admin’s edit is kept when a newer version is shipped', async () => {
    const id = 'mobility.crawling';
    const {
      retired: _r,
      origin: _o,
      updatedAt: _u,
      updatedBy: _b,
      id: _id,
      ...content
    } = await stored(id);
    const title = { ...content.title, en: 'Crawling on all fours' };
    const put = await t.request(admin, {
      method: 'PUT',
      url: `${URL}/${id}`,
      payload: { ...content, title },
    });
    expectStatus(put, 200);
    const shipped = shippedWith(id, retitled(3, 'Crawling (new text)'));
    expect(await syncBuiltinActivities(t.database.db, shipped)).toEqual(NOTHING);
    expect(await stored(id)).toMatchObject({ version: 2, origin: 'edited', title });
  });

  it('a card no longer shipped is retired, and restored when shipped again', async () => {
    const gone = 'behaviour.learning-to-wait';
    const without = ACTIVITY_CARDS.filter((card) => card.id !== gone);
    expect(await syncBuiltinActivities(t.database.db, without)).toEqual({
      ...NOTHING,
      retired: 1,
    });
    expect(await syncBuiltinActivities(t.database.db, without)).toEqual(NOTHING);
    expect(await stored(gone)).toMatchObject({ retired: true, version: 1 });
    expect(await syncBuiltinActivities(t.database.db)).toEqual({ ...NOTHING, restored: 1 });
    expect((await stored(gone)).retired).toBe(false);
  });

  it('leaves cards added by an admin alone, even when a shipped card takes their id', async () => {
    const base = ACTIVITY_CARDS[0];
    if (!base) throw new Error('no cards');
    const { version: _v, ...input } = { ...base, id: 'positioning.own-card' };
    expectStatus(await t.request(admin, { method: 'POST', url: URL, payload: input }), 201);
    const shipped = [...ACTIVITY_CARDS, { ...base, id: 'positioning.own-card', version: 5 }];
    expect(await syncBuiltinActivities(t.database.db, shipped)).toEqual(NOTHING);
    expect(await syncBuiltinActivities(t.database.db)).toEqual(NOTHING);
    expect(await stored('positioning.own-card')).toMatchObject({
      version: 1,
      origin: 'custom',
      retired: false,
    });
  });
});
