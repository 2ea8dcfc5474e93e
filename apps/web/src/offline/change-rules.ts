import type { SyncResult } from '@birge/domain';

/**
 * How the device applies what the server says, kept pure: a pulled change to a stored record, and
 * a push result to its mutation.
 */

export interface StoredState {
  rev: number | null;
  /** The record has a local version (a pending mutation, or a problem the user has not settled). */
  hasLocal: boolean;
}

export type ChangeAction =
  | { kind: 'skip' }
  | { kind: 'delete' }
  /** Gone on the server, but the device's unanswered version stays shown until it is answered. */
  | { kind: 'tombstone' }
  /** Store the server's version; `keepLocal` keeps showing the device's unanswered one on top. */
  | { kind: 'put'; keepLocal: boolean };

export function changeAction(
  existing: StoredState | undefined,
  change: { rev: number; deleted: boolean },
  known: boolean,
): ChangeAction {
  if (!known) return { kind: 'skip' };
  if (change.deleted) {
    if (!existing) return { kind: 'skip' };
    return existing.hasLocal ? { kind: 'tombstone' } : { kind: 'delete' };
  }
  // A page applied twice is harmless; an older revision than the one stored never wins.
  if (existing?.rev != null && change.rev < existing.rev) return { kind: 'skip' };
  return { kind: 'put', keepLocal: existing?.hasLocal ?? false };
}

export type ResultAction =
  | { kind: 'done'; rev: number | null }
  | { kind: 'conflict'; conflictId: string | null }
  | { kind: 'rejected'; errors: SyncResult['errors'] };

export function resultAction(result: SyncResult): ResultAction {
  const status =
    result.status === 'duplicate' ? (result.originalStatus ?? 'applied') : result.status;
  switch (status) {
    case 'applied':
    case 'duplicate':
      return { kind: 'done', rev: result.rev };
    case 'conflict':
      return { kind: 'conflict', conflictId: result.conflictId ?? null };
    case 'rejected':
      return { kind: 'rejected', errors: result.errors };
  }
}

export type SettleAction =
  /** Keep the local version: other writes about the record are still waiting. */
  | { kind: 'keep' }
  /** The server has the device's version now: it becomes the stored one. */
  | { kind: 'promote' }
  /** The server kept its own version: drop the device's (it lives on in the conflict record). */
  | { kind: 'drop-local' }
  /** Nothing of the record is left on the server or the device's queue. */
  | { kind: 'remove' };

/**
 * What happens to a record once one of its mutations is answered or discarded, given how many
 * other mutations (pending or rejected) still show in it and whether the server holds a version.
 */
export function settleRecord(
  outcome: 'done' | 'conflict' | 'rejected' | 'discarded',
  others: number,
  hasServer: boolean,
): SettleAction {
  if (outcome === 'rejected' || others > 0) return { kind: 'keep' };
  if (outcome === 'done') return { kind: 'promote' };
  return hasServer ? { kind: 'drop-local' } : { kind: 'remove' };
}
