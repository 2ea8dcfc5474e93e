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
): Promise<{ ids: string[]; assigned: number }> {
  if (holdsCaseload(actor.role)) {
    const rows = await db
      .selectFrom('caseload_assignments as a')
      .innerJoin('households as h', 'h.id', 'a.household_id')
      // The whole caseload's size comes with the kept part: what the limit leaves off.
      .select(['a.household_id', sql<number>`(count(*) OVER ())::int`.as('assigned')])
      .where('a.user_id', '=', actor.userId)
      .where('h.deleted_at', 'is', null)
      .where(visibleHouseholds(actor))
      .orderBy('a.assigned_at', 'desc')
      .orderBy('a.household_id', 'desc')
      .limit(maxHouseholds)
      .execute();
    return { ids: rows.map((r) => r.household_id), assigned: rows[0]?.assigned ?? 0 };
  }
  if (registryAccess(actor.role) === 'own-household' && actor.householdId) {
    const row = await db
      .selectFrom('households')
      .select('id')
      .where('id', '=', actor.householdId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return row ? { ids: [row.id], assigned: 1 } : { ids: [], assigned: 0 };
  }
  return { ids: [], assigned: 0 };
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
): Promise<{ trimmed: number }> {
  const [device, held] = await Promise.all([
    deviceHouseholds(db, actor, maxHouseholds),
    db
      .selectFrom('sync_membership')
      .select('household_id')
      .where('user_id', '=', actor.userId)
      .where('active', '=', true)
      .execute(),
  ]);
  const wanted = device.ids;
  const trimmed = device.assigned - wanted.length;
  const heldIds = new Set(held.map((r) => r.household_id));
  const wantedIds = new Set(wanted);
  const arriving = wanted.filter((id) => !heldIds.has(id));
  const leaving = [...heldIds].filter((id) => !wantedIds.has(id));
  if (arriving.length === 0 && leaving.length === 0) return { trimmed };
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
  return { trimmed };
}
