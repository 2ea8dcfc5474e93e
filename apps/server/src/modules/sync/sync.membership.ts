import { holdsCaseload, registryAccess } from '@birge/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../http/context.js';
import { visibleHouseholds } from '../registry/scope.js';

/**
 * The households a user's devices hold: their caseload inside their places, the most recently
 * assigned first, at most `maxHouseholds`; a family's own household. Returned as ids.
 */
async function deviceHouseholds(
  db: Kysely<DB>,
  actor: SessionUser,
  maxHouseholds: number,
): Promise<string[]> {
  if (holdsCaseload(actor.role)) {
    const rows = await db
      .selectFrom('caseload_assignments as a')
      .innerJoin('households as h', 'h.id', 'a.household_id')
      .select('a.household_id')
      .where('a.user_id', '=', actor.userId)
      .where('h.deleted_at', 'is', null)
      .where(visibleHouseholds(actor))
      .orderBy('a.assigned_at', 'desc')
      .orderBy('a.household_id', 'desc')
      .limit(maxHouseholds)
      .execute();
    return rows.map((r) => r.household_id);
  }
  if (registryAccess(actor.role) === 'own-household' && actor.householdId) {
    const row = await db
      .selectFrom('households')
      .select('id')
      .where('id', '=', actor.householdId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return row ? [row.id] : [];
  }
  return [];
}

/**
 * Brings `sync_membership` in line with what the user's devices should hold. Rows change only
 * where membership changes, and each change is stamped like any synced row, so the next pull sees
 * a household arrive (sent whole) or leave (sent as deletions).
 */
export async function refreshMembership(
  db: Kysely<DB>,
  actor: SessionUser,
  maxHouseholds: number,
): Promise<void> {
  const [wanted, held] = await Promise.all([
    deviceHouseholds(db, actor, maxHouseholds),
    db
      .selectFrom('sync_membership')
      .select('household_id')
      .where('user_id', '=', actor.userId)
      .where('active', '=', true)
      .execute(),
  ]);
  const heldIds = new Set(held.map((r) => r.household_id));
  const wantedIds = new Set(wanted);
  const arriving = wanted.filter((id) => !heldIds.has(id));
  const leaving = [...heldIds].filter((id) => !wantedIds.has(id));
  if (arriving.length === 0 && leaving.length === 0) return;
  await db.transaction().execute(async (trx) => {
    if (arriving.length)
      await trx
        .insertInto('sync_membership')
        .values(arriving.map((id) => ({ user_id: actor.userId, household_id: id, active: true })))
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'household_id'])
            .doUpdateSet({ active: true })
            .where('sync_membership.active', '=', false),
        )
        .execute();
    if (leaving.length)
      await trx
        .updateTable('sync_membership')
        .set({ active: false })
        .where('user_id', '=', actor.userId)
        .where('household_id', 'in', leaving)
        .where('active', '=', true)
        .execute();
  });
}

/** Households of the caseload the limit keeps off the devices. */
export async function trimmedHouseholds(db: Kysely<DB>, actor: SessionUser): Promise<number> {
  if (!holdsCaseload(actor.role)) return 0;
  const row = await db
    .selectFrom('caseload_assignments as a')
    .innerJoin('households as h', 'h.id', 'a.household_id')
    .select([
      sql<number>`count(*)::int`.as('assigned'),
      sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM sync_membership m
        WHERE m.user_id = a.user_id AND m.household_id = a.household_id AND m.active))::int`.as(
        'held',
      ),
    ])
    .where('a.user_id', '=', actor.userId)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .executeTakeFirstOrThrow();
  return row.assigned - row.held;
}
