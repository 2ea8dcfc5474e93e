import { MAX_MUTATIONS_PER_PUSH, type SyncPullResponse } from '@birge/domain';
import { isRepositoryError } from '../data/repository-error.js';
import { readMeta, writeMeta } from './device-db.js';
import type { EntityRegistry } from './entity-registry.js';
import { applyPage, applyResults, takeBatch } from './local-store.js';
import { outboxCounts } from './outbox-problems.js';
import type { SyncClient } from './sync-client.js';
import type { DeviceStore } from './vault.js';

/**
 * Push, then pull: the outbox goes first (in order, at most 200 a push), then pages of changes
 * until the server has no more, each page stored with its cursor in one transaction. A dropped
 * connection anywhere loses nothing: unanswered mutations are sent again (their ids make that
 * harmless) and the cursor only moves after its page is stored.
 */

export type SyncProblem = 'network' | 'server' | 'signed-out';

export interface SyncOutcome {
  sent: number;
  applied: number;
  rejected: number;
  conflicts: number;
  received: number;
}

export interface SyncStatus {
  online: boolean;
  running: boolean;
  lastSyncAt: string | null;
  /** Why the last attempt failed; null after a success. */
  problem: SyncProblem | null;
  pending: number;
  problems: number;
  trimmedHouseholds: number;
  /** The last finished sync, for the live announcement. */
  outcome: SyncOutcome | null;
  /** Counts every finished attempt, so the same outcome twice is still announced. */
  attempt: number;
}

export interface SyncEngineOptions {
  store: DeviceStore;
  registry: EntityRegistry;
  client: SyncClient;
  /** The server said `account_disabled`: the caller wipes the store. */
  onAccountDisabled: () => void;
  /** Something changed on the device (a page stored, a result applied). */
  onChanged: () => void;
  /** Runs after a successful sync (the place cache refresh). */
  afterSync?: () => Promise<void>;
  pageSize?: number;
  writeDelayMs?: number;
  periodMs?: number;
}

const PULL_PAGE = 500;
const MAX_BACKOFF_MS = 5 * 60_000;
const EMPTY_PAGE_PAUSE_MS = 1000;
const EMPTY_PAGE_WAITS = 30;

