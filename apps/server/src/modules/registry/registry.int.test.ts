import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';

describe.each(engines())('registry on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
  });
  afterAll(() => t.close());

  it('registers a household with a child and a caregiver, with consent, and reads them back', async () => {
    const household = householdInput({
      livingConditions: {
        ...householdInput().livingConditions,
        povertyMarkers: ['targeted_social_assistance'],
      },
    });
    const created = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/households',
      payload: household,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      id: household.id,
      placeCode: PLACES.talgarTown,
      inPoverty: true,
      rev: 1,
      members: [],
    });
    expect(created.json().place).toEqual({
      code: PLACES.talgarTown,
      name: 'Талғар қаласы',
      path: ['Алматы облысы', 'Талғар ауданы', 'Талғар қалалық әкімдігі'],
    });

    const mother = personInput(household.id, {
      givenName: 'Айгүл',
      sex: 'female',
      birthDate: '1988-09-03',
      relationToHead: 'head',
    });
    const motherRes = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: mother,
    });
    expect(motherRes.statusCode, motherRes.body).toBe(201);

    const child = personInput(household.id, {
      givenName: 'Нұрсұлтан',
      sex: 'male',
      birthDate: '2017-03-12',
      relationToHead: 'child',
      icd10: ['g80.1'],
      disability: {
        status: 'established',
        category: 'child_7_18',
        group: 'II',
        establishedOn: '2024-04-02',
        reviewOn: '2027-04-02',
        indefinite: false,
        cause: 'since_childhood',
      },
      caregivers: [
        { personId: mother.id, relation: 'mother', primary: true, legalRepresentative: true },
      ],
      consent: consentInput({
        givenBy: 'representative',
        representativePersonId: mother.id,
        representativeRelation: 'mother',
      }),
    });
    const childRes = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: child,
    });
    expect(childRes.statusCode, childRes.body).toBe(201);
    const body = childRes.json();
    expect(body).toMatchObject({
      age: 9,
      consentStatus: 'valid',
      icd10: ['G80.1'],
      caregivers: [{ personId: mother.id, name: `Айгүл ${mother.familyName}`, relation: 'mother' }],
    });
    expect(body.consents).toHaveLength(1);

    const read = await t.request(worker, {
      method: 'GET',
      url: `/api/v1/households/${household.id}`,
    });
    expect(read.json().members.map((m: { givenName: string }) => m.givenName)).toEqual([
      'Айгүл',
      'Нұрсұлтан',
    ]);
  });

  it('keeps only a minimal record without consent and says which fields need it', async () => {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const { consent: _c, ...withoutConsent } = personInput(h.id);
    const refused = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: withoutConsent,
    });
    expect(refused.statusCode).toBe(422);
    expect(
      refused
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['familyName', 'iin', 'languages']);
    expect(refused.json().errors[0].message).toBe(
      'Бұл деректерді сақтау үшін тіркеуге жарамды келісім қажет',
    );

    const minimal = { ...withoutConsent, familyName: null, iin: null, languages: [] };
    const ok = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: minimal,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ consentStatus: 'missing', familyName: null, iin: null });
  });

  it('refuses a second person with the same IIN and points to the first', async () => {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const first = personInput(h.id);
    await t.created(worker, '/api/v1/persons', first);
    const again = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { ...personInput(h.id), iin: first.iin, birthDate: first.birthDate, sex: first.sex },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'duplicate_iin',
      existingId: first.id,
      existingHouseholdId: h.id,
    });
  });

  it('warns about a similar name born the same day nearby until the user confirms', async () => {
    const h = householdInput({ placeCode: PLACES.kyzylkairat });
    await t.created(worker, '/api/v1/households', h);
    const first = personInput(h.id, {
      givenName: 'Әсел',
      familyName: 'Нұрланова',
      birthDate: '2015-02-03',
      iin: null,
      relationToHead: 'child',
      consent: consentInput({
        givenBy: 'representative',
        representativeName: 'Сәуле Нұрланова',
        representativeRelation: 'mother',
      }),
    });
    await t.created(worker, '/api/v1/persons', first);
    const other = householdInput();
    await t.created(worker, '/api/v1/households', other);
    const similar = personInput(other.id, {
      givenName: 'Асель',
      familyName: 'Нурланова',
      birthDate: '2015-02-03',
      iin: null,
      relationToHead: 'child',
      consent: consentInput({
        givenBy: 'representative',
        representativeName: 'Гүлмира Нұрланова',
        representativeRelation: 'mother',
      }),
    });
    const warned = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: similar,
      headers: { 'accept-language': 'en' },
    });
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({
      code: 'possible_duplicate',
      title: 'A similar person may already be registered',
      candidates: [{ id: first.id, name: 'Әсел Нұрланова' }],
    });
    const confirmed = await t.request(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { ...similar, confirmNotDuplicate: true },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
  });

  it('updates with the revision it was based on and refuses a stale one', async () => {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const p = personInput(h.id);
    await t.created(worker, '/api/v1/persons', p);
    const { id: _id, householdId: _h, consent: _c, ...fields } = p;
    const updated = await t.request(worker, {
      method: 'PUT',
      url: `/api/v1/persons/${p.id}`,
      payload: { ...fields, phone: '+7 701 000 00 01', rev: 1 },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ phone: '+7 701 000 00 01', rev: 2 });
    const stale = await t.request(worker, {
      method: 'PUT',
      url: `/api/v1/persons/${p.id}`,
      payload: { ...fields, phone: '+7 701 000 00 02', rev: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_revision', currentRev: 2 });
    const history = await t.request(worker, {
      method: 'GET',
      url: `/api/v1/persons/${p.id}/history`,
    });
    expect(history.json().map((e: { op: string; fields: string[] }) => [e.op, e.fields])).toEqual([
      ['update', ['phone']],
      ['create', expect.arrayContaining(['givenName', 'iin'])],
    ]);
  });

  it('erases all but the minimal record when the only consent is withdrawn', async () => {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const p = personInput(h.id, { phone: '+7 702 111 22 33', icd10: ['H90.3'] });
    const created = (
      await t.request(worker, { method: 'POST', url: '/api/v1/persons', payload: p })
    ).json();
    const res = await t.request(worker, {
      method: 'POST',
      url: `/api/v1/consents/${created.consents[0].id}/withdraw`,
      payload: { withdrawnOn: '2026-11-01', reason: null },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-11-01' });
    const after = (
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${p.id}` })
    ).json();
    expect(after).toMatchObject({
      givenName: p.givenName,
      birthDate: p.birthDate,
      familyName: null,
      iin: null,
      phone: null,
      icd10: [],
      consentStatus: 'withdrawn',
    });
    const snapshots = await t.database.db
      .selectFrom('record_history')
      .select('snapshot')
      .where('entity_id', '=', p.id)
      .execute();
    expect(snapshots.every((s) => s.snapshot === null)).toBe(true);
  });

  it('restricts a record whose consent expired to its minimal part, and restores it on renewal', async () => {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const p = personInput(h.id, { phone: '+7 705 222 33 44', icd10: ['G80.1'] });
    await t.created(worker, '/api/v1/persons', p);
    await t.database.db
      .updateTable('consents')
      .set({ given_on: '2020-01-01', expires_on: '2023-01-01' })
      .where('person_id', '=', p.id)
      .execute();

    const restricted = expectStatus<Record<string, unknown>>(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${p.id}` }),
      200,
    );
    expect(restricted).toMatchObject({
      consentStatus: 'expired',
      givenName: p.givenName,
      familyName: null,
      iin: null,
      phone: null,
      icd10: [],
    });
    const list = expectStatus<{ members: { familyName: string | null }[] }>(
      await t.request(worker, { method: 'GET', url: `/api/v1/households/${h.id}` }),
      200,
    );
    expect(list.members[0]?.familyName).toBeNull();

    // The worker corrects the given name; the details they cannot see stay stored.
    const { id: _id, householdId: _h, consent: _c, ...fields } = p;
    const minimal = {
      ...fields,
      givenName: 'Айнұр',
      familyName: null,
      iin: null,
      phone: null,
      icd10: [],
      languages: [],
      rev: 1,
    };
    expectStatus(
      await t.request(worker, { method: 'PUT', url: `/api/v1/persons/${p.id}`, payload: minimal }),
      200,
    );
    const refused = await t.request(worker, {
      method: 'PUT',
      url: `/api/v1/persons/${p.id}`,
      payload: { ...minimal, phone: '+7 700 000 00 00', rev: 2 },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ path: 'phone', code: 'person.needs_consent' }),
    ]);

    expectStatus(
      await t.request(worker, {
        method: 'POST',
        url: `/api/v1/persons/${p.id}/consents`,
        payload: consentInput({ givenOn: '2026-03-01', expiresOn: '2029-03-01' }),
      }),
      201,
    );
    const renewed = expectStatus<Record<string, unknown>>(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${p.id}` }),
      200,
    );
    expect(renewed).toMatchObject({
      consentStatus: 'valid',
      givenName: 'Айнұр',
      familyName: p.familyName,
      iin: p.iin,
      phone: '+7 705 222 33 44',
      icd10: ['G80.1'],
    });
  });

  it('refuses a minor as someone’s legal representative', async () => {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const sister = personInput(h.id, {
      birthDate: '2011-06-01',
      iin: null,
      relationToHead: 'child',
      consent: consentInput({
        givenBy: 'representative',
        representativeName: 'Мәрия Серікова',
        representativeRelation: 'mother',
      }),
    });
    await t.created(worker, '/api/v1/persons', sister);
    const child = personInput(h.id, {
      birthDate: '2019-06-01',
      iin: null,
      relationToHead: 'child',
      consent: consentInput({
        givenBy: 'representative',
        representativePersonId: sister.id,
        representativeRelation: 'other',
      }),
    });
    const res = await t.request(worker, { method: 'POST', url: '/api/v1/persons', payload: child });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        path: 'consent.representativePersonId',
        code: 'consent.representative_minor',
      }),
    ]);
  });

  it('soft-deletes a household and its members', async () => {
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const p = personInput(h.id);
    await t.created(worker, '/api/v1/persons', p);
    expect(
      (await t.request(worker, { method: 'DELETE', url: `/api/v1/households/${h.id}` })).statusCode,
    ).toBe(204);
    expect(
      (await t.request(worker, { method: 'GET', url: `/api/v1/households/${h.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await t.request(worker, { method: 'GET', url: `/api/v1/persons/${p.id}` })).statusCode,
    ).toBe(404);
    const row = await t.database.db
      .selectFrom('persons')
      .select('deleted_at')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).toBeInstanceOf(Date);
  });

  it('pages the household list with an opaque cursor and searches names without Kazakh letters', async () => {
    const fresh = await t.user('pager', 'worker', [PLACES.karasayDistrict]);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const h = householdInput({ placeCode: PLACES.kaskelen, address: `Төле би көшесі, ${i + 1}` });
      ids.push(h.id);
      await t.request(fresh, { method: 'POST', url: '/api/v1/households', payload: h });
    }
    const first = (
      await t.request(fresh, { method: 'GET', url: '/api/v1/households?limit=2' })
    ).json();
    expect(first.items.map((h: { id: string }) => h.id)).toEqual([ids[4], ids[3]]);
    const second = (
      await t.request(fresh, {
        method: 'GET',
        url: `/api/v1/households?limit=2&cursor=${first.nextCursor}`,
      })
    ).json();
    expect(second.items.map((h: { id: string }) => h.id)).toEqual([ids[2], ids[1]]);
    const search = (
      await t.request(fresh, {
        method: 'GET',
        url: `/api/v1/households?q=${encodeURIComponent('толе би көшесі, 3')}`,
      })
    ).json();
    expect(search.items.map((h: { id: string }) => h.id)).toEqual([ids[2]]);
  });
});
