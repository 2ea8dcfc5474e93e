import { describe, expect, it } from 'vitest';
import { createHttpRepository } from './http-repository.js';
import { RepositoryError } from './repository-error.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(respond: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = { url, init };
    calls.push(call);
    return Promise.resolve(respond(call));
  };
  return { calls, fetch };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('HTTP repository', () => {
  it('sends the interface language and same-origin credentials', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { items: [] }));
    const repository = createHttpRepository({ language: () => 'ru', fetch });
    await repository.searchPlaces({ text: 'Қайнар' });
    expect(calls[0]?.url).toBe('/api/v1/places?q=%D2%9A%D0%B0%D0%B9%D0%BD%D0%B0%D1%80&scope=mine&minLevel=3&limit=20');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
    expect((calls[0]?.init?.headers as Record<string, string>)['Accept-Language']).toBe('ru');
  });

  it('turns problem+json into a RepositoryError', async () => {
    const { fetch } = fakeFetch(() =>
      json(
        409,
        { type: 't', title: 'Жазба ескірген', status: 409, code: 'stale_revision', currentRev: 3 },
        'application/problem+json',
      ),
    );
    const repository = createHttpRepository({ language: () => 'kk', fetch });
    const error = await repository.getHousehold('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error).toMatchObject({ status: 409, code: 'stale_revision', extensions: { currentRev: 3 } });
  });

  it('reports a lost connection as `network`', async () => {
    const fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
    const repository = createHttpRepository({ language: () => 'kk', fetch });
    await expect(repository.getPerson('x')).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('answers "nobody" rather than failing when the session is gone', async () => {
    const { fetch } = fakeFetch(() =>
      json(401, { type: 't', title: 'Алдымен жүйеге кіріңіз', status: 401, code: 'unauthorized' }),
    );
    const repository = createHttpRepository({ language: () => 'kk', fetch });
    await expect(repository.currentUser()).resolves.toBeNull();
  });

  it('accepts an empty 204', async () => {
    const { calls, fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const repository = createHttpRepository({ language: () => 'en', fetch });
    await expect(repository.signOut()).resolves.toBeUndefined();
    expect(calls[0]?.init?.method).toBe('POST');
  });
});
