import type { SyncChange, SyncResult } from '@birge/domain';
import { changeAction, resultAction, settleRecord, type ResultAction } from './change-rules.js';
import { open, seal, type Sealed } from './crypto.js';
import type { OutboxBody, OutboxRow, RecordRow } from './device-db.js';
import type { Data, EntityRegistry } from './entity-registry.js';
import { mergeOutcome, selectBatch } from './outbox-rules.js';
import type { DeviceStore } from './vault.js';

/**
 * Reads and writes of the device store. Sealing and opening are asynchronous WebCrypto calls, and
 * an IndexedDB transaction ends as soon as it waits on anything else, so every operation seals
 * first and then runs its transaction on IndexedDB requests alone. Writes of one store run one at
 * a time, so a read-decide-write never interleaves with another.
 */

const queues = new WeakMap<DeviceStore, Promise<unknown>>();
const versions = new WeakMap<DeviceStore, number>();

/** Changes whenever a write to the store finishes, so readers can keep decrypted copies. */
export function storeVersion(store: DeviceStore): number {
  return versions.get(store) ?? 0;
}

export function serial<T>(store: DeviceStore, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(store) ?? Promise.resolve();
  const bump = async () => {
    try {
      return await work();
    } finally {
      versions.set(store, storeVersion(store) + 1);
    }
  };
  const next = previous.then(bump, bump);
  queues.set(
    store,
    next.catch(() => undefined),
  );
  return next;
}

export interface StoredRecord<T = Data> {
  entity: string;
  id: string;
  householdId: string | null;
  rev: number | null;
  /** A write about it is waiting, or was refused and not yet settled. */
  hasLocal: boolean;
  data: T;
}

async function decrypt<T>(store: DeviceStore, row: RecordRow): Promise<StoredRecord<T> | null> {
  const sealed = row.local ?? row.server;
  if (!sealed) return null;
  return {
    entity: row.entity,
    id: row.id,
    householdId: row.householdId,
    rev: row.rev,
    hasLocal: row.local !== null,
    data: await open<T>(sealed, store.key),
  };
}

async function decryptAll<T>(store: DeviceStore, rows: RecordRow[]): Promise<StoredRecord<T>[]> {
  const records = await Promise.all(rows.map((row) => decrypt<T>(store, row)));
  return records.filter((r): r is StoredRecord<T> => r !== null);
}

export async function readRecord<T>(
  store: DeviceStore,
  entity: string,
  id: string,
): Promise<StoredRecord<T> | null> {
  const row = await store.db.get('records', [entity, id]);
  return row ? decrypt<T>(store, row) : null;
}

export async function readRecords<T>(store: DeviceStore, entity: string) {
  return decryptAll<T>(store, await store.db.getAllFromIndex('records', 'byEntity', entity));
}

export async function readHouseholdRecords<T>(
  store: DeviceStore,
  entity: string,
  householdId: string,
) {
  return decryptAll<T>(
    store,
    await store.db.getAllFromIndex('records', 'byHousehold', [entity, householdId]),
  );
}

/** The record that carries `ref` inside it (a person, for one of their consents). */
export async function findByRef<T>(store: DeviceStore, ref: string) {
  const row = await store.db.getFromIndex('records', 'byRef', ref);
  return row ? decrypt<T>(store, row) : null;
}

export interface LocalWrite {
  /** The record as screens will see it until the server answers. */
  record: { entity: string; id: string; householdId: string | null; refs: string[]; data: Data };
  mutation: {
    entity: string;
    id: string;
    op: 'upsert' | 'delete';
    data: Data | null;
    /** The record was created on the device and the server does not have it yet. */
    create: boolean;
    label: string;
  };
}

const emptyBody = (data: Data | null, label: string): OutboxBody => ({
  data,
  label,
  errors: [],
  conflictId: null,
});

