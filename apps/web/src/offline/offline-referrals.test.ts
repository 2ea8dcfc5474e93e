import 'fake-indexeddb/auto';
import type { Organization, ReferralInput } from '@birge/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { isRepositoryError } from '../data/repository-error.js';
import { readRecords, takeBatch } from './local-store.js';
import { createOfflineReferrals } from './offline-referrals.js';
import { createOfflineTasks } from './offline-tasks.js';
import { TODAY, childId, closeStore, registry, setUp } from './plan-test-support.js';

afterEach(closeStore);

const PMPK = '0193a000-0000-7000-8000-0000000000f1';
const pmpk = {
  id: PMPK,
  name: 'Талғар аудандық ПМПК',
  type: 'pmpk',
  placeCode: '196220100',
  address: 'Тәуелсіздік көшесі, 60',
  phone: null,
} as unknown as Organization;

const SHARING = ['registration', 'assessment', 'sharing_with_services'];

function input(overrides: Partial<ReferralInput> = {}): ReferralInput {
  return {
    personId: childId,
    organizationId: PMPK,
    reason: 'Ерекше білім беру қажеттіліктерін анықтау',
    elements: ['education.early_childhood'],
    urgency: 'routine',
    shared: ['contact'],
    sentOn: TODAY,
    note: null,
    ...overrides,
  };
}

async function refusal(attempt: Promise<unknown>): Promise<string[]> {
  try {
    await attempt;
  } catch (error) {
    if (isRepositoryError(error)) return error.fieldErrors.map((f) => `${f.path} ${f.code}`);
    throw error;
  }
  throw new Error('the write was accepted');
}

async function referrals(scopes = SHARING) {
  const setup = await setUp(scopes);
  const ops = createOfflineReferrals({
    ...setup.ctx,
    organization: (id) => (id === PMPK ? pmpk : null),
  });
  return { ...setup, ops };
}

describe('referrals on the device', () => {
  it('writes a referral offline, waiting to send, queued as POST /referrals', async () => {
    const { store, ops, writes } = await referrals();
    const referral = await ops.createReferral(input());
    expect(referral).toMatchObject({
      personId: childId,
      status: 'sent',
      statusOn: TODAY,
      open: true,
      overdue: false,
      dueOn: '2026-12-09',
      rev: 0,
      organization: { id: PMPK, name: 'Талғар аудандық ПМПК' },
      person: { id: childId, name: 'Алихан' },
    });
    expect(referral.events).toMatchObject([{ status: 'sent', date: TODAY, byRole: 'worker' }]);
    expect(writes()).toBe(1);
    expect((await ops.listReferrals({ personId: childId })).items).toEqual([referral]);

    const sent = (await takeBatch(store, registry, 50)).find((m) => m.wire.entity === 'referral');
    expect(sent?.wire).toMatchObject({ id: referral.id, op: 'upsert', baseRev: null });
    expect(sent?.wire.data).toEqual({
      personId: childId,
      organizationId: PMPK,
      reason: 'Ерекше білім беру қажеттіліктерін анықтау',
      elements: ['education.early_childhood'],
      urgency: 'routine',
      shared: ['contact'],
      sentOn: TODAY,
      note: null,
    });
  });

  it('refuses, storing nothing, a referral without consent to sharing with services', async () => {
    const { store, ops } = await referrals(['registration', 'assessment']);
    expect(await refusal(ops.createReferral(input()))).toEqual([
      'personId referral.consent_required',
    ]);
    expect(await readRecords(store, 'referral')).toEqual([]);
  });

  it('refuses a future date and an organization the device has not seen', async () => {
    const { ops } = await referrals();
    expect(
      await refusal(
        ops.createReferral(
          input({ sentOn: '2026-12-01', organizationId: '0193a000-0000-7000-8000-0000000000f9' }),
        ),
      ),
    ).toEqual(['sentOn referral.date_in_future', 'organizationId referrals.org.required']);
  });

  it('records a step the family reported as a referral_status create; refuses a jump', async () => {
    const { store, ops } = await referrals();
    const referral = await ops.createReferral(input({ urgency: 'urgent' }));
    expect(
      await refusal(ops.changeReferralStatus(referral.id, { status: 'completed', date: TODAY })),
    ).toEqual(['status referral.transition']);

    const accepted = await ops.changeReferralStatus(referral.id, {
      status: 'accepted',
      date: TODAY,
      note: 'Қабылдады',
    });
    expect(accepted).toMatchObject({ status: 'accepted', open: true, dueOn: '2026-12-01' });
    expect(accepted.events.map((e) => e.status)).toEqual(['sent', 'accepted']);
    expect((await ops.getReferral(referral.id)).status).toBe('accepted');

    const batch = await takeBatch(store, registry, 50);
    const step = batch.find((m) => m.wire.entity === 'referral_status');
    expect(step?.wire).toMatchObject({ op: 'upsert', baseRev: null });
    expect(step?.wire.id).not.toBe(referral.id);
    expect(step?.wire.data).toEqual({
      referralId: referral.id,
      status: 'accepted',
      date: TODAY,
      note: 'Қабылдады',
      appointmentOn: null,
    });
    // The create goes first, so the server has the referral when the step arrives.
    expect(batch.map((m) => m.wire.entity).filter((e) => e.startsWith('referral'))).toEqual([
      'referral',
      'referral_status',
    ]);
  });

  it('makes an overdue referral a follow-up task offline, linked to the referral', async () => {
    const { ops, ctx } = await referrals();
    const referral = await ops.createReferral(input({ urgency: 'urgent', sentOn: '2026-11-20' }));
    const tasks = await createOfflineTasks(ctx).listTasks();
    expect(tasks.filter((task) => task.kind === 'referral_overdue')).toMatchObject([
      { subject: { type: 'referral', id: referral.id }, personId: childId, dueOn: '2026-11-23' },
    ]);
  });
});
