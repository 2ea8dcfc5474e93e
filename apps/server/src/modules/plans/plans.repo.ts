import type { Actor } from '@birge/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, PlansTable, PlanVersionsTable } from '../../db/schema.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';
import type { ListPosition } from '../assessments/assessments.repo.js';

export type Executor = Kysely<DB> | Transaction<DB>;
export type PlanRow = Selectable<PlansTable>;
export type PlanValues = Omit<
  PlanRow,
  'rev' | 'created_at' | 'updated_at' | 'deleted_at' | 'sync_tx' | 'sync_seq'
>;
export type PlanChange = Omit<PlanValues, 'id' | 'person_id' | 'household_id' | 'created_by'>;

/**
 * Plans with what showing them needs: the author's name, and the person's birth date and
 * consents (a plan is shown only under the person's valid consent to registration).
 */
function records(db: Executor) {
  return db
    .selectFrom('plans as pl')
    .innerJoin('persons as p', 'p.id', 'pl.person_id')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .leftJoin('users as u', 'u.id', 'pl.created_by')
    .selectAll('pl')
    .select([
      'u.display_name as created_by_name',
      'p.birth_date',
      'p.deleted_at as person_deleted_at',
      'h.place_code',
      'h.deleted_at as household_deleted_at',
      consentsJson('p').as('consents'),
      sql<string>`pl.created_at::text`.as('created_at_text'),
    ]);
}

export type PlanRecord = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** A live plan of a live person the actor may see. */
export function findPlan(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = records(db)
    .where('pl.id', '=', id)
    .where('pl.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (options.forUpdate) query = query.forUpdate(['pl']);
  return query.executeTakeFirst();
}

/** Plans by id whatever their state (a sync page decides what a device may hold). */
export function plansByIds(db: Executor, ids: string[]) {
  return records(db).where('pl.id', 'in', ids).execute();
}

export async function planExists(db: Executor, id: string): Promise<boolean> {
  const row = await db.selectFrom('plans').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** A page of the persons' live plans, newest period first. */
export function listPlans(
  db: Executor,
  actor: Actor,
  filter: { personIds: string[]; after?: ListPosition | undefined; limit: number },
) {
  let query = records(db)
    .where('pl.person_id', 'in', filter.personIds)
    .where('pl.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .orderBy('pl.starts_on', 'desc')
    .orderBy('pl.created_at', 'desc')
    .orderBy('pl.id', 'desc')
    .limit(filter.limit);
  const after = filter.after;
  if (after)
    query = query.where(
      sql<boolean>`(pl.starts_on, pl.created_at, pl.id) < (${after.on}::date, ${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  return query.execute();
}

const jsonColumns = (change: Pick<PlanChange, 'goals' | 'assignments'>) => ({
  goals: JSON.stringify(change.goals),
  assignments: JSON.stringify(change.assignments),
});

export async function insertPlan(trx: Transaction<DB>, values: PlanValues): Promise<void> {
  await trx
    .insertInto('plans')
    .values({ ...values, ...jsonColumns(values) })
    .execute();
}

export async function updatePlan(
  trx: Transaction<DB>,
  id: string,
  change: PlanChange,
): Promise<number> {
  const row = await trx
    .updateTable('plans')
    .set({ ...change, ...jsonColumns(change), updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .returning('rev')
    .executeTakeFirstOrThrow();
  return row.rev;
}

export type PlanVersionRow = Selectable<PlanVersionsTable> & { changed_by_name: string | null };

export async function insertPlanVersion(
  trx: Transaction<DB>,
  version: Omit<Selectable<PlanVersionsTable>, 'changed_at'>,
): Promise<void> {
  await trx
    .insertInto('plan_versions')
    .values({ ...version, content: JSON.stringify(version.content) })
    .execute();
}

export function planVersions(db: Executor, planId: string): Promise<PlanVersionRow[]> {
  return db
    .selectFrom('plan_versions as v')
    .leftJoin('users as u', 'u.id', 'v.changed_by')
    .selectAll('v')
    .select('u.display_name as changed_by_name')
    .where('v.plan_id', '=', planId)
    .orderBy('v.rev')
    .execute();
}

/** Ids of the plan's goals scored at a live review (their levels are fixed from then on). */
export async function reviewedGoalIds(db: Executor, planId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('plan_reviews')
    .select('goals')
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.flatMap((r) => r.goals.map((g) => g.goalId)));
}

/** Ids of the person's live assessments (goals may be made from them). */
export async function assessmentIdsOf(db: Executor, personId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('assessments')
    .select('id')
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}