/** Saves a write: the record's local version and its mutation, folded into an unsent one if any. */
export function writeLocal(store: DeviceStore, registry: EntityRegistry, write: LocalWrite) {
  return serial(store, async () => {
    const { record, mutation } = write;
    const view = await seal(record.data, store.key);
    const earlier = await store.db.getAllFromIndex('outbox', 'byRecord', [
      mutation.entity,
      mutation.id,
    ]);
    const prev = earlier.at(-1);
    const prevBody = prev ? await open<OutboxBody>(prev.body, store.key) : null;
    const outcome = mergeOutcome(
      prev && prev.seq !== undefined
        ? { ...prev, seq: prev.seq, data: prevBody?.data ?? null }
        : undefined,
      { op: mutation.op, data: mutation.data },
      registry.get(mutation.entity)?.mergeIntoCreate,
    );
    const body =
      outcome.kind === 'replace'
        ? await seal(emptyBody(outcome.data, mutation.label), store.key)
        : await seal(emptyBody(mutation.data, mutation.label), store.key);

    const tx = store.db.transaction(['records', 'outbox'], 'readwrite');
    const records = tx.objectStore('records');
    const outbox = tx.objectStore('outbox');
    const existing = await records.get([record.entity, record.id]);
    const row: RecordRow = {
      entity: record.entity,
      id: record.id,
      householdId: record.householdId,
      refs: [...new Set([...(existing?.refs ?? []), ...record.refs])],
      rev: existing?.rev ?? null,
      deleted: existing?.deleted ?? false,
      server: existing?.server ?? null,
      local: view,
    };
    if (outcome.kind === 'cancel' && prev?.seq !== undefined) {
      await outbox.delete(prev.seq);
      if (row.server) await records.put({ ...row, local: null });
      else await records.delete([record.entity, record.id]);
    } else {
      await records.put(row);
      if (outcome.kind === 'replace' && prev?.seq !== undefined)
        await outbox.put({ ...prev, op: outcome.op, create: outcome.create, body });
      else
        await outbox.add({
          mutationId: crypto.randomUUID(),
          entity: mutation.entity,
          id: mutation.id,
          op: mutation.op,
          targetEntity: record.entity,
          targetId: record.id,
          create: mutation.create,
          sent: false,
          state: 'pending',
          body,
          createdAt: new Date().toISOString(),
          answeredAt: null,
        } satisfies OutboxRow);
    }
    await tx.done;
  });
}

export interface OutgoingMutation {
  seq: number;
  row: OutboxRow;
  body: OutboxBody;
  wire: {
    mutationId: string;
    entity: string;
    id: string;
    op: 'upsert' | 'delete';
    baseRev: number | null;
    data: Data | null;
  };
}

/** The next push, marked as sent before it leaves (see `mergeOutcome`). */
export function takeBatch(store: DeviceStore, registry: EntityRegistry, max: number) {
  return serial(store, async (): Promise<OutgoingMutation[]> => {
    const pending = await store.db.getAllFromIndex('outbox', 'byState', 'pending');
    const batch = selectBatch(
      pending.flatMap((row) => (row.seq === undefined ? [] : [{ ...row, seq: row.seq }])),
      max,
    );
    const outgoing: OutgoingMutation[] = [];
    for (const row of batch) {
      const body = await open<OutboxBody>(row.body, store.key);
      const own = await store.db.get('records', [row.entity, row.id]);
      const target = own ?? (await store.db.get('records', [row.targetEntity, row.targetId]));
      const rev = target?.rev ?? null;
      const baseRevOf = registry.get(row.entity)?.baseRev;
      outgoing.push({
        seq: row.seq,
        row,
        body,
        wire: {
          mutationId: row.mutationId,
          entity: row.entity,
          id: row.id,
          op: row.op,
          baseRev: row.create ? null : baseRevOf ? baseRevOf(rev) : rev,
          data: body.data,
        },
      });
    }
    const tx = store.db.transaction('outbox', 'readwrite');
    for (const m of outgoing) if (!m.row.sent) await tx.store.put({ ...m.row, sent: true });
    await tx.done;
    return outgoing;
  });
}

/** The part of the records store `settle` uses, whatever transaction it belongs to. */
interface RecordsStore {
  get: (key: [string, string]) => Promise<RecordRow | undefined>;
  put: (row: RecordRow) => Promise<unknown>;
  delete: (key: [string, string]) => Promise<void>;
}

async function settle(
  records: RecordsStore,
  key: [string, string],
  outcome: Parameters<typeof settleRecord>[0],
  others: number,
  rev: number | null,
) {
  const row = await records.get(key);
  if (!row) return;
  const next: RecordRow = rev !== null ? { ...row, rev } : { ...row };
  const action = settleRecord(outcome, others, row.server !== null);
  switch (action.kind) {
    case 'keep':
      await records.put(next);
      return;
    case 'promote':
      await records.put({ ...next, server: row.local ?? row.server, local: null, deleted: false });
      return;
    case 'drop-local':
      await records.put({ ...next, local: null });
      return;
    case 'remove':
      await records.delete(key);
      return;
  }
}

