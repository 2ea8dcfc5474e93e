import type { Actor } from '@birge/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, VisitsTable } from '../../db/schema.js';
import type { ListPosition } from '../assessments/assessments.repo.js';
import { visibleHouseholds } from '../registry/scope.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type VisitValues = Omit<
  Selectable<VisitsTable>,
  'rev' | 'created_at' | 'updated_at' | 'deleted_at' | 'sync_tx' | 'sync_seq'
>;
export type VisitChange = Omit<VisitValues, 'id' | 'household_id' | 'recorded_by'>;

function records(db: Executor) {
  return db
    .selectFrom('visits as v')
    .innerJoin('households as h', 'h.id', 'v.household_id')
    .leftJoin('users as u', 'u.id', 'v.recorded_by')
    .selectAll('v')
    .select([
      'u.display_name as recorded_by_name',
      'h.place_code',
      'h.deleted_at as household_deleted_at',
      sql<string>`v.created_at::text`.as('created_at_text'),
    ]);
}

export type VisitRecord = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

/** A live visit of a live household the actor may see. */
export function findVisit(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = records(db)
    .where('v.id', '=', id)
    .where('v.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (options.forUpdate) query = query.forUpdate(['v']);
  return query.executeTakeFirst();
}

export function visitsByIds(db: Executor, ids: string[]) {
  return records(db).where('v.id', 'in', ids).execute();
}

export async function visitExists(db: Executor, id: string): Promise<boolean> {
  const row = await db.selectFrom('visits').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** A page of a household's visits (or those concerning one person), newest first. */
export function listVisits(
  db: Executor,
  actor: Actor,
  filter: {
    householdId: string;
    personId?: string | undefined;
    after?: ListPosition | undefined;
    limit: number;
  },
) {
  let query = records(db)
    .where('v.household_id', '=', filter.householdId)
    .where('v.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .orderBy('v.id', 'desc')
    .limit(filter.limit);
  if (filter.personId)
    query = query.where(sql<boolean>`v.person_ids @> ARRAY[${filter.personId}]::text[]`);
  const after = filter.after;
  if (after)
    query = query.where(
      sql<boolean>`(v.visited_on, v.created_at, v.id) < (${after.on}::date, ${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  return query.execute();
}

/** What a visit may name: the household's members, plans, assessments and reviews. */
export async function householdFacts(db: Executor, householdId: string) {
  const ids = async (
    table: 'persons' | 'plans' | 'assessments' | 'plan_reviews',
  ): Promise<Set<string>> => {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('household_id', '=', householdId)
      .where('deleted_at', 'is', null)
      .execute();
    return new Set(rows.map((r) => r.id));
  };
  // One after another: inside a transaction the queries share one connection anyway.
  const members = await ids('persons');
  const plans = await ids('plans');
  const assessments = await ids('assessments');
  const reviews = await ids('plan_reviews');
  return { members, plans, assessments, reviews };
}

export async function insertVisit(trx: Transaction<DB>, values: VisitValues): Promise<void> {
  await trx.insertInto('visits').values(values).execute();
}

export async function updateVisit(
  trx: Transaction<DB>,
  id: string,
  change: VisitChange,
): Promise<number> {
  const row = await trx
    .updateTable('visits')
    .set({ ...change, updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .returning('rev')
    .executeTakeFirstOrThrow();
  return row.rev;
}
