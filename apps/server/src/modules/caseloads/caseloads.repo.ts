import { scopePrefixes, type Actor } from '@birge/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Puts a household in a user's caseload, taking it from whoever held it. */
export async function assignHousehold(
  db: Executor,
  householdId: string,
  userId: string,
  assignedBy: string | null,
): Promise<void> {
  await db
    .insertInto('caseload_assignments')
    .values({ household_id: householdId, user_id: userId, assigned_by: assignedBy })
    .onConflict((oc) =>
      oc.column('household_id').doUpdateSet({
        user_id: userId,
        assigned_by: assignedBy,
        assigned_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

export async function unassignHousehold(db: Executor, householdId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('caseload_assignments')
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function assignmentOf(db: Executor, householdId: string) {
  return db
    .selectFrom('caseload_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.household_id', 'a.assigned_at', 'u.id', 'u.display_name', 'u.username'])
    .where('a.household_id', '=', householdId)
    .executeTakeFirst();
}

/** A user who can hold a caseload, with the places they work in. */
export function caseloadHolder(db: Executor, userId: string) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.role',
      'u.display_name',
      'u.username',
      sql<
        string[]
      >`coalesce((SELECT array_agg(s.place_code) FROM user_scopes s WHERE s.user_id = u.id), '{}')`.as(
        'scopes',
      ),
    ])
    .where('u.id', '=', userId)
    .where('u.role', 'in', ['worker', 'supervisor'])
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Users (alias `u`) with at least one of their places inside the actor's: those a supervisor or
 * manager oversees.
 */
export function worksWithin(actor: Actor) {
  const prefixes = scopePrefixes(actor);
  if (prefixes.length === 0) return sql<boolean>`false`;
  return sql<boolean>`EXISTS (SELECT 1 FROM user_scopes s WHERE s.user_id = u.id AND (${sql.join(
    prefixes.map((p) => sql`s.place_code LIKE ${`${p}%`}`),
    sql` OR `,
  )}))`;
}

/**
 * Workers and supervisors who work somewhere inside the actor's places, with the number of live
 * households assigned to each.
 */
export function holdersInScope(db: Executor, actor: Actor) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.display_name',
      'u.username',
      'u.role',
      sql<number>`(SELECT count(*)::int FROM caseload_assignments a
        JOIN households h ON h.id = a.household_id AND h.deleted_at IS NULL
        WHERE a.user_id = u.id)`.as('households'),
    ])
    .where('u.role', 'in', ['worker', 'supervisor'])
    .where('u.disabled_at', 'is', null)
    .where(worksWithin(actor))
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

/** Ids of the live households assigned to a user, newest household first, before a cursor id. */
export function caseloadHouseholdIds(
  db: Executor,
  userId: string,
  options: { beforeId: string | undefined; limit: number },
) {
  let query = db
    .selectFrom('caseload_assignments as a')
    .innerJoin('households as h', 'h.id', 'a.household_id')
    .select('a.household_id')
    .where('a.user_id', '=', userId)
    .where('h.deleted_at', 'is', null);
  if (options.beforeId) query = query.where('a.household_id', '<', options.beforeId);
  return query.orderBy('a.household_id', 'desc').limit(options.limit).execute();
}
