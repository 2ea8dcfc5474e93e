import type { Language, SyncPullResponse, SyncPushResponse } from '@birge/domain';
import type { Place } from '../data/repository.js';
import { RepositoryError } from '../data/repository-error.js';
import type { Data } from './entity-registry.js';

/** The sync answers' schemas (all of zod): loaded with the first pull, not with the sign-in page. */
const syncSchemas = () => import('./sync-schemas.js');

/** The two sync endpoints (docs/sync-protocol.md) and the place tree, as the engine calls them. */
export interface SyncClient {
  pull: (query: {
    cursor: string | null;
    limit: number;
    deviceId: string;
    pending: number;
  }) => Promise<SyncPullResponse>;
  push: (body: {
    deviceId: string;
    mutations: {
      mutationId: string;
      entity: string;
      id: string;
      op: 'upsert' | 'delete';
      baseRev: number | null;
      data: Data | null;
    }[];
    pending: number;
  }) => Promise<SyncPushResponse>;
  /** Children of a KATO place in the interface language. */
  placeChildren: (parent: string) => Promise<Place[]>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toPlace(value: unknown): Place {
  const v = isRecord(value) ? value : {};
  return {
    code: typeof v.code === 'string' ? v.code : '',
    name: typeof v.name === 'string' ? v.name : '',
    level: typeof v.level === 'number' ? v.level : 0,
    parentCode: typeof v.parentCode === 'string' ? v.parentCode : null,
    path: Array.isArray(v.path) ? v.path.filter((p): p is string => typeof p === 'string') : [],
    retired: v.retired === true,
  };
}

export function createSyncClient(options: {
  language: () => Language;
  baseUrl?: string;
  fetch?: typeof fetch;
}): SyncClient {
  const base = options.baseUrl ?? '/api/v1';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(
    path: string,
    parse: (body: unknown) => T | Promise<T>,
    body?: unknown,
  ): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          Accept: 'application/json, application/problem+json',
          'Accept-Language': options.language(),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      throw RepositoryError.network(cause);
    }
    let json: unknown = null;
    try {
      json = JSON.parse(await response.text()) as unknown;
    } catch {
      // A connection dropped mid-answer reads as a network failure: the same batch goes again.
      if (response.ok) throw RepositoryError.network();
    }
    if (!response.ok) throw RepositoryError.fromBody(response.status, json, response.statusText);
    return await parse(json);
  }

  return {
    pull: ({ cursor, limit, deviceId, pending }) => {
      const query = new URLSearchParams({
        limit: String(limit),
        deviceId,
        pending: String(pending),
      });
      if (cursor) query.set('cursor', cursor);
      return call(`/sync/pull?${query.toString()}`, async (b) =>
        (await syncSchemas()).syncPullResponseSchema.parse(b),
      );
    },
    push: (body) =>
      call('/sync/push', async (b) => (await syncSchemas()).syncPushResponseSchema.parse(b), body),
    placeChildren: (parent) =>
      call(`/places?parent=${encodeURIComponent(parent)}`, (b) =>
        isRecord(b) && Array.isArray(b.items) ? b.items.map(toPlace) : [],
      ),
  };
}
