import type { Actor } from '@birge/domain';
import { sql, type Selectable, type Transaction } from 'kysely';
import type { DB, PracticeLogsTable } from '../../db/schema.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';
import type { Executor } from './plans.repo.js';

export type PracticeValues = Omit<
  Selectable<PracticeLogsTable>,
  'rev' | 'created_at' | 'updated_at' | 'deleted_at' | 'sync_tx' | 'sync_seq'
>;

/** Practice logs with the logger's name and what deciding whether to show them needs. */
function records(db: Executor) {
  return db
    .selectFrom('practice_logs as l')
    .innerJoin('plans as pl', 'pl.id', 'l.plan_id')
    .innerJoin('persons as p', 'p.id', 'l.person_id')
    .innerJoin('households as h', 'h.id', 'l.household_id')
    .leftJoin('users as u', 'u.id', 'l.logged_by')
    .selectAll('l')
    .select([
      'u.display_name as logged_by_name',
      'pl.deleted_at as plan_deleted_at',
      'pl.closed_on as plan_closed_on',
      'p.birth_date',
      'h.place_code',
      consentsJson('p').as('consents'),
    ]);
}

export type PracticeRecord = NonNullable<Awaited<ReturnType<typeof findPracticeLog>>>;

/** A live log in a household the actor may see. */
export function findPracticeLog(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = records(db)
    .where('l.id', '=', id)
    .where('l.deleted_at', 'is', null)
    .where('pl.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (options.forUpdate) query = query.forUpdate(['l']);
  return query.executeTakeFirst();
}

/** A plan's live logs, by day (optionally between two days). */
export function logsOfPlan(
  db: Executor,
  planId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
) {
  let query = records(db).where('l.plan_id', '=', planId).where('l.deleted_at', 'is', null);
  if (range.from) query = query.where('l.practiced_on', '>=', range.from);
  if (range.to) query = query.where('l.practiced_on', '<=', range.to);
  return query.orderBy('l.practiced_on').orderBy('l.created_at').orderBy('l.id').execute();
}

export function practiceLogsByIds(db: Executor, ids: string[]) {
  return records(db).where('l.id', 'in', ids).execute();
}

export async function practiceLogExists(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('practice_logs')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPracticeLog(
  trx: Transaction<DB>,
  values: PracticeValues,
): Promise<void> {
  await trx.insertInto('practice_logs').values(values).execute();
}

export async function updatePracticeLog(
  trx: Transaction<DB>,
  id: string,
  change: Pick<PracticeValues, 'result' | 'note'>,
): Promise<number> {
  const row = await trx
    .updateTable('practice_logs')
    .set({ ...change, updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .returning('rev')
    .executeTakeFirstOrThrow();
  return row.rev;
}
