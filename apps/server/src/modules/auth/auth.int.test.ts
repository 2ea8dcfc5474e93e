import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { hashPassword } from './passwords.js';
import { householdInput, PLACES } from '../../test/factories.js';
import { createTestApp, engines, TEST_PASSWORD, type TestApp } from '../../test/harness.js';

describe.each(engines())('sign-in and sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { BIRGE_LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      headers,
    });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and knows the user', async () => {
    await t.user('aliya', 'worker', [PLACES.talgarDistrict]);
    const res = await login('Aliya', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'aliya',
      role: 'worker',
      language: 'kk',
      scopes: [{ code: PLACES.talgarDistrict, name: 'Талғар ауданы' }],
    });
    const cookie = res.cookies.find((c) => c.name === 'birge_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookies: { birge_session: cookie!.value },
    });
    expect(me.json().username).toBe('aliya');
  });

  it('refuses a wrong password in the user’s language, and records the attempt in the audit log', async () => {
    await t.user('bolat', 'worker', [PLACES.talgarDistrict]);
    const res = await login('bolat', 'not-the-password', { 'accept-language': 'ru' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'invalid_credentials',
      title: 'Неверное имя пользователя или пароль',
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('action', '=', 'login_failed')
      .execute();
    expect(audit).toContainEqual({ action: 'login_failed', actor_username: 'bolat' });
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await login('nobody-here', 'whatever-password');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
  });

  it('locks a username after repeated failures, even for the right password, and says when to retry', async () => {
    await t.user('dana', 'worker', [PLACES.talgarDistrict]);
    for (let i = 0; i < 3; i++)
      expect((await login('dana', `wrong-${i}-password`)).statusCode).toBe(401);
    const locked = await login('dana', TEST_PASSWORD, { 'accept-language': 'en' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().title).toBe('Too many failed attempts. Try again in 15 minutes.');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('holds the lock against many attempts sent at once', async () => {
    await t.user('zhanat', 'worker', [PLACES.talgarDistrict]);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('zhanat', `wrong-${i}-password`)),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('answers a NUL character with a 4xx, not a server error', async () => {
    const res = await login('a\u0000b', 'x\u0000y');
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('keeps sessions in the database, so another server instance knows them', async () => {
    const user = await t.user('erzhan', 'supervisor', [PLACES.talgarDistrict]);
    const second = await buildApp({ database: t.database, config: t.config });
    const me = await second.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: user.cookie },
    });
    await second.close();
    expect(me.json().username).toBe('erzhan');
  });

  it('ends the session on sign-out', async () => {
    const user = await t.user('farida', 'worker', [PLACES.talgarDistrict]);
    expect((await t.request(user, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(
      204,
    );
    expect((await t.request(user, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('remembers the user’s language and uses it when the client names none', async () => {
    const user = await t.user('galym', 'worker', [PLACES.talgarDistrict]);
    const res = await t.request(user, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { language: 'ru' },
    });
    expect(res.json().language).toBe('ru');
    const problem = await t.request(user, { method: 'GET', url: '/api/v1/households?cursor=x' });
    expect(problem.json().title).toBe('Недействительный курсор страницы; откройте список с начала');
    const bad = await t.request(user, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { language: 'de' },
    });
    expect(bad.statusCode).toBe(422);
  });

  it('keeps a worker’s work phone as one Kazakhstan number, and refuses anything else', async () => {
    const user = await t.user('gaukhar', 'worker', [PLACES.talgarDistrict]);
    const me = () => t.request(user, { method: 'GET', url: '/api/v1/auth/me' });
    expect((await me()).json()).toMatchObject({ phone: null, personId: null });
    const set = await t.request(user, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { phone: '8 (701) 234-56-78' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().phone).toBe('+7 701 234 56 78');
    expect((await me()).json().phone).toBe('+7 701 234 56 78');

    for (const phone of ['+7 912 345 67 89', '12345', '+7 701 234 56 7x']) {
      const bad = await t.request(user, {
        method: 'PATCH',
        url: '/api/v1/auth/me',
        payload: { phone },
        headers: { 'accept-language': 'en' },
      });
      expect(bad.statusCode, phone).toBe(422);
      expect(bad.json().errors).toEqual([
        {
          path: 'phone',
          code: 'validation.invalid_kz_phone',
          message: 'Enter a Kazakhstan number: +7 and 10 digits, for example +7 701 234 56 78',
        },
      ]);
    }
    expect((await me()).json().phone).toBe('+7 701 234 56 78');

    const removed = await t.request(user, {
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { phone: null },
    });
    expect(removed.json().phone).toBeNull();
    expect((await me()).json().phone).toBeNull();
  });

  it('refuses writes that come from another site', async () => {
    const user = await t.user('khadisha', 'worker', [PLACES.talgarDistrict]);
    const payload = householdInput();
    const foreign = await t.request(user, {
      method: 'POST',
      url: '/api/v1/households',
      payload,
      headers: { origin: 'https://evil.example', host: 'birge.local' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('cross_site');
    const fetchSite = await t.request(user, {
      method: 'POST',
      url: '/api/v1/households',
      payload,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchSite.statusCode).toBe(403);
    const same = await t.request(user, {
      method: 'POST',
      url: '/api/v1/households',
      payload,
      headers: {
        origin: 'http://birge.local',
        host: 'birge.local',
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(same.statusCode).toBe(201);
  });

  it('refuses demo accounts in production mode and admits them in demo mode', async () => {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await t.app.services.users.create(
      null,
      {
        username: 'demo-worker',
        displayName: 'Demo',
        password: TEST_PASSWORD,
        role: 'worker',
        scopes: [PLACES.talgarDistrict],
        language: 'kk',
        householdId: null,
        organizationId: null,
      },
      { demo: true, passwordHash },
    );
    const refused = await login('demo-worker', TEST_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('demo_refused');
    const demo = await buildApp({ database: t.database, config: { ...t.config, mode: 'demo' } });
    const admitted = await demo.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'demo-worker', password: TEST_PASSWORD },
    });
    await demo.close();
    expect(admitted.statusCode).toBe(200);
  });

  it('refuses a disabled account', async () => {
    await t.user('ilyas', 'worker', [PLACES.talgarDistrict]);
    await t.database.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('username', '=', 'ilyas')
      .execute();
    const res = await login('ilyas', TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('account_disabled');
  });

  it('does not let a client behind the trusted proxy pick its own address', async () => {
    const proxied = await buildApp({
      database: t.database,
      config: {
        ...t.config,
        trustProxy: true,
        loginMaxFailuresPerIp: 3,
        loginMaxFailuresPerUser: 100,
      },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await proxied.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `nobody-${i}`, password: 'wrong-password' },
        // The client forges the first hop; the proxy appends the address it really saw.
        headers: { 'x-forwarded-for': `10.9.9.${i}, 203.0.113.7` },
      });
      statuses.push(res.statusCode);
    }
    await proxied.close();
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });

  it('answers API calls without a session with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/households' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthorized');
  });
});
