import type { Actor } from '@birge/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, EducationRecordsTable, LivelihoodRecordsTable } from '../../db/schema.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A visible, live person with what education and livelihood rules need; locked for writes. */
export function findRecordPerson(
  db: Executor,
  actor: Actor,
  personId: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.household_id', 'p.birth_date', consentsJson('p').as('consents')])
    .where('p.id', '=', personId)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (options.forUpdate) query = query.forUpdate(['p']);
  return query.executeTakeFirst();
}
export type RecordPerson = NonNullable<Awaited<ReturnType<typeof findRecordPerson>>>;

export type EducationRow = Selectable<EducationRecordsTable> & { recorded_by_name: string | null };
export type LivelihoodRow = Selectable<LivelihoodRecordsTable> & {
  recorded_by_name: string | null;
};

/** A person's live education entries, oldest first. */
export function educationOf(db: Executor, personId: string): Promise<EducationRow[]> {
  return db
    .selectFrom('education_records as e')
    .leftJoin('users as u', 'u.id', 'e.recorded_by')
    .selectAll('e')
    .select('u.display_name as recorded_by_name')
    .where('e.person_id', '=', personId)
    .where('e.deleted_at', 'is', null)
    .orderBy('e.on_date')
    .orderBy('e.created_at')
    .execute();
}

/** A person's live livelihood records, newest first. */
export function livelihoodOf(db: Executor, personId: string): Promise<LivelihoodRow[]> {
  return db
    .selectFrom('livelihood_records as l')
    .leftJoin('users as u', 'u.id', 'l.recorded_by')
    .selectAll('l')
    .select('u.display_name as recorded_by_name')
    .where('l.person_id', '=', personId)
    .where('l.deleted_at', 'is', null)
    .orderBy('l.recorded_on', 'desc')
    .orderBy('l.created_at', 'desc')
    .execute();
}

export async function idTaken(
  db: Executor,
  table: 'education_records' | 'livelihood_records',
  id: string,
): Promise<boolean> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function insertEducation(
  trx: Transaction<DB>,
  values: {
    id: string;
    person_id: string;
    household_id: string;
    kind: EducationRecordsTable['kind'];
    on_date: string;
    status: EducationRecordsTable['status'];
    details: Record<string, unknown>;
    recorded_by: string;
  },
): Promise<void> {
  await trx
    .insertInto('education_records')
    .values({ ...values, details: JSON.stringify(values.details) })
    .execute();
}

export async function insertLivelihood(
  trx: Transaction<DB>,
  values: {
    id: string;
    person_id: string;
    household_id: string;
    recorded_on: string;
    work_status: LivelihoodRecordsTable['work_status'];
    details: Record<string, unknown>;
    recorded_by: string;
  },
): Promise<void> {
  await trx
    .insertInto('livelihood_records')
    .values({ ...values, details: JSON.stringify(values.details) })
    .execute();
}

/** Soft-deletes a live entry of the person; the new revision, or null when there is none. */
export async function removeEntry(
  trx: Transaction<DB>,
  table: 'education_records' | 'livelihood_records',
  personId: string,
  id: string,
  userId: string,
): Promise<number | null> {
  const row = await trx
    .updateTable(table)
    .set({ deleted_at: new Date(), deleted_by: userId, updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .returning('rev')
    .executeTakeFirst();
  return row?.rev ?? null;
}

/**
 * The status in force today of a person, for member lists: the latest live status entry not after
 * today (one correlated subquery per member row, served by education_records_status_idx).
 */
export function currentStatusSql(person = 'p') {
  return sql<string | null>`(SELECT e.status FROM education_records e
    WHERE e.person_id = ${sql.ref(`${person}.id`)} AND e.kind = 'status'
      AND e.deleted_at IS NULL AND e.on_date <= (now() AT TIME ZONE 'Asia/Almaty')::date
    ORDER BY e.on_date DESC, e.created_at DESC LIMIT 1)`;
}

/** What a pull needs besides the entry: whether its person and household are live, and consent. */
const pullFields = [
  'p.birth_date',
  'p.deleted_at as person_deleted_at',
  'h.deleted_at as household_deleted_at',
] as const;

/** Education entries by id, deleted ones included, for a pull. */
export function educationByIds(db: Executor, ids: string[]) {
  return db
    .selectFrom('education_records as e')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .leftJoin('users as u', 'u.id', 'e.recorded_by')
    .selectAll('e')
    .select('u.display_name as recorded_by_name')
    .select([...pullFields, consentsJson('p').as('consents')])
    .where('e.id', 'in', ids)
    .execute();
}

/** Livelihood records by id, deleted ones included, for a pull. */
export function livelihoodByIds(db: Executor, ids: string[]) {
  return db
    .selectFrom('livelihood_records as l')
    .innerJoin('persons as p', 'p.id', 'l.person_id')
    .innerJoin('households as h', 'h.id', 'l.household_id')
    .leftJoin('users as u', 'u.id', 'l.recorded_by')
    .selectAll('l')
    .select('u.display_name as recorded_by_name')
    .select([...pullFields, consentsJson('p').as('consents')])
    .where('l.id', 'in', ids)
    .execute();
}

/** The person a live or removed entry belongs to (a removal names only the entry). */
export async function personOfEntry(
  db: Executor,
  table: 'education_records' | 'livelihood_records',
  id: string,
): Promise<string | null> {
  const row = await db
    .selectFrom(table)
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}