export function createSyncEngine(options: SyncEngineOptions) {
  const { store, registry, client } = options;
  const writeDelay = options.writeDelayMs ?? 3_000;
  const period = options.periodMs ?? 5 * 60_000;
  const listeners = new Set<() => void>();
  let status: SyncStatus = {
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    running: false,
    lastSyncAt: null,
    problem: null,
    pending: 0,
    problems: 0,
    trimmedHouseholds: 0,
    outcome: null,
    attempt: 0,
  };
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let interval: ReturnType<typeof setInterval> | null = null;
  let stopped = false;

  const update = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener();
  };

  async function refreshCounts() {
    const counts = await outboxCounts(store);
    update(counts);
  }

  async function deviceId(): Promise<string> {
    const existing = await readMeta<string>(store.db, 'deviceId');
    if (existing) return existing;
    const id = crypto.randomUUID();
    await writeMeta(store.db, 'deviceId', id);
    return id;
  }

  async function push(device: string, outcome: SyncOutcome) {
    for (;;) {
      const batch = await takeBatch(store, registry, MAX_MUTATIONS_PER_PUSH);
      if (!batch.length) return;
      const { pending } = await outboxCounts(store);
      const { results } = await client.push({
        deviceId: device,
        mutations: batch.map((m) => m.wire),
        pending,
      });
      if (results.length !== batch.length)
        throw new Error('push: one result per mutation expected');
      await applyResults(store, batch, results);
      outcome.sent += batch.length;
      for (const r of results) {
        const s = r.status === 'duplicate' ? (r.originalStatus ?? 'applied') : r.status;
        if (s === 'applied' || s === 'duplicate') outcome.applied += 1;
        else if (s === 'rejected') outcome.rejected += 1;
        else outcome.conflicts += 1;
      }
      options.onChanged();
    }
  }

  async function pull(device: string, outcome: SyncOutcome) {
    let cursor = (await readMeta<string>(store.db, 'cursor')) ?? null;
    let waits = 0;
    for (;;) {
      let page: SyncPullResponse;
      const { pending } = await outboxCounts(store);
      try {
        page = await client.pull({
          cursor,
          limit: options.pageSize ?? PULL_PAGE,
          deviceId: device,
          pending,
        });
      } catch (error) {
        // An unreadable cursor (the server was restored, say): start again from the beginning.
        if (cursor && isRepositoryError(error) && error.code === 'bad_cursor') {
          cursor = null;
          continue;
        }
        throw error;
      }
      await applyPage(store, registry, page.changes, {
        cursor: page.cursor,
        limits: page.limits,
        trimmed: page.trimmed,
      });
      outcome.received += page.changes.length;
      cursor = page.cursor;
      update({ trimmedHouseholds: page.trimmed.households });
      if (page.changes.length) options.onChanged();
      if (!page.hasMore) return;
      // An empty page that says "more": changes wait for other transactions on the server to end
      // (docs/sync-protocol.md). Pause a second; after half a minute leave it to the next sync.
      if (page.changes.length === 0) {
        if (++waits > EMPTY_PAGE_WAITS) return;
        await new Promise((resolve) => setTimeout(resolve, EMPTY_PAGE_PAUSE_MS));
      } else waits = 0;
    }
  }

  function schedule(delay: number) {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void syncNow();
    }, delay);
  }

  async function run() {
    const outcome: SyncOutcome = { sent: 0, applied: 0, rejected: 0, conflicts: 0, received: 0 };
    update({ running: true });
    try {
      const device = await deviceId();
      await push(device, outcome);
      await pull(device, outcome);
      const at = new Date().toISOString();
      await writeMeta(store.db, 'lastSync', at);
      failures = 0;
      update({ lastSyncAt: at, problem: null, outcome, online: true });
      await options.afterSync?.().catch((error: unknown) => {
        console.warn('After-sync work failed', error);
      });
    } catch (error) {
      if (isRepositoryError(error) && error.status === 401) {
        if (error.code === 'account_disabled') {
          stopped = true;
          options.onAccountDisabled();
          return;
        }
        update({ problem: 'signed-out', outcome });
        return;
      }
      const network = isRepositoryError(error) && error.code === 'network';
      if (!network) console.error('Sync failed', error);
      failures += 1;
      update({ problem: network ? 'network' : 'server', outcome });
      // Exponential back-off for network and server faults: 10 s, 20 s, 40 s … up to 5 minutes.
      schedule(Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** failures));
    } finally {
      await refreshCounts().catch(() => undefined);
      update({ running: false, attempt: status.attempt + 1 });
    }
  }

  /** Runs a sync now; a call during one makes it run once more after it. */
  function syncNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again && !stopped);
      running = null;
    })();
    return running;
  }

  const onOnline = () => {
    update({ online: true });
    failures = 0;
    void syncNow();
  };
  const onOffline = () => update({ online: false });

  return {
    getStatus: (): SyncStatus => status,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    syncNow,
    /** A local write happened: count it now, send it a few seconds later. */
    noteWrite() {
      void refreshCounts();
      if (status.online) schedule(writeDelay);
    },
    refreshCounts,
    async start() {
      const lastSyncAt = (await readMeta<string>(store.db, 'lastSync')) ?? null;
      const trimmed = await readMeta<{ households: number }>(store.db, 'trimmed');
      update({ lastSyncAt, trimmedHouseholds: trimmed?.households ?? 0 });
      await refreshCounts();
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      interval = setInterval(() => {
        if (status.online) void syncNow();
      }, period);
      void syncNow();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (interval) clearInterval(interval);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
