import type { Transaction } from 'kysely';
import type { DB, RecordHistoryTable } from '../../db/schema.js';

export interface HistoryEntry {
  entity: 'household' | 'person' | 'consent';
  entityId: string;
  rev: number;
  op: RecordHistoryTable['op'];
  changedFields: string[];
  snapshot: Record<string, unknown> | null;
  actorId: string | null;
}

/** Appends to the change history (values included, unlike the audit log; redacted on withdrawal). */
export async function recordHistory(trx: Transaction<DB>, entry: HistoryEntry): Promise<void> {
  await trx
    .insertInto('record_history')
    .values({
      entity: entry.entity,
      entity_id: entry.entityId,
      rev: entry.rev,
      op: entry.op,
      changed_fields: entry.changedFields,
      snapshot: entry.snapshot === null ? null : JSON.stringify(entry.snapshot),
      actor_id: entry.actorId,
    })
    .execute();
}

/** Names of the keys whose values differ (deep, by JSON). */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .sort();
}
