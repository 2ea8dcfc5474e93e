import type { SyncChange, SyncPullResponse } from '@birge/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PullContext, PulledEntity, SyncRegistry, WireRecord } from './sync.entities.js';
import {
  comparePositions,
  decodeSyncCursor,
  encodeSyncCursor,
  type Position,
} from './sync.cursor.js';
import { refreshMembership } from './sync.membership.js';

export interface SyncLimits {
  maxHouseholds: number;
  historyMonths: number;
}

type StreamItem =
  | { kind: 'membership'; position: Position; householdId: string; active: boolean }
  | { kind: 'record'; position: Position; entity: PulledEntity; id: string };

interface PositionRow {
  tx: string;
  seq: string;
}

const position = (row: PositionRow): Position => ({ tx: BigInt(row.tx), seq: BigInt(row.seq) });
const afterCursor = (alias: string, p: Position) =>
  sql<boolean>`(${sql.ref(`${alias}.sync_tx`)}, ${sql.ref(`${alias}.sync_seq`)}) > (${p.tx.toString()}::xid8, ${p.seq.toString()}::bigint)`;
const beforeBound = (alias: string, xmin: string) =>
  sql<boolean>`${sql.ref(`${alias}.sync_tx`)} < ${xmin}::xid8`;

function membershipChanges(
  trx: Transaction<DB>,
  userId: string,
  after: Position,
  xmin: string,
  limit: number,
) {
  return trx
    .selectFrom('sync_membership as m')
    .select([
      'm.household_id',
      'm.active',
      sql<string>`m.sync_tx::text`.as('tx'),
      sql<string>`m.sync_seq::text`.as('seq'),
    ])
    .where('m.user_id', '=', userId)
    .where(afterCursor('m', after))
    .where(beforeBound('m', xmin))
    .orderBy('m.sync_tx')
    .orderBy('m.sync_seq')
    .limit(limit)
    .execute();
}

