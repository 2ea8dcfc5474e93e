import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { isRepositoryError } from '../data/repository-error.js';
import { applyPage, takeBatch } from './local-store.js';
import { createOfflineEducation } from './offline-education.js';
import {
  TODAY,
  childId,
  closeStore,
  householdId,
  motherId,
  registry,
  setUp,
} from './plan-test-support.js';

afterEach(closeStore);

const PULLED = '0193a000-0000-7000-8000-0000000000e1';

async function refusal(attempt: Promise<unknown>): Promise<string[]> {
  try {
    await attempt;
  } catch (error) {
    if (isRepositoryError(error)) return error.fieldErrors.map((f) => `${f.path} ${f.code}`);
    throw error;
  }
  throw new Error('the write was accepted');
}

async function education(scopes?: string[]) {
  const setup = await setUp(scopes);
  // The household, child and mother are already on the server.
  await applyPage(
    setup.store,
    registry,
    [
      {
        entity: 'education_record',
        id: PULLED,
        rev: 1,
        deleted: false,
        data: {
          entry: 'pmpk',
          id: PULLED,
          personId: childId,
          householdId,
          concludedOn: '2026-05-10',
          specialNeeds: true,
          needsDescription: null,
          conditions: ['speech_therapist'],
          note: null,
          recordedBy: 'Сервер',
          createdAt: '2026-05-10T08:00:00.000Z',
        },
      },
    ],
    {},
  );
  return { ...setup, ops: createOfflineEducation(setup.ctx) };
}

const queued = async (store: Awaited<ReturnType<typeof setUp>>['store'], entity: string) =>
  (await takeBatch(store, registry, 50)).filter((m) => m.wire.entity === entity).map((m) => m.wire);

describe('education and livelihood on the device', () => {
  it('shows pulled entries and derives "in no education" for the household page', async () => {
    const { ops } = await education();
    const record = await ops.getEducation(childId);
    expect(record).toMatchObject({
      consentValid: true,
      statuses: [],
      pmpk: [{ id: PULLED, specialNeeds: true, waiting: false }],
      summary: { state: 'unknown', inNoEducation: true, specialNeeds: true },
    });
    const members = await ops.educationOfMembers(householdId);
    expect(members.find((m) => m.id === childId)).toMatchObject({
      inNoEducation: true,
      educationState: 'unknown',
    });
    expect(members.find((m) => m.id === motherId)).toMatchObject({ inNoEducation: false });
  });

  it('saves a status offline, waiting to send, queued as an education_record create', async () => {
    const { store, ops, writes } = await education();
    const record = await ops.addEducationStatus(childId, {
      status: 'preschool',
      from: '2026-09-01',
      institution: '«Балапан» балабақшасы',
    });
    expect(record.statuses).toMatchObject([
      { status: 'preschool', from: '2026-09-01', waiting: true, recordedBy: 'Жұмысшы' },
    ]);
    expect(record.summary).toMatchObject({ state: 'in_education', inNoEducation: false });
    expect(writes()).toBe(1);
    const [sent] = await queued(store, 'education_record');
    expect(sent).toMatchObject({ id: record.statuses[0]?.id, op: 'upsert', baseRev: null });
    expect(sent?.data).toEqual({
      entry: 'status',
      personId: childId,
      status: 'preschool',
      from: '2026-09-01',
      institution: '«Балапан» балабақшасы',
      grade: null,
      note: null,
    });
    const members = await ops.educationOfMembers(householdId);
    expect(members.find((m) => m.id === childId)).toMatchObject({
      inNoEducation: false,
      educationState: 'in_education',
    });
  });

  it('refuses what the server would refuse, and saves nothing', async () => {
    const { store, ops, writes } = await education();
    expect(
      await refusal(ops.addEducationStatus(childId, { status: 'none', from: '2020-01-01' })),
    ).toEqual(['from record.before_birth']);
    expect(
      await refusal(ops.addKppkSupport(childId, { kind: 'other', from: TODAY, to: '2026-01-01' })),
    ).toEqual(['to record.ends_before_start']);
    expect(
      await refusal(
        ops.addLivelihood(motherId, { recordedOn: '2027-01-01', workStatus: 'employed' }),
      ),
    ).toEqual(['recordedOn record.date_future']);
    expect(writes()).toBe(0);
    expect(await queued(store, 'education_record')).toEqual([]);

    const bare = await education([]);
    expect(
      await refusal(
        bare.ops.addLivelihood(motherId, { recordedOn: TODAY, workStatus: 'employed' }),
      ),
    ).toEqual(['personId record.consent_required']);
    expect(await bare.ops.getEducation(childId)).toMatchObject({ consentValid: false, pmpk: [] });
  });

  it('removes a pulled entry with a tombstone and an unsent one without a trace', async () => {
    const { store, ops } = await education();
    const afterRemoval = await ops.removeEducationEntry(childId, PULLED);
    expect(afterRemoval.pmpk).toEqual([]);
    expect(await queued(store, 'education_record')).toMatchObject([
      { id: PULLED, op: 'delete', data: null },
    ]);

    const added = await ops.addLivelihood(motherId, {
      recordedOn: TODAY,
      workStatus: 'self_employed',
      incomeSources: ['farming'],
    });
    expect(added.current).toMatchObject({ workStatus: 'self_employed', waiting: true });
    // Never sent (a batch taken would mark it sent): the removal cancels the create.
    const gone = await ops.removeLivelihoodEntry(motherId, added.current?.id ?? '');
    expect(gone).toMatchObject({ entries: [], current: null });
    expect(await queued(store, 'livelihood_record')).toEqual([]);
  });
});
