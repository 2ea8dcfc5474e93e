import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditLogTable, DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type AuditRow = Omit<AuditLogTable, 'id'> & { id: number };
export type NewAuditRow = Omit<AuditLogTable, 'id'>;

const LOCK_NAMESPACE = 727_002;

/** Serializes appends to one chain until the surrounding transaction ends. */
export async function lockChain(trx: Transaction<DB>, chain: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${chain})`.execute(trx);
}

export async function lastOfChain(trx: Executor, chain: number) {
  return trx
    .selectFrom('audit_log')
    .select(['chain_seq', 'hash'])
    .where('chain', '=', chain)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertAudit(trx: Executor, row: NewAuditRow): Promise<void> {
  await trx.insertInto('audit_log').values(row).execute();
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

/** Every row of one chain in order, a page at a time, for verification and export. */
export async function chainPage(db: Executor, chain: number, afterSeq: number, limit: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('chain', '=', chain)
    .where('chain_seq', '>', afterSeq)
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
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
