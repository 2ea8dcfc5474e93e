import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { AuditLogTable, DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type AuditRow = Omit<AuditLogTable, 'id'> & { id: number };

export interface NewAuditEntry {
  chain: number;
  actorId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  fields: string[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** The call that locks the chain, reads its head and inserts the hashed row (migration 0003). */
export function auditAppendCall(e: NewAuditEntry): RawBuilder<void> {
  return sql<void>`audit_append(${e.chain}::smallint, ${e.actorId}::uuid, ${e.actorUsername}, ${e.actorRole},
    ${e.action}, ${e.entity}, ${e.entityId}, ${e.fields}::text[], ${e.ip}, ${e.userAgent}, ${e.requestId})`;
}

/** One statement: the append on its own. */
export async function appendAudit(db: Executor, e: NewAuditEntry): Promise<void> {
  await sql`SELECT ${auditAppendCall(e)}`.execute(db);
}

export interface AuditFilter {
  actorId?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function listAudit(db: Executor, filter: AuditFilter): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query.execute();
}

/**
 * Rows where a chain breaks: a gap in the sequence, a previous-hash that is not the previous row's
 * hash, or a hash that does not match the row's content.
 */
export async function chainBreaks(
  db: Executor,
): Promise<{ checked: number; breaks: { id: number; chain: number; seq: number }[] }> {
  const result = await sql<{
    checked: number;
    breaks: { id: number; chain: number; seq: number }[];
  }>`
    SELECT count(*) AS checked,
      coalesce(json_agg(json_build_object('id', id, 'chain', chain, 'seq', chain_seq) ORDER BY id)
        FILTER (WHERE NOT intact), '[]'::json) AS breaks
    FROM (
      SELECT id, chain, chain_seq,
        chain_seq = coalesce(lag(chain_seq) OVER w, 0) + 1
          AND prev_hash = coalesce(lag(hash) OVER w, repeat('0', 64))
          AND hash = audit_row_hash(chain, chain_seq, at, actor_id, actor_username, actor_role, action,
            entity, entity_id, fields, ip, user_agent, request_id, prev_hash) AS intact
      FROM audit_log WINDOW w AS (PARTITION BY chain ORDER BY chain_seq)
    ) checked_rows`.execute(db);
  const row = result.rows[0];
  return { checked: Number(row?.checked ?? 0), breaks: row?.breaks ?? [] };
}

export async function auditPage(db: Executor, afterId: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
