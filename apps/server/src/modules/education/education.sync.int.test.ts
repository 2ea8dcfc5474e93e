import {
  addDays,
  todayIso,
  type EducationRecord,
  type LivelihoodRecord,
  type Person,
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
import { mutation, pullAll, push } from '../sync/sync.test-support.js';

describe.each(engines())('education and livelihood on devices, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let stranger: TestUser;
  let child: Person;
  let mother: Person;
  let householdId: string;
  const today = todayIso();

  const education = async (personId = child.id) =>
    expectStatus<EducationRecord>(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${personId}/education` }),
      200,
    );
  const livelihood = async (personId = mother.id) =>
    expectStatus<LivelihoodRecord>(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${personId}/livelihood` }),
      200,
    );
  const changesOf = async (user: TestUser, cursor?: string) => {
    const pulled = await pullAll(t, user, cursor);
    const ours = pulled.changes.filter(
      (c) => c.entity === 'education_record' || c.entity === 'livelihood_record',
    );
    return { cursor: pulled.cursor, changes: ours };
  };
  const outcome = (results: Awaited<ReturnType<typeof push>>) =>
    results.map((r) => [r.status, r.errors.map((e) => [e.path, e.code])]);

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('sync-edu-worker', 'worker', [PLACES.talgarDistrict]);
    stranger = await t.user('sync-edu-stranger', 'worker', [PLACES.karasayDistrict]);
    ({ child, mother, householdId } = await planHousehold(t, worker));
  });
  afterAll(() => t.close());

  it('pulls the caseload’s entries and nothing out of scope', async () => {
    const status = await t.created<EducationRecord>(
      worker,
      `/api/v1/persons/${child.id}/education`,
      { status: 'preschool', from: '2024-09-01', institution: '«Балапан» балабақшасы' },
    );
    await t.created(worker, `/api/v1/persons/${mother.id}/livelihood`, {
      recordedOn: '2025-03-01',
      workStatus: 'self_employed',
      incomeSources: ['farming'],
    });
    const { changes } = await changesOf(worker);
    expect(changes).toHaveLength(2);
    const entry = changes.find((c) => c.entity === 'education_record');
    expect(entry).toMatchObject({
      id: status.statuses[0]?.id,
      rev: 1,
      deleted: false,
      data: {
        entry: 'status',
        householdId,
        personId: child.id,
        status: 'preschool',
        from: '2024-09-01',
        institution: '«Балапан» балабақшасы',
      },
    });
    expect(changes.find((c) => c.entity === 'livelihood_record')?.data).toMatchObject({
      personId: mother.id,
      workStatus: 'self_employed',
      incomeSources: ['farming'],
    });
    expect((await changesOf(stranger)).changes).toEqual([]);
  });

  it('takes entries pushed from a device; a replay is answered, not applied again', async () => {
    const statusId = uuidv7();
    const pmpkId = uuidv7();
    const kppkId = uuidv7();
    const workId = uuidv7();
    const batch = [
      mutation({
        entity: 'education_record',
        id: statusId,
        data: { entry: 'status', personId: child.id, status: 'none', from: addDays(today, -3) },
      }),
      mutation({
        entity: 'education_record',
        id: pmpkId,
        data: {
          entry: 'pmpk',
          personId: child.id,
          concludedOn: addDays(today, -2),
          specialNeeds: true,
          conditions: ['speech_therapist'],
        },
      }),
      mutation({
        entity: 'education_record',
        id: kppkId,
        data: {
          entry: 'kppk',
          personId: child.id,
          kind: 'speech_therapy',
          from: addDays(today, -1),
        },
      }),
      mutation({
        entity: 'livelihood_record',
        id: workId,
        data: { personId: mother.id, recordedOn: today, workStatus: 'unemployed_seeking' },
      }),
    ];
    const results = await push(t, worker, batch);
    expect(outcome(results)).toEqual([
      ['applied', []],
      ['applied', []],
      ['applied', []],
      ['applied', []],
    ]);
    expect(results.map((r) => r.rev)).toEqual([1, 1, 1, 1]);
    const record = await education();
    expect(record.statuses[0]).toMatchObject({ id: statusId, status: 'none' });
    expect(record.pmpk[0]).toMatchObject({ id: pmpkId, conditions: ['speech_therapist'] });
    expect(record.kppk[0]).toMatchObject({ id: kppkId, kind: 'speech_therapy' });
    expect(record.summary).toMatchObject({ inNoEducation: true, specialNeeds: true });
    expect((await livelihood()).current).toMatchObject({ id: workId });

    const replay = await push(t, worker, batch);
    expect(replay.map((r) => [r.status, r.originalStatus, r.rev])).toEqual(
      results.map((r) => ['duplicate', 'applied', r.rev]),
    );
    const again = await education();
    expect([again.statuses.length, again.pmpk.length, again.kppk.length]).toEqual([2, 1, 1]);
    expect((await livelihood()).entries).toHaveLength(2);
  });

  it('refuses with the HTTP API’s reasons and changes nothing', async () => {
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
    const existing = (await education()).statuses[0]?.id ?? '';
    const results = await push(t, worker, [
      mutation({
        entity: 'education_record',
        id: uuidv7(),
        data: { entry: 'status', personId: child.id, status: 'preschool', from: '2019-04-19' },
      }),
      mutation({
        entity: 'education_record',
        id: uuidv7(),
        data: {
          entry: 'kppk',
          personId: child.id,
          kind: 'other',
          from: today,
          to: addDays(today, -5),
        },
      }),
      mutation({
        entity: 'education_record',
        id: uuidv7(),
        data: { entry: 'status', personId: bare.id, status: 'none', from: '2025-01-01' },
      }),
      mutation({
        entity: 'education_record',
        id: uuidv7(),
        data: { entry: 'status', personId: uuidv7(), status: 'none', from: '2025-01-01' },
      }),
      mutation({
        entity: 'livelihood_record',
        id: uuidv7(),
        data: { personId: mother.id, recordedOn: addDays(today, 2), workStatus: 'employed' },
      }),
      mutation({
        entity: 'education_record',
        id: uuidv7(),
        data: { entry: 'diploma', personId: child.id, from: today },
      }),
      mutation({
        entity: 'education_record',
        id: existing,
        data: { entry: 'status', personId: child.id, status: 'none', from: today },
      }),
      mutation({
        entity: 'education_record',
        id: existing,
        baseRev: 1,
        data: { status: 'higher' },
      }),
    ]);
    expect(outcome(results)).toEqual([
      ['rejected', [['data.from', 'record.before_birth']]],
      ['rejected', [['data.to', expect.any(String)]]],
      ['rejected', [['data.personId', 'record.consent_required']]],
      ['rejected', [['data.personId', 'sync.not_found']]],
      ['rejected', [['data.recordedOn', 'record.date_future']]],
      ['rejected', [['data.entry', expect.any(String)]]],
      ['rejected', [['id', 'sync.record_exists']]],
      ['rejected', [['data', 'sync.bad_mutation']]],
    ]);
    expect(results.every((r) => r.errors.every((e) => e.message.length > 0))).toBe(true);
    const record = await education();
    expect([record.statuses.length, record.pmpk.length, record.kppk.length]).toEqual([2, 1, 1]);
    expect((await livelihood()).entries).toHaveLength(2);
    expect((await education(bare.id)).statuses).toEqual([]);
  });

  it('removes an entry by tombstone, and a device out of scope cannot', async () => {
    const { cursor } = await changesOf(worker);
    const target = (await education()).pmpk[0]?.id ?? '';
    const work = (await livelihood()).current?.id ?? '';
    const foreign = await push(t, stranger, [
      mutation({ entity: 'education_record', id: target, op: 'delete' }),
    ]);
    expect(outcome(foreign)).toEqual([['rejected', [['id', 'sync.not_found']]]]);
    const removal = [
      mutation({ entity: 'education_record', id: target, op: 'delete', baseRev: 1 }),
      mutation({ entity: 'livelihood_record', id: work, op: 'delete', baseRev: 1 }),
    ];
    const results = await push(t, worker, removal);
    expect(results.map((r) => [r.status, r.rev])).toEqual([
      ['applied', 2],
      ['applied', 2],
    ]);
    expect((await education()).pmpk).toEqual([]);
    expect((await livelihood()).entries.map((e) => e.id)).not.toContain(work);
    // The same removal sent again under new mutation ids finds it done.
    const twice = await push(
      t,
      worker,
      removal.map((m) => ({ ...m, mutationId: uuidv7() })),
    );
    expect(twice.map((r) => [r.status, r.rev])).toEqual([
      ['applied', 2],
      ['applied', 2],
    ]);
    const { changes } = await changesOf(worker, cursor);
    expect(changes.map((c) => [c.entity, c.id, c.deleted, c.data])).toEqual(
      expect.arrayContaining([
        ['education_record', target, true, null],
        ['livelihood_record', work, true, null],
      ]),
    );
  });
});
