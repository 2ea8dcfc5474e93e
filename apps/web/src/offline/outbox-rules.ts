import type { Data } from './entity-registry.js';

/**
 * The outbox's rules, kept pure so they can be tested without a browser: how a new write meets an
 * earlier one about the same record, and which mutations go in the next push.
 */

export interface QueuedMutation {
  seq: number;
  entity: string;
  id: string;
  op: 'upsert' | 'delete';
  create: boolean;
  sent: boolean;
  state: 'pending' | 'rejected' | 'conflict';
}

export interface NewWrite {
  op: 'upsert' | 'delete';
  data: Data | null;
}

export type MergeOutcome =
  | { kind: 'append' }
  | { kind: 'replace'; op: 'upsert' | 'delete'; create: boolean; data: Data | null }
  /** A delete of a record that never left the device: both writes vanish. */
  | { kind: 'cancel' };

/**
 * How `next` joins the queue when `prev` is the last queued mutation about the same record.
 * Only a pending mutation that was never sent takes edits in: once sent, the server may have
 * applied it even if the answer was lost, and a replay must carry exactly what was sent.
 */
export function mergeOutcome(
  prev: (QueuedMutation & { data: Data | null }) | undefined,
  next: NewWrite,
  mergeIntoCreate?: (create: Data, edit: Data) => Data | null,
): MergeOutcome {
  if (!prev || prev.state !== 'pending' || prev.sent) return { kind: 'append' };
  if (next.op === 'delete')
    return prev.create
      ? { kind: 'cancel' }
      : { kind: 'replace', op: 'delete', create: false, data: null };
  if (prev.op === 'delete' || !next.data) return { kind: 'append' };
  if (!prev.create) return { kind: 'replace', op: 'upsert', create: false, data: next.data };
  if (!mergeIntoCreate || !prev.data) return { kind: 'append' };
  const merged = mergeIntoCreate(prev.data, next.data);
  return merged
    ? { kind: 'replace', op: 'upsert', create: true, data: merged }
    : { kind: 'append' };
}

/**
 * The next push: pending mutations in the order they were made, at most `max`, and at most one
 * per record — a second edit of a record waits for the first one's answer, so its baseRev is the
 * revision that answer gives.
 */
export function selectBatch<T extends QueuedMutation>(queue: readonly T[], max: number): T[] {
  const ordered = [...queue].sort((a, b) => a.seq - b.seq);
  const batch: T[] = [];
  const held = new Set<string>();
  for (const mutation of ordered) {
    if (batch.length >= max) break;
    if (mutation.state !== 'pending') continue;
    const key = `${mutation.entity}\u0000${mutation.id}`;
    if (held.has(key)) continue;
    held.add(key);
    batch.push(mutation);
  }
  return batch;
}
