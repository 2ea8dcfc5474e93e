import { describe, expect, it } from 'vitest';
import { RepositoryError } from './repository-error.js';
import { createSupervisionRepository } from './supervision-repository.js';

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

const HOUSEHOLD = '018f2a7e-0000-7000-8000-000000000001';
const WORKER = '018f2a7e-0000-7000-8000-000000000002';

describe('supervision repository', () => {
  it('assigns with PUT and the worker id, in the interface language', async () => {
    const { calls, fetch } = fakeFetch(() =>
      Response.json({
        householdId: HOUSEHOLD,
        worker: { id: WORKER, name: 'Дана', username: 'dana' },
        assignedAt: '2026-05-10T12:00:00.000Z',
      }),
    );
    const repository = createSupervisionRepository({ language: () => 'ru', fetch });
    const assignment = await repository.assign(HOUSEHOLD, WORKER);
    expect(assignment.worker?.name).toBe('Дана');
    expect(calls[0]?.url).toBe(`/api/v1/households/${HOUSEHOLD}/assignment`);
    expect(calls[0]?.init?.method).toBe('PUT');
    expect(calls[0]?.init?.body).toBe(JSON.stringify({ workerId: WORKER }));
    expect((calls[0]?.init?.headers as Record<string, string>)['Accept-Language']).toBe('ru');
  });

  it('unassigns with DELETE and accepts an empty 204', async () => {
    const { calls, fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const repository = createSupervisionRepository({ language: () => 'kk', fetch });
    await expect(repository.unassign(HOUSEHOLD)).resolves.toBeUndefined();
    expect(calls[0]?.init?.method).toBe('DELETE');
  });

  it('asks for conflicts by status and cursor', async () => {
    const { calls, fetch } = fakeFetch(() => Response.json({ items: [], nextCursor: null }));
    const repository = createSupervisionRepository({ language: () => 'kk', fetch });
    await repository.listConflicts({ status: 'resolved', cursor: 'abc', limit: 20 });
    expect(calls[0]?.url).toBe('/api/v1/sync/conflicts?status=resolved&cursor=abc&limit=20');
  });

  it('carries a 409 problem as a RepositoryError', async () => {
    const { fetch } = fakeFetch(() =>
      Response.json(
        { type: 't', title: 'Уже решён', status: 409, code: 'conflict_resolved' },
        { status: 409, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const repository = createSupervisionRepository({ language: () => 'ru', fetch });
    const error = await repository
      .resolveConflict(HOUSEHOLD, { choice: 'server' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error).toMatchObject({ status: 409, code: 'conflict_resolved', title: 'Уже решён' });
  });

  it('reports an answer of the wrong shape as internal, not as data', async () => {
    const { fetch } = fakeFetch(() => Response.json([{ id: 'not-a-worker' }]));
    const repository = createSupervisionRepository({ language: () => 'kk', fetch });
    await expect(repository.listCaseloads()).rejects.toMatchObject({ code: 'internal' });
  });
});
