import type { Language } from '@birge/domain';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RequestMeta, SessionUser } from '../../http/context.js';
import { visibleHouseholds } from '../registry/scope.js';

/**
 * What the sync layer needs to know about an entity. Modules describe their own entities
 * (households.sync.ts, persons.sync.ts, consents.sync.ts, assessments.sync.ts) and the sync module moves them; a new
 * module gets offline use by registering one more description.
 */

/** A record as a pull sends it. */
export interface WireRecord {
  rev: number;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

export interface PullContext {
  trx: Transaction<DB>;
  actor: SessionUser;
  language: Language;
  today: string;
  /** Ended history dated before this day stays on the server (the device's history limit). */
  historyBefore: string;
}

/** Tables a pull reads: each has id, rev, deleted_at, sync_tx and sync_seq. */
export type SyncedTable =
  | 'households'
  | 'persons'
  | 'assessments'
  | 'plans'
  | 'plan_reviews'
  | 'practice_logs'
  | 'visits'
  | 'referrals'
  | 'education_records'
  | 'livelihood_records';

export interface PulledEntity {
  name: string;
  table: SyncedTable;
  /** The column holding the household the record belongs to (`id` for households themselves). */
  householdColumn: 'id' | 'household_id';
  /** Records by id as the caller may see them; ids not found are left out. */
  present(ctx: PullContext, ids: string[]): Promise<Map<string, WireRecord>>;
}

/** Where a record stands on the server, as the caller may see it (deleted ones included). */
export interface RecordState {
  rev: number;
  deleted: boolean;
  householdId: string;
  placeCode: string;
}

export interface PushContext {
  /** The push's transaction; outside a push (resolving a conflict) the database itself. */
  trx: Kysely<DB>;
  meta: RequestMeta;
  actor: SessionUser;
  language: Language;
}

/**
 * An entity devices write. `parseCreate`/`parseUpdate` throw a ZodError on bad data; the write
 * functions throw ProblemError for rule violations. Each returns the record's new revision.
 */
export interface PushedEntity {
  name: string;
  /** false: writes are not versioned (a consent is given once and withdrawn once). */
  versioned: boolean;
  locate(ctx: PushContext, id: string): Promise<RecordState | null>;
  parseCreate(data: Record<string, unknown>, id: string): unknown;
  parseUpdate(data: Record<string, unknown>): unknown;
  create(ctx: PushContext, id: string, input: unknown): Promise<number>;
  update(ctx: PushContext, id: string, input: unknown, baseRev: number): Promise<number>;
  remove?(ctx: PushContext, id: string): Promise<number>;
  /**
   * Fields a supervisor's resolution adds to the chosen data: a decision they have taken and
   * the rules should not ask again (a person's "not a duplicate").
   */
  resolvedFields?: Record<string, unknown>;
  /**
   * The record now, for conflicts: its writable fields as the caller may see them and a short
   * label (a name, an address); null when it is gone or out of sight.
   */
  current?(
    ctx: PushContext,
    id: string,
  ): Promise<{ fields: Record<string, unknown>; label: string } | null>;
}

/**
 * Where a record of a table keyed to a household stands, as the caller may see it: the `locate` of
 * every entity whose rows carry `household_id`.
 */
export async function locateInHousehold(
  ctx: PushContext,
  table: Exclude<SyncedTable, 'households'>,
  id: string,
): Promise<RecordState | null> {
  const row = await ctx.trx
    .selectFrom(`${table} as r` as 'persons as r')
    .innerJoin('households as h', 'h.id', 'r.household_id')
    .select(['r.rev', 'r.deleted_at', 'r.household_id', 'h.place_code'])
    .where('r.id', '=', id)
    .where(visibleHouseholds(ctx.actor))
    .executeTakeFirst();
  return row
    ? {
        rev: row.rev,
        deleted: row.deleted_at !== null,
        householdId: row.household_id,
        placeCode: row.place_code,
      }
    : null;
}

/** A synced record's revision now: after a write whose service does not report it (a removal). */
export async function revisionOf(db: Kysely<DB>, table: SyncedTable, id: string): Promise<number> {
  const row = await db.selectFrom(table).select('rev').where('id', '=', id).executeTakeFirst();
  return row?.rev ?? 0;
}

export interface SyncRegistry {
  pulled: PulledEntity[];
  pushed: Map<string, PushedEntity>;
}

export function createSyncRegistry(pulled: PulledEntity[], pushed: PushedEntity[]): SyncRegistry {
  return { pulled, pushed: new Map(pushed.map((e) => [e.name, e])) };
}
