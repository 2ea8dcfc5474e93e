import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';

/** What a person's consent allows, on the paths where it is easy to forget (a review found these). */
describe.each(engines())('consent on every path, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
  });
  afterAll(() => t.close());

  async function household() {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    return h;
  }

  async function expire(personId: string) {
    await t.database.db
      .updateTable('consents')
      .set({ given_on: '2020-01-01', expires_on: '2023-01-01' })
      .where('person_id', '=', personId)
      .execute();
  }

  it('does not let a corrected birth date revive a representative’s consent that ended at 18', async () => {
    const h = await household();
    // Registered at 9 by his mother; now 26, so his own consent is needed.
    const p = personInput(h.id, {
      birthDate: '2000-01-01',
      iin: null,
      familyName: null,
      languages: [],
      relationToHead: 'child',
      consent: consentInput({
        givenBy: 'representative',
        representativeName: 'Сара Әлиева',
        representativeRelation: 'mother',
        givenOn: '2026-01-05',
        expiresOn: '2029-01-05',
      }),
    });
    const created = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { ...p, consent: undefined },
    });
    expectStatus(created, 201);
    await t.database.db
      .insertInto('consents')
      .values({
        id: '01a2121e-1111-7000-8000-000000000001',
        person_id: p.id,
        given_by: 'representative',
        representative_person_id: null,
        representative_name: 'Сара Әлиева',
        representative_relation: 'mother',
        scopes: ['registration'],
        method: 'signed_paper',
        given_on: '2009-06-01',
        expires_on: '2030-01-01',
        withdrawn_on: null,
        withdrawal_reason: null,
        document_ref: null,
        recorded_by: null,
        withdrawn_by: null,
      })
      .execute();
    expect(
      expectStatus<{ consentStatus: string }>(
        await t.request(worker, { method: 'GET', url: `/api/v1/persons/${p.id}` }),
        200,
      ).consentStatus,
    ).toBe('needs_own_consent');

    const { id: _id, householdId: _h, consent: _c, ...fields } = p;
    const res = await t.request(worker, {
      method: 'PUT',
      url: `/api/v1/persons/${p.id}`,
      payload: { ...fields, birthDate: '2009-12-01', familyName: 'Әлиев', notes: 'жаңа', rev: 1 },
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['familyName', 'notes']);
    const row = await t.database.db
      .selectFrom('persons')
      .select(['family_name', 'notes', 'birth_date'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ family_name: null, notes: null, birth_date: '2000-01-01' });
  });

  it('lets a restricted record’s birth date be corrected without tripping over its hidden IIN', async () => {
    const h = await household();
    const p = personInput(h.id);
    await t.created(worker, '/api/v1/persons', p);
    await expire(p.id);
    const { id: _id, householdId: _h, consent: _c, ...fields } = p;
    const minimal = {
      ...fields,
      familyName: null,
      iin: null,
      languages: [],
      birthDate: '1985-02-02',
      rev: 1,
    };
    const res = await t.request(worker, {
      method: 'PUT',
      url: `/api/v1/persons/${p.id}`,
      payload: minimal,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(JSON.stringify(res.json())).not.toContain(p.iin!);
  });

  it('forgets the family name on withdrawal, so searching for it finds nothing', async () => {
    const h = await household();
    const p = personInput(h.id, { familyName: 'Зиліханова' });
    const created = await t.created<{ consents: { id: string }[] }>(worker, '/api/v1/persons', p);
    const search = (q: string) =>
      t
        .request(worker, { method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent(q)}` })
        .then((r) => r.json<{ items: { id: string }[] }>().items.map((i) => i.id));
    expect(await search('Зиліханова')).toContain(p.id);
    expectStatus(
      await t.request(worker, {
        method: 'POST',
        url: `/api/v1/consents/${created.consents[0]!.id}/withdraw`,
        payload: { withdrawnOn: '2026-11-01', reason: null },
      }),
      200,
    );
    expect(await search('Зиліханова')).not.toContain(p.id);
    const households = (
      await t.request(worker, {
        method: 'GET',
        url: `/api/v1/households?q=${encodeURIComponent('Зиліханова')}`,
      })
    ).json().items;
    expect(households).toEqual([]);
  });

  it('shows a caregiver’s family name only while her own consent is valid', async () => {
    const h = await household();
    const mother = personInput(h.id, { familyName: 'Бекмұратова' });
    await t.created(worker, '/api/v1/persons', mother);
    const child = personInput(h.id, {
      birthDate: '2019-04-04',
      iin: null,
      relationToHead: 'child',
      caregivers: [
        { personId: mother.id, relation: 'mother', primary: true, legalRepresentative: true },
      ],
      consent: consentInput({
        givenBy: 'representative',
        representativePersonId: mother.id,
        representativeRelation: 'mother',
      }),
    });
    await t.created(worker, '/api/v1/persons', child);
    await expire(mother.id);
    await t.database.db
      .updateTable('consents')
      .set({ given_on: '2026-01-10' })
      .where('person_id', '=', child.id)
      .execute();
    const body = expectStatus<{ caregivers: { name: string }[] }>(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${child.id}` }),
      200,
    );
    expect(body.caregivers).toEqual([expect.objectContaining({ name: mother.givenName })]);
    expect(JSON.stringify(body)).not.toContain('Бекмұратова');
  });

  it('names possible duplicates without the family names their consent hides', async () => {
    const h = await household();
    const first = personInput(h.id, {
      givenName: 'Қуаныш',
      familyName: 'Тәжібаев',
      sex: 'male',
      birthDate: '1979-09-09',
      iin: null,
    });
    await t.created(worker, '/api/v1/persons', first);
    await expire(first.id);
    const other = await household();
    const res = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: personInput(other.id, {
        givenName: 'Куаныш',
        familyName: 'Тажибаев',
        sex: 'male',
        birthDate: '1979-09-09',
        iin: null,
      }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().candidates).toEqual([
      expect.objectContaining({ id: first.id, name: 'Қуаныш' }),
    ]);
  });

  it('lets only one of two simultaneous withdrawals of a consent through', async () => {
    const h = await household();
    const p = personInput(h.id);
    const created = await t.created<{ consents: { id: string }[] }>(worker, '/api/v1/persons', p);
    const url = `/api/v1/consents/${created.consents[0]!.id}/withdraw`;
    const results = await Promise.all([
      t.request(worker, {
        method: 'POST',
        url,
        payload: { withdrawnOn: '2026-11-01', reason: 'бірінші' },
      }),
      t.request(worker, {
        method: 'POST',
        url,
        payload: { withdrawnOn: '2026-11-02', reason: 'екінші' },
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', created.consents[0]!.id)
      .where('action', '=', 'consent_withdraw')
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('leaves a removal trace on each member when a household is removed', async () => {
    const h = await household();
    const p = personInput(h.id);
    await t.created(worker, '/api/v1/persons', p);
    expect(
      (await t.request(worker, { method: 'DELETE', url: `/api/v1/households/${h.id}` })).statusCode,
    ).toBe(204);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', p.id)
      .where('action', '=', 'delete')
      .execute();
    expect(audit).toHaveLength(1);
    const history = await t.database.db
      .selectFrom('record_history')
      .select('op')
      .where('entity_id', '=', p.id)
      .where('op', '=', 'delete')
      .execute();
    expect(history).toHaveLength(1);
  });
});
