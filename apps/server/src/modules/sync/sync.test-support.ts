import type { SyncChange, SyncPullResponse, SyncResult } from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { expectStatus, type TestApp, type TestUser } from '../../test/harness.js';

/** Pulls page after page until the server has nothing more; returns every change and the cursor. */
export async function pullAll(
  t: TestApp,
  user: TestUser,
  cursor?: string,
  options: { limit?: number; deviceId?: string; maxPages?: number } = {},
): Promise<{ changes: SyncChange[]; cursor: string; pages: SyncPullResponse[] }> {
  const pages: SyncPullResponse[] = [];
  let at = cursor;
  for (let i = 0; i < (options.maxPages ?? 1000); i++) {
    const query = new URLSearchParams();
    if (at) query.set('cursor', at);
    if (options.limit) query.set('limit', String(options.limit));
    if (options.deviceId) query.set('deviceId', options.deviceId);
    const page = expectStatus<SyncPullResponse>(
      await t.request(user, { method: 'GET', url: `/api/v1/sync/pull?${query.toString()}` }),
      200,
    );
    pages.push(page);
    at = page.cursor;
    if (!page.hasMore) break;
    // An empty page that says "more": changes wait for another transaction (other test files
    // share the PostgreSQL server); come back shortly, as a device does.
    if (page.changes.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { changes: pages.flatMap((p) => p.changes), cursor: at ?? '', pages };
}

/** The state a device ends with after applying changes in order. */
export function applyChanges(changes: SyncChange[], into = new Map<string, SyncChange>()) {
  for (const change of changes) {
    const key = `${change.entity}:${change.id}`;
    if (change.deleted) into.delete(key);
    else into.set(key, change);
  }
  return into;
}

export interface MutationSpec {
  entity: string;
  id: string;
  op?: 'upsert' | 'delete';
  baseRev?: number | null;
  data?: Record<string, unknown> | null;
  mutationId?: string;
}

export const mutation = (m: MutationSpec) => ({
  mutationId: m.mutationId ?? uuidv7(),
  entity: m.entity,
  id: m.id,
  op: m.op ?? 'upsert',
  baseRev: m.baseRev ?? null,
  data: m.data === undefined ? null : m.data,
});

export async function push(
  t: TestApp,
  user: TestUser,
  mutations: unknown[],
  options: { deviceId?: string; language?: string; pending?: number } = {},
): Promise<SyncResult[]> {
  const res = await t.request(user, {
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: options.language ? { 'accept-language': options.language } : {},
    payload: {
      deviceId: options.deviceId ?? '0195f3a0-0000-7000-8000-000000000001',
      mutations,
      ...(options.pending === undefined ? {} : { pending: options.pending }),
    },
  });
  return expectStatus<{ results: SyncResult[] }>(res, 200).results;
}

/** Writable household fields of a REST household, as a device sends them. */
export function householdData(h: Record<string, unknown>) {
  const { placeCode, address, landmark, coordinates, phone, livingConditions, notes } = h;
  return { placeCode, address, landmark, coordinates, phone, livingConditions, notes };
}
