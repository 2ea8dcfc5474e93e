import type { ActivityCard } from '@birge/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** What the printed plan shows besides the plan itself, in one query each. */

export function householdPersons(db: Kysely<DB>, householdId: string) {
  return db
    .selectFrom('persons')
    .select(['id', 'given_name', 'family_name', 'languages'])
    .where('household_id', '=', householdId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** The activity cards as the library holds them now (admins' edits included). */
export async function activityCards(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<Map<string, ActivityCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'version', 'data'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { ...(r.data as unknown as ActivityCard), id: r.id, version: r.version },
    ]),
  );
}

export function householdVisits(db: Kysely<DB>, householdId: string) {
  return db
    .selectFrom('visits')
    .select(['household_id', 'plan_id', 'person_ids', 'visited_on', 'next_visit_on'])
    .where('household_id', '=', householdId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** The worker who holds the household in their caseload, with their work phone. */
export function householdWorker(db: Kysely<DB>, householdId: string) {
  return db
    .selectFrom('caseload_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['u.display_name', 'u.phone'])
    .where('a.household_id', '=', householdId)
    .executeTakeFirst();
}
