import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RequestMeta } from '../../http/context.js';
import {
  appendAudit,
  auditAppendCall,
  auditPage,
  chainBreaks,
  listAudit,
  type AuditFilter,
  type AuditRow,
  type NewAuditEntry,
} from './audit.repo.js';

/**
 * The audit log: who did what to which record, when and from where. Append-only (the table refuses
 * UPDATE, DELETE and TRUNCATE) and hash-chained, so a removed or altered row is evident
 * (docs/decisions/0006).
 *
 * Rows are spread over a few independent chains by actor, so concurrent requests of different
 * users do not queue behind one lock; verification walks every chain.
 */
export const AUDIT_CHAINS = 16;

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'read'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'export'
  | 'consent_withdraw'
  | 'assign'
  | 'unassign'
  | 'conflict_resolve'
  | 'invite'
  | 'invitation_redeem'
  | 'invitation_failed';

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
export function chainFor(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AUDIT_CHAINS;
}

export interface ChainBreak {
  chain: number;
  seq: number;
  id: number;
}

export type AuditLog = ReturnType<typeof createAuditLog>;

export function createAuditLog(db: Kysely<DB>) {
  function row(meta: RequestMeta, entry: AuditEntry): NewAuditEntry {
    const username = meta.actor?.username ?? entry.username ?? null;
    return {
      chain: chainFor(meta.actor?.userId ?? username ?? meta.ip ?? ''),
      actorId: meta.actor?.userId ?? null,
      actorUsername: username,
      actorRole: meta.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      fields: entry.fields ?? [],
      ip: meta.ip,
      userAgent: meta.userAgent,
      requestId: meta.requestId,
    };
  }

  function append(executor: Kysely<DB> | Transaction<DB>, meta: RequestMeta, entry: AuditEntry) {
    return appendAudit(executor, row(meta, entry));
  }

  return {
    /** Appends inside the caller's transaction (a write and its audit row commit together). */
    appendIn: (trx: Transaction<DB>, meta: RequestMeta, entry: AuditEntry) =>
      append(trx, meta, entry),

    /** Appends on its own, in one statement (reads, sign-ins). */
    append: (meta: RequestMeta, entry: AuditEntry) => append(db, meta, entry),

    /**
     * The append as an SQL expression, for a read that writes its audit row in the same statement
     * (one round trip instead of two; the row is written only when the read finds its record).
     */
    appendCall: (meta: RequestMeta, entry: AuditEntry): RawBuilder<void> =>
      auditAppendCall(row(meta, entry)),

    list(filter: AuditFilter): Promise<AuditRow[]> {
      return listAudit(db, filter);
    },

    /** Recomputes every chain in the database; returns the rows where a chain breaks. */
    verify(): Promise<{ checked: number; breaks: ChainBreak[] }> {
      return chainBreaks(db);
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
