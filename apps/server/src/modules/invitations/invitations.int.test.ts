import type { Invitation, Me } from '@birge/domain';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { planHousehold } from '../plans/plans.test-support.js';

describe.each(engines())('family invitations, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let otherWorker: TestUser;
  let supervisor: TestUser;
  let household: Awaited<ReturnType<typeof planHousehold>>;

  beforeAll(async () => {
    t = await createTestApp(engine, { BIRGE_LOGIN_MAX_FAILURES_PER_IP: '100' });
    worker = await t.user('inv-worker', 'worker', [PLACES.talgarDistrict]);
    otherWorker = await t.user('inv-other', 'worker', [PLACES.talgarDistrict]);
    supervisor = await t.user('inv-supervisor', 'supervisor', [PLACES.talgarDistrict]);
    household = await planHousehold(t, worker);
  });
  afterAll(() => t.close());

  const invite = (user: TestUser, personId: string, householdId = household.householdId) =>
    t.request(user, {
      method: 'POST',
      url: `/api/v1/households/${householdId}/invitations`,
      headers: { 'accept-language': 'en' },
      payload: { personId },
    });
  const redeem = (code: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/invitation', payload: { code }, headers });
  const cookieOf = (res: LightMyRequestResponse) => {
    const cookie = res.cookies.find((c) => c.name === 'birge_session');
    if (!cookie) throw new Error('no session cookie');
    return { id: '', username: '', cookie: `birge_session=${cookie.value}` };
  };
  const counts = async () => {
    const db = t.database.db;
    const n = async (table: 'users' | 'sessions') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select(db.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const used = await db
      .selectFrom('invitations')
      .select('id')
      .where('used_at', 'is not', null)
      .execute();
    return { users: await n('users'), sessions: await n('sessions'), used: used.length };
  };
  const auditActions = async (action: string) =>
    t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('action', '=', action)
      .execute();

  it('gives a short code once, signs the member in with it, and makes a family account', async () => {
    const invitation = expectStatus<Invitation>(await invite(worker, household.mother.id), 201);
    expect(invitation.code).toMatch(/^[A-HJ-KMNP-Z2-9]{4}-[A-HJ-KMNP-Z2-9]{4}$/);
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const stored = await t.database.db.selectFrom('invitations').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(invitation.code.replace('-', ''));

    const res = await redeem(invitation.code.toLowerCase().replace('-', ' '));
    const me = expectStatus<Me>(res, 200);
    expect(me).toMatchObject({
      role: 'family',
      householdId: household.householdId,
      displayName: `${household.mother.givenName} ${household.mother.familyName}`,
      language: 'kk',
      scopes: [],
      // The member the code was for: the family app knows who "I" am in the household.
      personId: household.mother.id,
      phone: null,
    });
    expect(res.cookies.find((c) => c.name === 'birge_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    const family = cookieOf(res);
    const own = await t.request(family, {
      method: 'GET',
      url: `/api/v1/households/${household.householdId}`,
    });
    expect(own.statusCode).toBe(200);
    const mine = await t.request(family, { method: 'GET', url: '/api/v1/auth/me' });
    expect(mine.json()).toMatchObject({ role: 'family', personId: household.mother.id });
    expect(await auditActions('invite')).toEqual([{ action: 'invite', entity: 'invitation' }]);
    expect(await auditActions('invitation_redeem')).toHaveLength(1);

    // The phone wraps its store with a secret of the account, the same every time it asks.
    const key = expectStatus<{ key: string }>(
      await t.request(family, { method: 'GET', url: '/api/v1/auth/device-key' }),
      200,
    );
    expect(key.key.length).toBeGreaterThanOrEqual(40);
    const again = await t.request(family, { method: 'GET', url: '/api/v1/auth/device-key' });
    expect(again.json()).toEqual(key);
    expect(
      (await t.request(worker, { method: 'GET', url: '/api/v1/auth/device-key' })).statusCode,
    ).toBe(403);

    // A second invitation for the same member reuses the account and its device secret.
    const second = expectStatus<Invitation>(await invite(supervisor, household.mother.id), 201);
    const back = expectStatus<Me>(await redeem(second.code), 200);
    expect(back.id).toBe(me.id);
    const secondKey = await t.request(
      cookieOf(await redeem((await invite(worker, household.mother.id)).json().code)),
      {
        method: 'GET',
        url: '/api/v1/auth/device-key',
      },
    );
    expect(secondKey.json()).toEqual(key);
  });

  it('refuses a used, withdrawn, expired or wrong code, changing nothing, in the user’s language', async () => {
    const used = expectStatus<Invitation>(await invite(worker, household.child.id), 201);
    expectStatus(await redeem(used.code), 200);
    const withdrawn = expectStatus<Invitation>(await invite(worker, household.mother.id), 201);
    expectStatus(await invite(worker, household.mother.id), 201);
    const expired = expectStatus<Invitation>(await invite(worker, household.mother.id), 201);
    // A week and a day later: the open code has expired.
    await sql`UPDATE invitations SET issued_at = now() - interval '8 days',
      expires_at = now() - interval '1 day' WHERE used_at IS NULL AND withdrawn_at IS NULL`.execute(
      t.database.db,
    );
    const before = await counts();

    const cases: [string, number, string, string][] = [
      [used.code, 410, 'invitation_used', 'ru'],
      [withdrawn.code, 410, 'invitation_used', 'en'],
      [expired.code, 410, 'invitation_expired', 'kk'],
      ['ABCD-EFGH', 400, 'invitation_invalid', 'en'],
      ['nonsense', 400, 'invitation_invalid', 'ru'],
    ];
    for (const [code, status, problem, language] of cases) {
      const res = await redeem(code, { 'accept-language': language });
      expect(res.statusCode, code).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(problem);
      expect(res.cookies).toEqual([]);
    }
    expect((await redeem(expired.code, { 'accept-language': 'kk' })).json().title).toBe(
      'Шақыру кодының мерзімі өтіп кетті. ҚДО қызметкерінен жаңа код сұраңыз.',
    );
    expect((await redeem('ABCD-EFGH', { 'accept-language': 'ru' })).json().title).toBe(
      'Неверный код приглашения. Проверьте код и введите его ещё раз.',
    );
    expect(await counts()).toEqual(before);
    expect((await auditActions('invitation_failed')).length).toBeGreaterThanOrEqual(7);
  });

  it('lets only a worker holding the household, or a supervisor of its place, invite a member', async () => {
    const notMine = await invite(otherWorker, household.mother.id);
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().errors).toEqual([
      expect.objectContaining({ path: 'householdId', code: 'invitation.not_in_caseload' }),
    ]);
    const far = await t.user('inv-far', 'supervisor', [PLACES.karasayDistrict]);
    expect((await invite(far, household.mother.id)).statusCode).toBe(404);
    const manager = await t.user('inv-manager', 'manager', [PLACES.almatyRegion]);
    expect((await invite(manager, household.mother.id)).statusCode).toBe(403);
    const stranger = await planHousehold(t, worker);
    const wrongMember = await invite(worker, stranger.mother.id);
    expect(wrongMember.statusCode).toBe(422);
    expect(wrongMember.json().errors[0]).toMatchObject({
      path: 'personId',
      code: 'invitation.person_not_in_household',
      message: 'This person is not a member of this household',
    });
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/households/${household.householdId}/invitations`,
      payload: { personId: household.mother.id },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('throttles redemption like sign-in, even for a good code', async () => {
    const throttled = await createTestApp(engine, { BIRGE_LOGIN_MAX_FAILURES_PER_IP: '3' });
    try {
      const w = await throttled.user('thr-worker', 'worker', [PLACES.talgarDistrict]);
      const h = await planHousehold(throttled, w);
      const good = (
        await throttled.request(w, {
          method: 'POST',
          url: `/api/v1/households/${h.householdId}/invitations`,
          payload: { personId: h.mother.id },
        })
      ).json().code as string;
      const attempt = (code: string) =>
        throttled.app.inject({ method: 'POST', url: '/api/v1/auth/invitation', payload: { code } });
      for (const code of ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC'])
        expect((await attempt(code)).statusCode).toBe(400);
      const locked = await attempt(good);
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      const unused = await throttled.database.db
        .selectFrom('invitations')
        .select('used_at')
        .executeTakeFirstOrThrow();
      expect(unused.used_at).toBeNull();
    } finally {
      await throttled.close();
    }
  });
});
