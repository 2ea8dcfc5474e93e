import 'fake-indexeddb/auto';
import { translatorFor, type Person } from '@birge/domain';
import { kk } from '@birge/domain/i18n/kk';
import { afterEach, describe, expect, it } from 'vitest';
import { isRepositoryError } from '../data/repository-error.js';
import { deleteDeviceDb } from './device-db.js';
import { readRecords, takeBatch, writeLocal } from './local-store.js';
import { createOfflineAssessments } from './offline-assessments.js';
import { registryEntities } from './registry-entities.js';
import { createVault, type DeviceStore } from './vault.js';

const vault = createVault({ iterations: 1_000 });
const registry = registryEntities();
const t = translatorFor('kk', kk);
let open: DeviceStore | null = null;
let n = 0;

afterEach(async () => {
  if (open) {
    open.db.close();
    await deleteDeviceDb(open.userId);
    open = null;
  }
});

const personId = '0193a000-0000-7000-8000-000000000001';
const householdId = '0193a000-0000-7000-8000-0000000000aa';
const person = (scopes: string[]) =>
  ({
    id: personId,
    householdId,
    givenName: 'Айгүл',
    birthDate: '1990-03-04',
    consents: [
      {
        id: '0193a000-0000-7000-8000-0000000000c1',
        givenBy: 'self',
        scopes,
        givenOn: '2026-01-01',
        expiresOn: '2030-01-01',
        withdrawnOn: null,
      },
    ],
  }) as unknown as Person;

async function setUp(scopes = ['registration', 'assessment']) {
  n += 1;
  const store = await vault.unlockWithPassword(`assessor-${n}`, 'birge-demo');
  if (!store) throw new Error('no store');
  open = store;
  await writeLocal(store, registry, {
    record: { entity: 'person', id: personId, householdId, refs: [], data: person(scopes) },
    mutation: { entity: 'person', id: personId, op: 'upsert', data: {}, create: true, label: 'A' },
  });
  let writes = 0;
  const ops = createOfflineAssessments({
    store,
    registry,
    t,
    onWrite: () => (writes += 1),
    remotePlaces: () => Promise.resolve([]),
    today: () => '2026-11-25',
    assessor: () => 'Жұмысшы',
  });
  return { store, ops, writes: () => writes };
}

const answers = { seeing: 1, hearing: 1, walking: 3, cognition: 1, selfcare: 1, communication: 1 };

describe('assessments on the device', () => {
  it('scores a screening offline and queues it for the server', async () => {
    const { store, ops, writes } = await setUp();
    const saved = await ops.createAssessment({
      personId,
      instrument: 'wg-ss',
      assessedOn: '2026-11-25',
      answers,
      note: null,
    });
    expect(saved).toMatchObject({
      personId,
      householdId,
      status: 'complete',
      positive: true,
      scores: { disability3: 1, disability4: 0 },
      assessedBy: 'Жұмысшы',
    });
    expect(writes()).toBe(1);
    expect(await ops.listAssessments(personId)).toHaveLength(1);
    const batch = await takeBatch(store, registry, 10);
    const sent = batch.find((m) => m.wire.entity === 'assessment')?.wire;
    expect(sent).toMatchObject({ id: saved.id, op: 'upsert', baseRev: null });
    expect(sent?.data).toEqual({
      personId,
      instrument: 'wg-ss',
      assessedOn: '2026-11-25',
      answers,
      note: null,
    });
  });

  it('keeps a partial answer set as a draft and folds a later edit into the unsent create', async () => {
    const { store, ops } = await setUp();
    const draft = await ops.createAssessment({
      personId,
      instrument: 'wg-ss',
      assessedOn: '2026-11-25',
      answers: { seeing: 2 },
      note: null,
    });
    expect(draft).toMatchObject({ status: 'draft', scores: { disability1: 1, disability3: null } });
    const done = await ops.updateAssessment(draft.id, {
      assessedOn: '2026-11-25',
      answers,
      note: 'ok',
      rev: 1,
    });
    expect(done.status).toBe('complete');
    const batch = (await takeBatch(store, registry, 10))
      .map((m) => m.wire)
      .filter((m) => m.entity === 'assessment');
    expect(batch).toHaveLength(1);
    expect(batch[0]?.data).toMatchObject({ personId, instrument: 'wg-ss', answers, note: 'ok' });
  });

  it('refuses, changing nothing, an assessment without consent or with answers off the scale', async () => {
    const { store, ops } = await setUp(['registration']);
    const attempt = ops.createAssessment({
      personId,
      instrument: 'wg-ss',
      assessedOn: '2026-11-25',
      answers: { seeing: 9 },
      note: null,
    });
    await expect(attempt).rejects.toSatisfy(
      (e) =>
        isRepositoryError(e) &&
        e.status === 422 &&
        e.fieldErrors.map((f) => f.code).join() ===
          'assessment.consent_required,instrument.answer_out_of_scale',
    );
    expect(await readRecords(store, 'assessment')).toEqual([]);
  });
});
