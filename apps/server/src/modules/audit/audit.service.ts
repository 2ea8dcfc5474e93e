import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RequestMeta } from '../../http/context.js';
import {
  auditPage,
  chainPage,
  insertAudit,
  lastOfChain,
  listAudit,
  lockChain,
  type AuditFilter,
  type AuditRow,
  type NewAuditRow,
} from './audit.repo.js';

/**
 * The audit log: who did what to which record, when and from where. Append-only (the table refuses
 * UPDATE, DELETE and TRUNCATE) and hash-chained, so a removed or altered row is evident.
 *
 * Rows are spread over a few independent chains by actor, so concurrent requests of different
 * users do not queue behind one lock; verification walks every chain.
 */
export const AUDIT_CHAINS = 16;
const GENESIS = '0'.repeat(64);

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'read'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'export'
  | 'consent_withdraw';

export interface AuditEntry {
  action: AuditAction;
  entity?: string;
  entityId?: string;
  /** Names of the fields written (never their values: the log holds no personal data). */
  fields?: string[];
  /** For events without a signed-in user (a failed sign-in): the username tried. */
  username?: string;
}

/** FNV-1a, to spread actors over chains. */
function chainFor(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AUDIT_CHAINS;
}

export function hashAuditRow(row: Omit<NewAuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.chain,
    row.chain_seq,
    row.at.toISOString(),
    row.actor_id,
    row.actor_username,
    row.actor_role,
    row.action,
    row.entity,
    row.entity_id,
    row.fields,
    row.ip,
    row.user_agent,
    row.request_id,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainBreak {
  chain: number;
  seq: number;
  id: number;
}

export type AuditLog = ReturnType<typeof createAuditLog>;

export function createAuditLog(db: Kysely<DB>) {
  async function appendIn(trx: Transaction<DB>, meta: RequestMeta, entry: AuditEntry) {
    const username = meta.actor?.username ?? entry.username ?? null;
    const chain = chainFor(meta.actor?.userId ?? username ?? meta.ip ?? '');
    await lockChain(trx, chain);
    const last = await lastOfChain(trx, chain);
    const row: Omit<NewAuditRow, 'hash'> = {
      chain,
      chain_seq: (last?.chain_seq ?? 0) + 1,
      at: new Date(),
      actor_id: meta.actor?.userId ?? null,
      actor_username: username,
      actor_role: meta.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entity_id: entry.entityId ?? null,
      fields: entry.fields ?? [],
      ip: meta.ip,
      user_agent: meta.userAgent,
      request_id: meta.requestId,
      prev_hash: last?.hash ?? GENESIS,
    };
    await insertAudit(trx, { ...row, hash: hashAuditRow(row) });
  }

  return {
    /** Appends inside the caller's transaction (a write and its audit row commit together). */
    appendIn,

    /** Appends in a transaction of its own (reads, sign-ins). */
    append(meta: RequestMeta, entry: AuditEntry): Promise<void> {
      return db.transaction().execute((trx) => appendIn(trx, meta, entry));
    },

    list(filter: AuditFilter): Promise<AuditRow[]> {
      return listAudit(db, filter);
    },

    /** Recomputes every chain; returns the rows where a chain breaks. */
    async verify(): Promise<{ checked: number; breaks: ChainBreak[] }> {
      let checked = 0;
      const breaks: ChainBreak[] = [];
      for (let chain = 0; chain < AUDIT_CHAINS; chain++) {
        let prevHash = GENESIS;
        let prevSeq = 0;
        for (;;) {
          const rows = await chainPage(db, chain, prevSeq, 1000);
          for (const row of rows) {
            checked++;
            const { id: _id, hash, ...rest } = row;
            const intact =
              row.chain_seq === prevSeq + 1 &&
              row.prev_hash === prevHash &&
              hashAuditRow(rest) === hash;
            if (!intact) breaks.push({ chain, seq: row.chain_seq, id: row.id });
            prevHash = hash;
            prevSeq = row.chain_seq;
          }
          if (rows.length < 1000) break;
        }
      }
      return { checked, breaks };
    },

    /** Every row in order, a page at a time (for CSV export without loading the log in memory). */
    async *all(): AsyncGenerator<AuditRow> {
      let after = 0;
      for (;;) {
        const rows = await auditPage(db, after, 1000);
        yield* rows;
        if (rows.length < 1000) return;
        after = rows[rows.length - 1]?.id ?? after;
      }
    },
  };
}
