import type { Language, SyncPullResponse, SyncPushResponse } from '@birge/domain';
import type { Place } from '../data/repository.js';
import { createApiClient } from '../data/api-client.js';
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
  const request = createApiClient(options);
  const call = <T>(path: string, parse: (body: unknown) => T | Promise<T>, body?: unknown) =>
    request(path, { method: body === undefined ? 'GET' : 'POST', body, parse, cache: 'no-store' });

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
