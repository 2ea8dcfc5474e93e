import { addDays, todayIso, type Person, type Referral, type ReferralPage } from '@birge/domain';
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
import {
  organization,
  referralCounts,
  referralHousehold,
  referralInput,
} from './referrals.test-support.js';

describe.each(engines())('referrals through HTTP, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let supervisor: TestUser;
  let farWorker: TestUser;
  let child: Person;
  let mother: Person;
  let householdId: string;
  let centre: string;
  let pmpk: string;
  const today = todayIso();

  const send = (user: TestUser, body: unknown) =>
    t.request(user, { method: 'POST', url: '/api/v1/referrals', payload: body as object });
  const step = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.request(user, { method: 'POST', url: `/api/v1/referrals/${id}/status`, payload: body });
  const get = (user: TestUser, url: string) => t.request(user, { method: 'GET', url });

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('ref-worker', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('ref-supervisor', 'supervisor', [PLACES.talgarDistrict]);
    farWorker = await t.user('ref-far-worker', 'worker', [PLACES.karasayDistrict]);
    ({ child, mother, householdId } = await referralHousehold(t, worker));
    centre = await organization(t, 'Талғар оңалту орталығы');
    pmpk = await organization(t, 'Талғар ПМПК', 'pmpk');
  });
  afterAll(() => t.close());

  it('sends a referral: status sent, dated, with the sending as its first step', async () => {
    const referral = await t.created<Referral>(worker, '/api/v1/referrals', {
      ...referralInput(child, centre, { shared: ['contact', 'plan'] }),
      note: 'Анасы сейсенбіде бос',
    });
    expect(referral).toMatchObject({
      personId: child.id,
      householdId,
      organizationId: centre,
      organization: { id: centre, name: 'Талғар оңалту орталығы', type: 'rehabilitation_centre' },
      status: 'sent',
      statusOn: '2026-03-02',
      sentOn: '2026-03-02',
      urgency: 'soon',
      shared: ['contact', 'plan'],
      open: true,
      dueOn: '2026-03-09',
      overdue: true,
      sentBy: 'Test ref-worker',
      note: 'Анасы сейсенбіде бос',
      rev: 1,
    });
    expect(referral.person).toEqual({
      id: child.id,
      name: `${child.givenName} ${child.familyName}`,
      sex: child.sex,
      birthDate: child.birthDate,
      age: child.age,
    });
    expect(referral.events).toHaveLength(1);
    expect(referral.events[0]).toMatchObject({
      status: 'sent',
      date: '2026-03-02',
      byRole: 'worker',
    });
  });

  it('refuses an unknown organization, a person out of scope and no consent — nothing changed', async () => {
    const before = await referralCounts(t);
    const unknown = expectStatus<{ code: string; errors: { path: string; code: string }[] }>(
      await send(worker, referralInput(child, uuidv7())),
      422,
    );
    expect(unknown.errors).toEqual([
      expect.objectContaining({ path: 'organizationId', code: 'referral.organization_not_found' }),
    ]);
    const outside = expectStatus<{ errors: { path: string; code: string }[] }>(
      await send(farWorker, referralInput(child, centre)),
      404,
    );
    expect(outside.errors[0]).toMatchObject({
      path: 'personId',
      code: 'referral.person_not_found',
    });
    // The mother's consent covers registration and assessment, not sharing with services.
    const noConsent = expectStatus<{ errors: { path: string; code: string; message: string }[] }>(
      await t.request(worker, {
        method: 'POST',
        url: '/api/v1/referrals',
        headers: { 'accept-language': 'ru' },
        payload: referralInput(mother, centre),
      }),
      422,
    );
    expect(noConsent.errors).toEqual([
      {
        path: 'personId',
        code: 'referral.consent_required',
        message: 'Для направления нужно действующее согласие человека на передачу данных службам',
      },
    ]);
    const future = expectStatus<{ errors: { path: string; code: string }[] }>(
      await send(worker, referralInput(child, centre, { sentOn: addDays(today, 1) })),
      422,
    );
    expect(future.errors.map((e) => e.code)).toContain('referral.date_in_future');
    expect((await send(worker, { ...referralInput(child, centre), elements: [] })).statusCode).toBe(
      422,
    );
    expect(await referralCounts(t)).toEqual(before);
  });

  it('follows the loop through HTTP and refuses jumps and dates out of order', async () => {
    const referral = await t.created<Referral>(
      worker,
      '/api/v1/referrals',
      referralInput(child, pmpk, { elements: ['education.primary'], urgency: 'urgent' }),
    );
    const before = await referralCounts(t);
    const jump = expectStatus<{ errors: { path: string; code: string }[] }>(
      await step(worker, referral.id, { status: 'completed', date: '2026-03-05' }),
      422,
    );
    expect(jump.errors).toEqual([
      expect.objectContaining({ path: 'status', code: 'referral.transition' }),
    ]);
    const early = expectStatus<{ errors: { path: string; code: string }[] }>(
      await step(worker, referral.id, { status: 'accepted', date: '2026-03-01' }),
      422,
    );
    expect(early.errors[0]).toMatchObject({ path: 'date', code: 'referral.date_before_previous' });
    expect(await referralCounts(t)).toEqual(before);

    const accepted = expectStatus<Referral>(
      await step(supervisor, referral.id, {
        status: 'accepted',
        date: '2026-03-04',
        note: 'Қабылданды',
      }),
      200,
    );
    expect(accepted).toMatchObject({ status: 'accepted', statusOn: '2026-03-04', rev: 2 });
    const noDay = expectStatus<{ errors: { path: string; code: string }[] }>(
      await step(worker, referral.id, { status: 'scheduled', date: '2026-03-05' }),
      422,
    );
    expect(noDay.errors[0]).toMatchObject({
      path: 'appointmentOn',
      code: 'referral.appointment_required',
    });
    const scheduled = expectStatus<Referral>(
      await step(worker, referral.id, {
        status: 'scheduled',
        date: '2026-03-05',
        appointmentOn: '2026-03-20',
      }),
      200,
    );
    expect(scheduled).toMatchObject({ appointmentOn: '2026-03-20', dueOn: '2026-03-23' });
    const completed = expectStatus<Referral>(
      await step(worker, referral.id, {
        status: 'completed',
        date: '2026-03-20',
        note: 'ПМПК қорытындысы: инклюзивті сынып ұсынылды',
      }),
      200,
    );
    expect(completed).toMatchObject({
      status: 'completed',
      open: false,
      dueOn: null,
      overdue: false,
      appointmentOn: '2026-03-20',
    });
    expect(completed.events.map((e) => [e.status, e.date, e.byRole])).toEqual([
      ['sent', '2026-03-02', 'worker'],
      ['accepted', '2026-03-04', 'supervisor'],
      ['scheduled', '2026-03-05', 'worker'],
      ['completed', '2026-03-20', 'worker'],
    ]);
    expect(completed.events[3]?.note).toBe('ПМПК қорытындысы: инклюзивті сынып ұсынылды');
    // A closed loop stays closed.
    expect((await step(worker, referral.id, { status: 'declined', date: today })).statusCode).toBe(
      422,
    );
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'referral')
      .where('entity_id', '=', referral.id)
      .execute();
    expect(audit.map((a) => a.action).filter((a) => a !== 'read')).toEqual([
      'create',
      'update',
      'update',
      'update',
    ]);
  });

  it('lists referrals open first, filtered and paged', async () => {
    const all = expectStatus<ReferralPage>(
      await get(worker, `/api/v1/referrals?householdId=${householdId}`),
      200,
    );
    expect(all.items.length).toBeGreaterThanOrEqual(2);
    const open = all.items.map((r) => r.open);
    expect(open).toEqual([...open].sort((a, b) => Number(b) - Number(a)));
    const closed = expectStatus<ReferralPage>(
      await get(worker, `/api/v1/referrals?personId=${child.id}&open=false`),
      200,
    );
    expect(closed.items.every((r) => !r.open)).toBe(true);
    expect(closed.items.length).toBeGreaterThan(0);
    const toPmpk = expectStatus<ReferralPage>(
      await get(worker, `/api/v1/referrals?organizationId=${pmpk}&status=completed`),
      200,
    );
    expect(toPmpk.items.map((r) => r.organizationId)).toEqual([pmpk]);
    const first = expectStatus<ReferralPage>(
      await get(worker, `/api/v1/referrals?householdId=${householdId}&limit=1`),
      200,
    );
    expect(first.nextCursor).not.toBeNull();
    const second = expectStatus<ReferralPage>(
      await get(
        worker,
        `/api/v1/referrals?householdId=${householdId}&limit=1&cursor=${first.nextCursor ?? ''}`,
      ),
      200,
    );
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect([...first.items, ...second.items].map((r) => r.id)).toEqual(
      all.items.slice(0, 2).map((r) => r.id),
    );
    // Another district's worker sees none of them, and no single one.
    const far = expectStatus<ReferralPage>(await get(farWorker, '/api/v1/referrals'), 200);
    expect(far.items).toEqual([]);
    expect((await get(farWorker, `/api/v1/referrals/${all.items[0]?.id ?? ''}`)).statusCode).toBe(
      404,
    );
    expect((await get(worker, '/api/v1/referrals?cursor=nonsense')).statusCode).toBe(400);
  });

  it('lets the family read its own household’s referrals but not answer them', async () => {
    const family = await t.user('ref-family', 'family', [], { householdId });
    const page = expectStatus<ReferralPage>(await get(family, '/api/v1/referrals'), 200);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((r) => r.householdId === householdId)).toBe(true);
    const open = page.items.find((r) => r.open);
    expect(open).toBeDefined();
    const before = await referralCounts(t);
    expect(
      (await step(family, open?.id ?? '', { status: 'declined', date: today })).statusCode,
    ).toBe(403);
    expect((await send(family, referralInput(child, centre))).statusCode).toBe(403);
    expect(await referralCounts(t)).toEqual(before);
  });

  it('gives analysts, committees and admins no referrals', async () => {
    const any = (await t.database.db.selectFrom('referrals').select('id').executeTakeFirstOrThrow())
      .id;
    for (const role of ['analyst', 'committee', 'admin'] as const) {
      const user = await t.user(`ref-${role}`, role, role === 'admin' ? [] : [PLACES.almatyRegion]);
      expect((await get(user, '/api/v1/referrals')).statusCode).toBe(403);
      expect((await get(user, `/api/v1/referrals/${any}`)).statusCode).toBe(404);
      expect((await get(user, `/api/v1/referrals/${any}/letter.pdf`)).statusCode).toBe(404);
      expect((await step(user, any, { status: 'declined', date: today })).statusCode).toBe(404);
    }
  });
});
