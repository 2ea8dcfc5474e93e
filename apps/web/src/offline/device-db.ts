import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Sealed } from './crypto.js';

/**
 * The device store: one IndexedDB database per user (docs/decisions/0011-device-store.md).
 * Payloads are sealed with the data key; what stays in clear is what indexing needs: entity names,
 * record ids, revisions, household ids and mutation states — no names, dates or notes.
 */

/** A record of the caseload: the server's version and, while a write is unanswered, the device's. */
export interface RecordRow {
  entity: string;
  id: string;
  householdId: string | null;
  /** Ids of records carried inside this one (a person's consents), to find it from them. */
  refs: string[];
  /** The last revision the server gave this record; null while it exists only on the device. */
  rev: number | null;
  /** The server no longer sends this record (deleted or out of the caseload). */
  deleted: boolean;
  server: Sealed | null;
  /** The version the user sees while a mutation about it is pending or has a problem. */
  local: Sealed | null;
}

export type MutationState = 'pending' | 'rejected' | 'conflict';

export interface OutboxRow {
  seq?: number;
  mutationId: string;
  entity: string;
  id: string;
  op: 'upsert' | 'delete';
  /** The local record this mutation shows in (a consent shows in its person). */
  targetEntity: string;
  targetId: string;
  /** The record was created on the device: the server gets baseRev null. */
  create: boolean;
  /** Sent at least once: its answer may have been lost, so later edits never merge into it. */
  sent: boolean;
  state: MutationState;
  /** Sealed `OutboxBody`. */
  body: Sealed;
  createdAt: string;
  answeredAt: string | null;
}

export interface OutboxBody {
  data: Record<string, unknown> | null;
  /** A short label for the problems list (a name or an address). */
  label: string;
  errors: { path: string; code: string; message: string }[];
  conflictId: string | null;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

interface DeviceSchema extends DBSchema {
  records: {
    key: [string, string];
    value: RecordRow;
    indexes: { byEntity: string; byRef: string; byHousehold: [string, string] };
  };
  outbox: {
    key: number;
    value: OutboxRow;
    indexes: {
      byState: string;
      byTarget: [string, string];
      byRecord: [string, string];
      byMutation: string;
    };
  };
  meta: { key: string; value: MetaRow };
}

export type DeviceDb = IDBPDatabase<DeviceSchema>;

const PREFIX = 'birge-device-';

export const deviceDbName = (userId: string) => `${PREFIX}${userId}`;

export function openDeviceDb(userId: string): Promise<DeviceDb> {
  return openDB<DeviceSchema>(deviceDbName(userId), 1, {
    upgrade(db) {
      const records = db.createObjectStore('records', { keyPath: ['entity', 'id'] });
      records.createIndex('byEntity', 'entity');
      records.createIndex('byRef', 'refs', { multiEntry: true });
      records.createIndex('byHousehold', ['entity', 'householdId']);
      const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('byState', 'state');
      outbox.createIndex('byTarget', ['targetEntity', 'targetId']);
      outbox.createIndex('byRecord', ['entity', 'id']);
      outbox.createIndex('byMutation', 'mutationId', { unique: true });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  });
}

/** Removes the user's store from the device (sign-out, deactivated account). */
export function deleteDeviceDb(userId: string): Promise<void> {
  return deleteDB(deviceDbName(userId));
}

export async function readMeta<T>(db: DeviceDb, key: string): Promise<T | undefined> {
  const row = await db.get('meta', key);
  return row ? (row.value as T) : undefined;
}

export async function writeMeta(db: DeviceDb, key: string, value: unknown): Promise<void> {
  await db.put('meta', { key, value });
}
