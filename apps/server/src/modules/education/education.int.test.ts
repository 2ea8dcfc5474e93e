import {
  addDays,
  todayIso,
  type EducationRecord,
  type Household,
  type Person,
  type PersonPage,
  type Problem,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES, personInput } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { planHousehold } from '../plans/plans.test-support.js';

describe.each(engines())('education, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let supervisor: TestUser;
  let worker2: TestUser;
  let manager: TestUser;
  let family: TestUser;
  let otherFamily: TestUser;
  let child: Person;
  let householdId: string;
  let other: Awaited<ReturnType<typeof planHousehold>>;
  const today = todayIso();

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('supervisor', 'supervisor', [PLACES.talgarDistrict]);
    worker2 = await t.user('worker2', 'worker', [PLACES.karasayDistrict]);
    manager = await t.user('manager', 'manager', [PLACES.almatyRegion]);
    ({ child, householdId } = await planHousehold(t, worker));
    other = await planHousehold(t, worker);
    family = await t.user('family', 'family', [], { householdId });
    otherFamily = await t.user('family2', 'family', [], { householdId: other.householdId });
  });
  afterAll(() => t.close());

  const url = (personId = child.id, rest = '') => `/api/v1/persons/${personId}/education${rest}`;
  const get = (user = worker, personId = child.id) =>
    t.request(user, { method: 'GET', url: url(personId) });
  const post = (payload: Record<string, unknown>, user = worker, rest = '', personId = child.id) =>
    t.request(user, {
      method: 'POST',
      url: url(personId, rest),
      headers: { 'accept-language': 'en' },
      payload,
    });
  const read = async (personId = child.id) =>
    expectStatus<EducationRecord>(await get(worker, personId), 200);
  const memberFlag = async (personId: string) => {
    const page = expectStatus<PersonPage>(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons?householdId=${householdId}` }),
      200,
    );
    const household = expectStatus<Household>(
      await t.request(worker, { method: 'GET', url: `/api/v1/households/${householdId}` }),
      200,
    );
    const inList = page.items.find((p) => p.id === personId);
    const inHousehold = household.members.find((p) => p.id === personId);
    return {
      list: inList?.inNoEducation,
      household: inHousehold?.inNoEducation,
      state: inList?.educationState,
    };
  };

  it('derives "in no education": not recorded, then none, then gone with an inclusive class', async () => {
    const unknown = await read();
    expect(unknown).toMatchObject({ consentValid: true, statuses: [], pmpk: [], kppk: [] });
    expect(unknown.summary).toMatchObject({
      ageBand: 'school',
      state: 'unknown',
      status: null,
      inNoEducation: true,
    });
    expect(await memberFlag(child.id)).toEqual({ list: true, household: true, state: 'unknown' });

    const none = expectStatus<EducationRecord>(
      await post({ status: 'none', from: '2025-09-01', note: 'Үйде отырады' }),
      201,
    );
    expect(none.summary).toMatchObject({ state: 'none', status: 'none', inNoEducation: true });
    expect(none.statuses).toEqual([
      expect.objectContaining({ status: 'none', from: '2025-09-01', recordedBy: 'Test worker' }),
    ]);
    expect(await memberFlag(child.id)).toEqual({ list: true, household: true, state: 'none' });

    const enrolled = expectStatus<EducationRecord>(
      await post({
        status: 'general_school_inclusive',
        from: today,
        institution: 'Талғар қаласының №3 мектеп-гимназиясы',
        grade: '1 Ә',
      }),
      201,
    );
    expect(enrolled.summary).toMatchObject({
      state: 'in_education',
      status: 'general_school_inclusive',
      since: today,
      inNoEducation: false,
    });
    expect(enrolled.statuses.map((s) => s.status)).toEqual(['general_school_inclusive', 'none']);
    expect(await memberFlag(child.id)).toEqual({
      list: false,
      household: false,
      state: 'in_education',
    });
  });

  it('keeps ПМПК conclusions and КППК periods; a mistaken entry is removed, not edited', async () => {
    const pmpk = expectStatus<EducationRecord>(
      await post(
        {
          concludedOn: '2026-05-12',
          specialNeeds: true,
          needsDescription: 'Сөйлеу тілінің жалпы дамымауы',
          conditions: ['inclusive_with_assistant', 'speech_therapist'],
        },
        worker,
        '/pmpk',
      ),
      201,
    );
    expect(pmpk.pmpk).toEqual([
      expect.objectContaining({
        concludedOn: '2026-05-12',
        specialNeeds: true,
        conditions: ['inclusive_with_assistant', 'speech_therapist'],
      }),
    ]);
    expect(pmpk.summary.specialNeeds).toBe(true);
    const kppk = expectStatus<EducationRecord>(
      await post({ kind: 'speech_therapy', from: '2026-06-01', to: null }, supervisor, '/kppk'),
      201,
    );
    expect(kppk.kppk).toEqual([expect.objectContaining({ kind: 'speech_therapy', to: null })]);
    expect(kppk.summary.activeSupport).toBe(1);

    const wrong = kppk.kppk[0]?.id ?? '';
    const removed = expectStatus<EducationRecord>(
      await t.request(worker, { method: 'DELETE', url: url(child.id, `/${wrong}`) }),
      200,
    );
    expect(removed.kppk).toEqual([]);
    // Gone is gone; another person's entry is not found through this child.
    expect(
      (await t.request(worker, { method: 'DELETE', url: url(child.id, `/${wrong}`) })).statusCode,
    ).toBe(404);
    const pmpkId = pmpk.pmpk[0]?.id ?? '';
    expect(
      (await t.request(worker, { method: 'DELETE', url: url(other.child.id, `/${pmpkId}`) }))
        .statusCode,
    ).toBe(404);
    expect((await read()).pmpk).toHaveLength(1);
  });

  it('refuses dates out of order with field errors and changes nothing', async () => {
    const before = await read();
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ status: 'preschool', from: '2019-04-19' }, '', 'from', 'record.before_birth'],
      [{ status: 'preschool', from: addDays(today, 1) }, '', 'from', 'record.date_future'],
      [
        { concludedOn: addDays(today, 3), specialNeeds: false },
        '/pmpk',
        'concludedOn',
        'record.date_future',
      ],
      [
        { kind: 'psychological', from: '2026-03-01', to: '2026-02-28' },
        '/kppk',
        'to',
        'record.ends_before_start',
      ],
    ];
    for (const [payload, rest, path, code] of cases) {
      const problem = expectStatus<Problem>(await post(payload, worker, rest), 422);
      expect(problem.errors).toEqual([expect.objectContaining({ path, code })]);
      expect(problem.errors?.[0]?.message).toMatch(/date/i);
    }
    const badEnum = expectStatus<Problem>(await post({ status: 'school', from: today }), 422);
    expect(badEnum.code).toBe('validation_failed');
    const id = uuidv7();
    expectStatus(await post({ id, status: 'home_based', from: '2025-01-10' }), 201);
    expect((await post({ id, status: 'home_based', from: '2025-01-10' })).statusCode).toBe(409);
    const after = await read();
    expect(after.statuses.length).toBe(before.statuses.length + 1);
    expect(after.pmpk).toEqual(before.pmpk);
    expect(after.kppk).toEqual(before.kppk);
  });

  it('is read and written by role and place like the person’s other records', async () => {
    const entry = { status: 'preschool', from: '2024-09-01' };
    expect((await get(supervisor)).statusCode).toBe(200);
    expect((await get(manager)).statusCode).toBe(200);
    expect((await get(family)).statusCode).toBe(200);
    expect((await get(otherFamily)).statusCode).toBe(404);
    expect((await get(otherFamily, other.child.id)).statusCode).toBe(200);
    expect((await get(worker2)).statusCode).toBe(404);
    expect((await post(entry, worker2)).statusCode).toBe(404);
    expect((await post(entry, manager)).statusCode).toBe(403);
    expect((await post(entry, family)).statusCode).toBe(403);
    for (const role of ['provider', 'committee', 'analyst', 'admin'] as const) {
      const user = await t.user(
        `${role}-e`,
        role,
        role === 'analyst' || role === 'committee' ? [PLACES.almatyRegion] : [],
      );
      expect((await get(user)).statusCode).toBe(404);
      expect((await post(entry, user)).statusCode).toBe(403);
    }
    expect((await get(worker, uuidv7())).statusCode).toBe(404);
  });

  it('needs valid consent: a minimal record has no entries and derives nothing', async () => {
    const { consent: _c, ...withoutConsent } = personInput(householdId, {
      birthDate: '2020-02-02',
      relationToHead: 'child',
      confirmNotDuplicate: true,
    });
    const bare = await t.created<Person>(worker, '/api/v1/persons', {
      ...withoutConsent,
      familyName: null,
      iin: null,
      languages: [],
    });
    const record = await read(bare.id);
    expect(record).toMatchObject({ consentValid: false, statuses: [] });
    expect(record.summary.inNoEducation).toBe(false);
    const problem = expectStatus<Problem>(
      await post({ status: 'none', from: '2025-01-01' }, worker, '', bare.id),
      422,
    );
    expect(problem.errors).toEqual([expect.objectContaining({ code: 'record.consent_required' })]);
    expect((await memberFlag(bare.id)).list).toBeUndefined();
  });

  it('audits writes and reads', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'fields'])
      .where('entity', 'in', ['education_record', 'person'])
      .execute();
    expect(rows.some((r) => r.action === 'create' && r.entity === 'education_record')).toBe(true);
    expect(rows.some((r) => r.action === 'delete' && r.entity === 'education_record')).toBe(true);
    expect(rows.some((r) => r.action === 'read' && r.fields.includes('education'))).toBe(true);
  });
});