/** Applies a push's answers, in order: one result per mutation sent. */
export function applyResults(store: DeviceStore, sent: OutgoingMutation[], results: SyncResult[]) {
  return serial(store, async () => {
    const actions: ResultAction[] = results.map(resultAction);
    const bodies: (Sealed | null)[] = await Promise.all(
      sent.map((m, i) => {
        const action = actions[i];
        if (!action || action.kind === 'done') return Promise.resolve(null);
        return seal(
          {
            ...m.body,
            errors: action.kind === 'rejected' ? action.errors : [],
            conflictId: action.kind === 'conflict' ? action.conflictId : null,
          } satisfies OutboxBody,
          store.key,
        );
      }),
    );
    const now = new Date().toISOString();
    const tx = store.db.transaction(['records', 'outbox'], 'readwrite');
    const records = tx.objectStore('records');
    const outbox = tx.objectStore('outbox');
    for (const [i, m] of sent.entries()) {
      const action = actions[i];
      if (!action) continue;
      const current = await outbox.get(m.seq);
      if (!current) continue;
      if (action.kind === 'done') {
        await outbox.delete(m.seq);
        // A resend that went through settles the refusals of the same record it was meant to fix.
        const same = await outbox.index('byRecord').getAll([m.row.entity, m.row.id]);
        for (const old of same)
          if (old.state === 'rejected' && old.seq !== undefined && old.seq < m.seq)
            await outbox.delete(old.seq);
      } else {
        const body = bodies[i];
        if (body) await outbox.put({ ...current, state: action.kind, body, answeredAt: now });
      }
      const others = (
        await outbox.index('byTarget').getAll([m.row.targetEntity, m.row.targetId])
      ).filter((o) => o.seq !== m.seq && o.state !== 'conflict').length;
      const ownRecord = m.row.entity === m.row.targetEntity && m.row.id === m.row.targetId;
      await settle(
        records,
        [m.row.targetEntity, m.row.targetId],
        action.kind,
        others,
        action.kind === 'done' && ownRecord ? action.rev : null,
      );
    }
    await tx.done;
  });
}

/** Drops a refused or conflicting mutation after the user confirmed; the server's version shows. */
export function discardMutation(store: DeviceStore, seq: number) {
  return serial(store, async () => {
    const tx = store.db.transaction(['records', 'outbox'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    const row = await outbox.get(seq);
    if (row) {
      await outbox.delete(seq);
      if (row.state === 'rejected') {
        const others = (
          await outbox.index('byTarget').getAll([row.targetEntity, row.targetId])
        ).filter((o) => o.state !== 'conflict').length;
        await settle(
          tx.objectStore('records'),
          [row.targetEntity, row.targetId],
          'discarded',
          others,
          null,
        );
      }
    }
    await tx.done;
  });
}

/** Stores one pulled page and then its cursor, in one transaction. */
export function applyPage(
  store: DeviceStore,
  registry: EntityRegistry,
  changes: SyncChange[],
  meta: Record<string, unknown>,
) {
  return serial(store, async () => {
    const sealed = await Promise.all(
      changes.map((c) =>
        c.data && !c.deleted && registry.isPulled(c.entity)
          ? seal(c.data, store.key)
          : Promise.resolve(null),
      ),
    );
    const tx = store.db.transaction(['records', 'meta'], 'readwrite');
    const records = tx.objectStore('records');
    for (const [i, change] of changes.entries()) {
      const key: [string, string] = [change.entity, change.id];
      const existing = await records.get(key);
      const action = changeAction(
        existing && { rev: existing.rev, hasLocal: existing.local !== null },
        change,
        registry.isPulled(change.entity),
      );
      const definition = registry.get(change.entity);
      switch (action.kind) {
        case 'skip':
          break;
        case 'delete':
          await records.delete(key);
          break;
        case 'tombstone':
          if (existing)
            await records.put({ ...existing, server: null, deleted: true, rev: change.rev });
          break;
        case 'put': {
          const server = sealed[i];
          if (!server || !change.data || !definition) break;
          const refs = definition.refsOf?.(change.data) ?? [];
          await records.put({
            entity: change.entity,
            id: change.id,
            householdId:
              action.keepLocal && existing
                ? existing.householdId
                : definition.householdOf(change.data),
            refs: action.keepLocal && existing ? [...new Set([...existing.refs, ...refs])] : refs,
            rev: change.rev,
            deleted: false,
            server,
            local: action.keepLocal && existing ? existing.local : null,
          });
          break;
        }
      }
    }
    const metaStore = tx.objectStore('meta');
    for (const [key, value] of Object.entries(meta)) await metaStore.put({ key, value });
    await tx.done;
  });
}
