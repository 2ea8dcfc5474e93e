import type { Selectable, Transaction } from 'kysely';
import type { DB, PlanReviewsTable } from '../../db/schema.js';
import { consentsJson } from '../registry/consent-visibility.js';
import type { Executor } from './plans.repo.js';

export type ReviewValues = Omit<
  Selectable<PlanReviewsTable>,
  'rev' | 'created_at' | 'updated_at' | 'deleted_at' | 'sync_tx' | 'sync_seq'
>;

/** Reviews with the reviewer's name and what deciding whether to show them needs. */
function records(db: Executor) {
  return db
    .selectFrom('plan_reviews as r')
    .innerJoin('plans as pl', 'pl.id', 'r.plan_id')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .leftJoin('users as u', 'u.id', 'r.reviewed_by')
    .selectAll('r')
    .select([
      'u.display_name as reviewed_by_name',
      'pl.deleted_at as plan_deleted_at',
      'pl.status as plan_status',
      'pl.closed_on as plan_closed_on',
      'p.birth_date',
      consentsJson('p').as('consents'),
    ]);
}

export type ReviewRecord = Awaited<ReturnType<typeof reviewsOfPlan>>[number];

/** A plan's live reviews, oldest first (the T-score trend). */
export function reviewsOfPlan(db: Executor, planId: string) {
  return records(db)
    .where('r.plan_id', '=', planId)
    .where('r.deleted_at', 'is', null)
    .orderBy('r.reviewed_on')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

/** Reviews by id whatever their state (a sync page decides what a device may hold). */
export function reviewsByIds(db: Executor, ids: string[]) {
  return records(db).where('r.id', 'in', ids).execute();
}

export async function reviewExists(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('plan_reviews')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertReview(trx: Transaction<DB>, values: ReviewValues): Promise<void> {
  await trx
    .insertInto('plan_reviews')
    .values({ ...values, goals: JSON.stringify(values.goals) })
    .execute();
}
