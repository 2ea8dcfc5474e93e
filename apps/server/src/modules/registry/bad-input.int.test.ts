import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../app.js';
import { householdInput, personInput, PLACES } from '../../test/factories.js';
import { createTestApp, engines, type TestApp, type TestUser } from '../../test/harness.js';

/** Bad input gets a 4xx problem in the user's language and changes nothing (issue "Bad input"). */
describe.each(engines())('bad input on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let householdId: string;

  async function counts() {
    const db = t.database.db;
    const [h, p, c] = await Promise.all([
      db
        .selectFrom('households')
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      db.selectFrom('persons').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('consents').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return [Number(h.n), Number(p.n), Number(c.n)];
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    householdId = h.id;
  });
  afterAll(() => t.close());

  const person = () => personInput(householdId);
  const tooLong = 'а'.repeat(101);

  const cases: {
    name: string;
    url: string;
    method?: 'POST' | 'GET';
    body?: () => unknown;
    raw?: string;
    contentType?: string;
    status: number;
    code: string;
    path?: string;
    message?: Record<'kk' | 'ru' | 'en', string>;
  }[] = [
    {
      name: 'malformed JSON',
      url: '/api/v1/households',
      raw: '{"placeCode": "1962',
      status: 400,
      code: 'malformed_json',
    },
    {
      name: 'an empty JSON body',
      url: '/api/v1/households',
      raw: '',
      status: 400,
      code: 'malformed_json',
    },
    {
      name: 'a form instead of JSON',
      url: '/api/v1/households',
      raw: 'address=x',
      contentType: 'application/x-www-form-urlencoded',
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      name: 'plain text instead of JSON',
      url: '/api/v1/households',
      raw: 'hello',
      contentType: 'text/plain',
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      name: 'a body over the size limit',
      url: '/api/v1/households',
      raw: JSON.stringify({ address: 'x'.repeat(BODY_LIMIT) }),
      status: 413,
      code: 'payload_too_large',
    },
    {
      name: 'a wrong type',
      url: '/api/v1/households',
      body: () => ({ ...householdInput(), address: 42 }),
      status: 422,
      code: 'validation_failed',
      path: 'address',
    },
    {
      name: 'a missing required field',
      url: '/api/v1/households',
      body: () => {
        const { address: _a, ...rest } = householdInput();
        return rest;
      },
      status: 422,
      code: 'validation_failed',
      path: 'address',
      message: { kk: 'Толтыру міндетті', ru: 'Обязательное поле', en: 'Required' },
    },
    {
      name: 'an unknown field',
      url: '/api/v1/households',
      body: () => ({ ...householdInput(), owner: 'x' }),
      status: 422,
      code: 'validation_failed',
      path: 'owner',
    },
    {
      name: 'an unknown place',
      url: '/api/v1/households',
      body: () => householdInput({ placeCode: '199999999' }),
      status: 422,
      code: 'validation_failed',
      path: 'placeCode',
      message: {
        kk: 'Мұндай елді мекен КАТО анықтамалығында жоқ',
        ru: 'Такого населённого пункта нет в классификаторе КАТО',
        en: 'There is no such place in the KATO classifier',
      },
    },
    {
      name: 'a malformed place code',
      url: '/api/v1/households',
      body: () => householdInput({ placeCode: '19620' }),
      status: 422,
      code: 'validation_failed',
      path: 'placeCode',
    },
    {
      name: 'a place outside the user’s area',
      url: '/api/v1/households',
      body: () => householdInput({ placeCode: PLACES.kaskelen }),
      status: 422,
      code: 'validation_failed',
      path: 'placeCode',
    },
    {
      name: 'a whole district instead of a settlement',
      url: '/api/v1/households',
      body: () => householdInput({ placeCode: PLACES.talgarDistrict }),
      status: 422,
      code: 'validation_failed',
      path: 'placeCode',
    },
    {
      name: 'an over-long address',
      url: '/api/v1/households',
      body: () => householdInput({ address: 'x'.repeat(301) }),
      status: 422,
      code: 'validation_failed',
      path: 'address',
    },
    {
      name: 'coordinates out of range',
      url: '/api/v1/households',
      body: () => householdInput({ coordinates: { lat: 95, lon: 77 } }),
      status: 422,
      code: 'validation_failed',
      path: 'coordinates.lat',
    },
    {
      name: 'an invalid IIN check digit',
      url: '/api/v1/persons',
      body: () => ({ ...person(), iin: '900415400010' }),
      status: 422,
      code: 'validation_failed',
      path: 'iin',
    },
    {
      name: 'an IIN that does not match the birth date',
      url: '/api/v1/persons',
      body: () => ({ ...person(), birthDate: '1991-01-01' }),
      status: 422,
      code: 'validation_failed',
      path: 'iin',
    },
    {
      name: 'a birth date in the future',
      url: '/api/v1/persons',
      body: () => ({ ...person(), iin: null, birthDate: '2099-01-01' }),
      status: 422,
      code: 'validation_failed',
      path: 'birthDate',
      message: {
        kk: 'Туған күні болашақта бола алмайды',
        ru: 'Дата рождения не может быть в будущем',
        en: 'The date of birth cannot be in the future',
      },
    },
    {
      name: 'an impossible date',
      url: '/api/v1/persons',
      body: () => ({ ...person(), birthDate: '2020-02-30' }),
      status: 422,
      code: 'validation_failed',
      path: 'birthDate',
    },
    {
      name: 'an over-long name',
      url: '/api/v1/persons',
      body: () => ({ ...person(), givenName: tooLong }),
      status: 422,
      code: 'validation_failed',
      path: 'givenName',
      message: {
        kk: '100 таңбадан аспауы керек',
        ru: 'Не более 100 символов',
        en: 'At most 100 characters',
      },
    },
    {
      name: 'digits in a name',
      url: '/api/v1/persons',
      body: () => ({ ...person(), givenName: 'Ай7' }),
      status: 422,
      code: 'validation_failed',
      path: 'givenName',
    },
    {
      name: 'an unknown household',
      url: '/api/v1/persons',
      body: () => personInput('01a2121e-0000-7000-8000-000000000000'),
      status: 422,
      code: 'validation_failed',
      path: 'householdId',
    },
    {
      name: 'a child consenting for themself',
      url: '/api/v1/persons',
      body: () => ({ ...person(), iin: null, birthDate: '2016-05-05' }),
      status: 422,
      code: 'validation_failed',
      path: 'consent.givenBy',
    },
    {
      name: 'a bad cursor',
      method: 'GET',
      url: '/api/v1/households?cursor=not-a-cursor',
      status: 400,
      code: 'bad_cursor',
    },
    {
      name: 'a non-numeric limit',
      method: 'GET',
      url: '/api/v1/households?limit=many',
      status: 400,
      code: 'validation_failed',
      path: 'query.limit',
    },
    {
      name: 'a malformed id',
      method: 'GET',
      url: '/api/v1/persons/123',
      status: 400,
      code: 'validation_failed',
      path: 'params.id',
    },
  ];

  it.each(cases)('$name → $status $code, nothing changed', async (c) => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      const before = await counts();
      const payload = c.raw ?? (c.body ? JSON.stringify(c.body()) : undefined);
      const res = await t.request(worker, {
        method: c.method ?? 'POST',
        url: c.url,
        headers: {
          'accept-language': language,
          ...(payload !== undefined ? { 'content-type': c.contentType ?? 'application/json' } : {}),
        },
        ...(payload !== undefined ? { payload } : {}),
      });
      expect(res.statusCode, res.body).toBe(c.status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = res.json();
      expect(problem).toMatchObject({ status: c.status, code: c.code });
      expect(problem.title).toEqual(expect.any(String));
      if (c.path) {
        const error = problem.errors.find((e: { path: string }) => e.path === c.path);
        expect(error, JSON.stringify(problem.errors)).toBeDefined();
        expect(error.message.length).toBeGreaterThan(3);
        if (c.message) expect(error.message).toBe(c.message[language]);
      }
      expect(await counts()).toEqual(before);
    }
  });

  it('answers an unknown API path with a localized 404 problem', async () => {
    const res = await t.request(worker, {
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'ru' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'route_not_found', title: 'Такого адреса API нет' });
  });

  it('defaults to Kazakh when the client names no language', async () => {
    const res = await t.request(worker, { method: 'GET', url: '/api/v1/households?cursor=zzz' });
    expect(res.json().title).toBe('Бет курсоры жарамсыз; тізімді басынан ашыңыз');
  });

  it('caps an oversized page instead of refusing it', async () => {
    const res = await t.request(worker, { method: 'GET', url: '/api/v1/households?limit=100000' });
    expect(res.statusCode).toBe(200);
  });
});