async function membershipWaiting(trx: Transaction<DB>, userId: string, xmin: string) {
  const row = await trx
    .selectFrom('sync_membership as m')
    .select('m.household_id')
    .where('m.user_id', '=', userId)
    .where(sql<boolean>`m.sync_tx >= ${xmin}::xid8`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether a change to a household the user holds is committed but still above the bound because
 * an older transaction (anywhere on the server) has not finished: the device should come back.
 */
async function recordsWaiting(
  trx: Transaction<DB>,
  entities: readonly PulledEntity[],
  userId: string,
  xmin: string,
): Promise<boolean> {
  for (const entity of entities) {
    const row = await trx
      .selectFrom(`${entity.table} as r` as 'households as r')
      .innerJoin('sync_membership as m', (join) =>
        join
          .on('m.household_id', '=', sql.ref(`r.${entity.householdColumn}`))
          .on('m.user_id', '=', userId)
          .on('m.active', '=', true),
      )
      .select('r.id')
      .where(sql<boolean>`r.sync_tx >= ${xmin}::xid8`)
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
}

/**
 * Rows of one entity changed after the cursor in households the user holds — only changes made
 * after the household arrived: what came before is sent with the household when it arrives.
 */
function recordChanges(
  trx: Transaction<DB>,
  entity: PulledEntity,
  userId: string,
  after: Position,
  xmin: string,
  limit: number,
) {
  return trx
    .selectFrom(`${entity.table} as r` as 'households as r')
    .innerJoin('sync_membership as m', (join) =>
      join
        .on('m.household_id', '=', sql.ref(`r.${entity.householdColumn}`))
        .on('m.user_id', '=', userId)
        .on('m.active', '=', true),
    )
    .select([
      'r.id',
      sql<string>`r.sync_tx::text`.as('tx'),
      sql<string>`r.sync_seq::text`.as('seq'),
    ])
    .where(afterCursor('r', after))
    .where(beforeBound('r', xmin))
    .where(sql<boolean>`(r.sync_tx, r.sync_seq) > (m.sync_tx, m.sync_seq)`)
    .orderBy('r.sync_tx')
    .orderBy('r.sync_seq')
    .limit(limit)
    .execute();
}

/** Ids of an entity's records in a household (live ones, or all when the household leaves). */
async function householdRecords(
  trx: Transaction<DB>,
  entity: PulledEntity,
  householdId: string,
  liveOnly: boolean,
): Promise<string[]> {
  let query = trx
    .selectFrom(`${entity.table} as r` as 'households as r')
    .select('r.id')
    .where(sql.ref(`r.${entity.householdColumn}`), '=', householdId);
  if (liveOnly) query = query.where('r.deleted_at', 'is', null);
  return (await query.orderBy('r.id').execute()).map((r) => r.id);
}

/**
 * One page of changes for the caller's devices (docs/sync-protocol.md, "Pull"). The page is read
 * in one REPEATABLE READ snapshot and stops below the snapshot's xmin, so a transaction that
 * commits late is never skipped: its rows wait for a later pull.
 */
export async function pullChanges(
  db: Kysely<DB>,
  registry: SyncRegistry,
  context: Omit<PullContext, 'trx'>,
  request: { cursor?: string | undefined; limit: number },
  limits: SyncLimits,
): Promise<SyncPullResponse> {
  const after = decodeSyncCursor(request.cursor);
  const { actor } = context;
  const { trimmed } = await refreshMembership(db, actor, limits.maxHouseholds);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const { rows } = await sql<{
        xmin: string;
      }>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`.execute(trx);
      const xmin = rows[0]?.xmin ?? '0';
      const fetchLimit = request.limit + 1;
      const sources: StreamItem[][] = [
        (await membershipChanges(trx, actor.userId, after, xmin, fetchLimit)).map((r) => ({
          kind: 'membership' as const,
          position: position(r),
          householdId: r.household_id,
          active: r.active,
        })),
      ];
      for (const entity of registry.pulled)
        sources.push(
          (await recordChanges(trx, entity, actor.userId, after, xmin, fetchLimit)).map((r) => ({
            kind: 'record' as const,
            position: position(r),
            entity,
            id: r.id,
          })),
        );
      // A source cut at its limit may hold unseen rows beyond its last one: go no further.
      let bound: Position | null = null;
      for (const source of sources) {
        const last = source.at(-1);
        if (
          source.length === fetchLimit &&
          last &&
          (!bound || comparePositions(last.position, bound) < 0)
        )
          bound = last.position;
      }
      const stream = sources.flat().sort((a, b) => comparePositions(a.position, b.position));

      const wanted: { entity: PulledEntity; id: string; deleted: boolean }[] = [];
      let reached = after;
      let hasMore = false;
      for (const item of stream) {
        if (
          wanted.length >= request.limit ||
          (bound && comparePositions(item.position, bound) > 0)
        ) {
          hasMore = true;
          break;
        }
        if (item.kind === 'record')
          wanted.push({ entity: item.entity, id: item.id, deleted: false });
        else
          for (const entity of registry.pulled)
            for (const id of await householdRecords(trx, entity, item.householdId, item.active))
              wanted.push({ entity, id, deleted: !item.active });
        reached = item.position;
      }
      if (!hasMore && bound) hasMore = true;
      // Households that just arrived or left wait above the bound while any other transaction
      // runs (the refresh above commits just before this snapshot): say so, or a first pull could
      // end empty and the device believe it holds its caseload.
      if (!hasMore) hasMore = await membershipWaiting(trx, actor.userId, xmin);
      // Likewise for records: a change committed behind an older, still running transaction is
      // sent by a later pull, and the device must know to make it.
      if (!hasMore) hasMore = await recordsWaiting(trx, registry.pulled, actor.userId, xmin);

      const ctx: PullContext = { ...context, trx };
      const changes: SyncChange[] = [];
      const seen = new Set<string>();
      const presented = new Map<PulledEntity, Map<string, WireRecord>>();
      for (const entity of registry.pulled) {
        const ids = [
          ...new Set(wanted.filter((w) => w.entity === entity && !w.deleted).map((w) => w.id)),
        ];
        presented.set(
          entity,
          ids.length ? await entity.present(ctx, ids) : new Map<string, WireRecord>(),
        );
      }
      for (const w of wanted) {
        const key = `${w.entity.name}:${w.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const record = w.deleted ? null : presented.get(w.entity)?.get(w.id);
        if (w.deleted || !record)
          changes.push({
            entity: w.entity.name,
            id: w.id,
            rev: record?.rev ?? 0,
            deleted: true,
            data: null,
          });
        else changes.push({ entity: w.entity.name, id: w.id, ...record });
      }
      return {
        changes,
        cursor: encodeSyncCursor(reached),
        hasMore,
        limits,
        trimmed: {
          households: trimmed,
          historyBefore: context.historyBefore,
        },
      };
    });
}
