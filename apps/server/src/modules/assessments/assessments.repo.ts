import type { Actor } from '@birge/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AssessmentsTable, DB } from '../../db/schema.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type AssessmentValues = Omit<
  AssessmentRow,
  'rev' | 'created_at' | 'updated_at' | 'deleted_at' | 'sync_tx' | 'sync_seq' | 'answers' | 'scores'
> & { answers: Record<string, number | string>; scores: Record<string, unknown> };

/** Where a list page ends: the last row's day, creation time (as the database writes it) and id. */
export interface ListPosition {
  on: string;
  at: string;
  id: string;
}

/**
 * Assessments with what showing them needs: the assessor's name, and the person's birth date and
 * consents (an assessment is shown only under valid consent to assessment).
 */
function records(db: Executor) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .leftJoin('users as u', 'u.id', 'a.assessed_by')
    .selectAll('a')
    .select([
      'u.display_name as assessed_by_name',
      'p.birth_date',
      'p.deleted_at as person_deleted_at',
      'h.place_code',
      consentsJson('p').as('consents'),
      sql<string>`a.created_at::text`.as('created_at_text'),
    ]);
}

export type AssessmentRecord = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

/** A live assessment of a live person the actor may see. */
export function findAssessment(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = records(db)
    .where('a.id', '=', id)
    .where('a.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (options.forUpdate) query = query.forUpdate(['a']);
  return query.executeTakeFirst();
}

/** Assessments by id whatever their state (a sync page decides what a device may hold). */
export function assessmentsByIds(db: Executor, ids: string[]) {
  return records(db).where('a.id', 'in', ids).execute();
}

export async function assessmentExists(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('assessments')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Visible live persons (one, or a household's) with their birth dates and consents. */
export function personsWithConsents(
  db: Executor,
  actor: Actor,
  filter: { personId?: string | undefined; householdId?: string | undefined },
) {
  let query = db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.birth_date', consentsJson('p').as('consents')])
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (filter.personId) query = query.where('p.id', '=', filter.personId);
  if (filter.householdId) query = query.where('p.household_id', '=', filter.householdId);
  return query.execute();
}

/** A page of the persons' live assessments, newest first (by day, then by when recorded). */
export function listAssessments(
  db: Executor,
  actor: Actor,
  filter: { personIds: string[]; after?: ListPosition | undefined; limit: number },
) {
  let query = records(db)
    .where('a.person_id', 'in', filter.personIds)
    .where('a.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(filter.limit);
  const after = filter.after;
  if (after)
    query = query.where(
      sql<boolean>`(a.assessed_on, a.created_at, a.id) < (${after.on}::date, ${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  return query.execute();
}

export async function insertAssessment(trx: Transaction<DB>, values: AssessmentValues) {
  await trx
    .insertInto('assessments')
    .values({
      ...values,
      answers: JSON.stringify(values.answers),
      scores: JSON.stringify(values.scores),
    })
    .execute();
}

export type AssessmentChange = Pick<
  AssessmentValues,
  'version' | 'assessed_on' | 'age_months' | 'answers' | 'scores' | 'status' | 'positive' | 'note'
>;

export async function updateAssessment(
  trx: Transaction<DB>,
  id: string,
  change: AssessmentChange,
): Promise<number> {
  const row = await trx
    .updateTable('assessments')
    .set({
      ...change,
      answers: JSON.stringify(change.answers),
      scores: JSON.stringify(change.scores),
      updated_at: new Date(),
      rev: sql`rev + 1`,
    })
    .where('id', '=', id)
    .returning('rev')
    .executeTakeFirstOrThrow();
  return row.rev;
}
