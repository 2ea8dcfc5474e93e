import type { Transaction } from 'kysely';
import type { DB, RecordHistoryTable } from '../../db/schema.js';
import type { RequestMeta } from '../../http/context.js';
import type { AuditLog } from '../audit/audit.service.js';

export interface HistoryEntry {
  entity:
    | 'household'
    | 'person'
    | 'consent'
    | 'assessment'
    | 'plan'
    | 'plan_review'
    | 'practice_log'
    | 'visit'
    | 'referral';
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

/**
 * A write to a household or person leaves two traces in its transaction: the change history (with
 * values, for the record's page) and the audit log (who, when, which fields; no values).
 */
export async function recordChange(
  trx: Transaction<DB>,
  audit: AuditLog,
  meta: RequestMeta,
  change: Omit<HistoryEntry, 'actorId'>,
): Promise<void> {
  await recordHistory(trx, { ...change, actorId: meta.actor?.userId ?? null });
  await audit.appendIn(trx, meta, {
    action: change.op === 'redact' ? 'update' : change.op,
    entity: change.entity,
    entityId: change.entityId,
    fields: change.changedFields,
  });
}
