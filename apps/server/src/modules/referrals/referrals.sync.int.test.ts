import {
  todayIso,
  type OverdueSummary,
  type Person,
  type Referral,
  type TaskList,
} from '@birge/domain';
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
import { mutation, pullAll, push } from '../sync/sync.test-support.js';
import {
  organization,
  provider,
  referralHousehold,
  referralInput,
} from './referrals.test-support.js';

describe.each(engines())('referrals on devices and in tasks, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let supervisor: TestUser;
  let service: TestUser;
  let child: Person;
  let mother: Person;
  let centre: string;
  let sent: Referral;
  const today = todayIso();

  const get = (user: TestUser, url: string) => t.request(user, { method: 'GET', url });
  const referralChanges = async (user: TestUser, cursor?: string) => {
    const pulled = await pullAll(t, user, cursor);
    return {
      cursor: pulled.cursor,
      referrals: pulled.changes.filter((c) => c.entity === 'referral'),
    };
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('sync-ref-worker', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('sync-ref-supervisor', 'supervisor', [PLACES.talgarDistrict]);
    ({ child, mother } = await referralHousehold(t, worker));
    centre = await organization(t, 'Талғар оңалту орталығы');
    service = await provider(t, 'sync-ref-provider', centre);
    sent = await t.created<Referral>(worker, '/api/v1/referrals', referralInput(child, centre));
  });
  afterAll(() => t.close());

  it('pulls the caseload’s referrals with their steps, and the service’s answer later', async () => {
    const first = await referralChanges(worker);
    expect(first.referrals).toHaveLength(1);
    const [change] = first.referrals;
    expect(change).toMatchObject({ id: sent.id, rev: 1, deleted: false });
    expect(change?.data).toMatchObject({
      status: 'sent',
      organization: { id: centre },
      person: { id: child.id },
      events: [expect.objectContaining({ status: 'sent' })],
    });
    expectStatus(
      await t.request(service, {
        method: 'POST',
        url: `/api/v1/referrals/${sent.id}/status`,
        payload: { status: 'accepted', date: today, note: 'Дүйсенбі күні келіңіз' },
      }),
      200,
    );
    const next = await referralChanges(worker, first.cursor);
    expect(next.referrals).toHaveLength(1);
    expect(next.referrals[0]).toMatchObject({ id: sent.id, rev: 2 });
    expect(next.referrals[0]?.data).toMatchObject({ status: 'accepted' });
    // Nothing personal reaches a provider's device.
    expect((await pullAll(t, service)).changes).toEqual([]);
  });

  it('takes referrals and steps pushed from a device, and refuses what the rules forbid', async () => {
    const id = uuidv7();
    const stepId = uuidv7();
    const data = { ...referralInput(child, centre, { sentOn: today }) } as Record<string, unknown>;
    delete data.id;
    const results = await push(t, worker, [
      mutation({ entity: 'referral', id, data }),
      mutation({
        entity: 'referral_status',
        id: stepId,
        data: { referralId: id, status: 'declined', date: today, note: 'Отбасы бас тартты' },
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const stored = expectStatus<Referral>(await get(worker, `/api/v1/referrals/${id}`), 200);
    expect(stored).toMatchObject({ status: 'declined', open: false, rev: 2 });
    expect(stored.events.at(-1)).toMatchObject({ id: stepId, byRole: 'worker' });

    const noConsent = { ...referralInput(mother, centre) } as Record<string, unknown>;
    const refused = await push(t, worker, [
      // The same step again under a new mutation id.
      mutation({
        entity: 'referral_status',
        id: stepId,
        data: { referralId: id, status: 'declined', date: today },
      }),
      // A jump the lifecycle forbids.
      mutation({
        entity: 'referral_status',
        id: uuidv7(),
        data: { referralId: sent.id, status: 'not_attended', date: today },
      }),
      mutation({
        entity: 'referral_status',
        id: uuidv7(),
        data: { referralId: uuidv7(), status: 'accepted', date: today },
      }),
      mutation({ entity: 'referral', id: uuidv7(), data: noConsent }),
      mutation({ entity: 'referral', id, baseRev: 2, data: { reason: 'Басқа себеп' } }),
    ]);
    expect(refused.map((r) => [r.status, r.errors.map((e) => [e.path, e.code])])).toEqual([
      ['rejected', [['id', 'sync.record_exists']]],
      ['rejected', [['data.status', 'referral.transition']]],
      ['rejected', [['data.referralId', 'sync.not_found']]],
      ['rejected', [['data.personId', 'referral.consent_required']]],
      ['rejected', [['data', 'sync.bad_mutation']]],
    ]);
    expect(
      expectStatus<Referral>(await get(worker, `/api/v1/referrals/${sent.id}`), 200).status,
    ).toBe('accepted');
  });

  it('turns open referrals past their date into worker tasks and supervisor counts', async () => {
    // Sent long ago and answered by nobody: overdue. Sent today: not yet due.
    const late = await t.created<Referral>(
      worker,
      '/api/v1/referrals',
      referralInput(child, centre, { sentOn: '2026-03-02', urgency: 'urgent' }),
    );
    await t.created<Referral>(
      worker,
      '/api/v1/referrals',
      referralInput(child, centre, { sentOn: today }),
    );
    expect(late).toMatchObject({ dueOn: '2026-03-05', overdue: true });
    const tasks = expectStatus<TaskList>(await get(worker, '/api/v1/tasks'), 200);
    const referralTasks = tasks.items.filter((task) => task.kind === 'referral_overdue');
    expect(referralTasks.map((task) => [task.subject, task.dueOn, task.overdue])).toEqual([
      [{ type: 'referral', id: late.id }, '2026-03-05', true],
    ]);
    expect(referralTasks[0]).toMatchObject({ personId: child.id });
    const summary = expectStatus<OverdueSummary>(
      await get(supervisor, '/api/v1/tasks/overdue'),
      200,
    );
    const row = summary.items.find((item) => item.worker.id === worker.id);
    expect(row?.byKind.referral_overdue).toBe(1);
    // Answered, it is no longer overdue.
    expectStatus(
      await t.request(service, {
        method: 'POST',
        url: `/api/v1/referrals/${late.id}/status`,
        payload: { status: 'declined', date: today },
      }),
      200,
    );
    const after = expectStatus<TaskList>(await get(worker, '/api/v1/tasks'), 200);
    expect(after.items.filter((task) => task.kind === 'referral_overdue')).toEqual([]);
  });
});
