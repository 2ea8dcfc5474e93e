import { normalizeName, type Actor } from '@birge/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ConsentsTable, DB, PersonsTable } from '../../db/schema.js';
import { personSummaries } from '../households/households.repo.js';
import { escapeLike } from '../places/places.repo.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type PersonRow = Selectable<PersonsTable>;
export type ConsentRow = Selectable<ConsentsTable>;
export type PersonValues = Omit<
  PersonRow,
  | 'rev'
  | 'created_at'
  | 'updated_at'
  | 'deleted_at'
  | 'created_by'
  | 'updated_by'
  | 'sync_tx'
  | 'sync_seq'
>;

/** A visible, live person with their household's place. */
export function findPerson(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .selectAll('p')
    .select(['h.place_code'])
    .where('p.id', '=', id)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (options.forUpdate) query = query.forUpdate(['p']);
  return query.executeTakeFirst();
}

export function personExists(db: Executor, id: string) {
  return db.selectFrom('persons').select('id').where('id', '=', id).executeTakeFirst();
}

/** Live members of a household: id and birth date (for caregiver and representative checks). */
export function householdMembers(db: Executor, householdId: string) {
  return db
    .selectFrom('persons')
    .select(['id', 'given_name', 'family_name', 'birth_date'])
    .where('household_id', '=', householdId)
    .where('deleted_at', 'is', null)
    .execute();
}

export function findByIin(db: Executor, iin: string, exceptId?: string) {
  let query = db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'h.place_code', 'h.id as household_id'])
    .where('p.iin', '=', iin)
    .where('p.deleted_at', 'is', null);
  if (exceptId) query = query.where('p.id', '<>', exceptId);
  return query.executeTakeFirst();
}

/** People born on `birthDate` whose household lies within `placePrefix` (a district). */
export function sameBirthDateNearby(
  db: Executor,
  actor: Actor,
  birthDate: string,
  placePrefix: string,
  exceptId?: string,
) {
  let query = db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select([
      'p.id',
      'p.given_name',
      'p.family_name',
      'p.birth_date',
      'p.household_id',
      'h.address',
      consentsJson('p').as('consents'),
    ])
    .where('p.birth_date', '=', birthDate)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where('h.place_code', 'like', `${placePrefix}%`)
    .where(visibleHouseholds(actor));
  if (exceptId) query = query.where('p.id', '<>', exceptId);
  return query.limit(50).execute();
}

export async function insertPerson(
  trx: Transaction<DB>,
  values: PersonValues,
  actorId: string,
): Promise<PersonRow> {
  return trx
    .insertInto('persons')
    .values({ ...values, created_by: actorId, updated_by: actorId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updatePerson(
  trx: Transaction<DB>,
  id: string,
  values: Partial<Omit<PersonValues, 'id'>>,
  actorId: string,
): Promise<PersonRow> {
  return trx
    .updateTable('persons')
    .set({ ...values, updated_by: actorId, updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function softDeletePerson(
  trx: Transaction<DB>,
  id: string,
  actorId: string,
): Promise<PersonRow> {
  const now = new Date();
  return trx
    .updateTable('persons')
    .set({ deleted_at: now, updated_at: now, updated_by: actorId, rev: sql`rev + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface CaregiverValues {
  caregiver_id: string;
  relation: string;
  is_primary: boolean;
  is_legal_representative: boolean;
}

export async function replaceCaregivers(
  trx: Transaction<DB>,
  personId: string,
  links: CaregiverValues[],
): Promise<void> {
  await trx.deleteFrom('person_caregivers').where('person_id', '=', personId).execute();
  if (links.length)
    await trx
      .insertInto('person_caregivers')
      .values(links.map((l) => ({ ...l, person_id: personId })))
      .execute();
}

export function caregiversOf(db: Executor, personId: string) {
  return db
    .selectFrom('person_caregivers as c')
    .innerJoin('persons as p', 'p.id', 'c.caregiver_id')
    .select([
      'c.caregiver_id',
      'c.relation',
      'c.is_primary',
      'c.is_legal_representative',
      'p.given_name',
      'p.family_name',
      'p.birth_date',
      consentsJson('p').as('consents'),
    ])
    .where('c.person_id', '=', personId)
    .where('p.deleted_at', 'is', null)
    .orderBy('c.is_primary', 'desc')
    .execute();
}

export function consentsOf(db: Executor, personId: string): Promise<ConsentRow[]> {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('given_on', 'desc')
    .orderBy('id')
    .execute();
}

export function historyOf(db: Executor, personId: string) {
  return db
    .selectFrom('record_history as r')
    .leftJoin('users as u', 'u.id', 'r.actor_id')
    .select(['r.id', 'r.entity', 'r.op', 'r.rev', 'r.changed_fields', 'r.at', 'u.display_name'])
    .where('r.entity_id', '=', personId)
    .orderBy('r.id', 'desc')
    .limit(200)
    .execute();
}

/** Erases the values kept in a person's change history (consent withdrawn). */
export async function redactHistory(trx: Transaction<DB>, personId: string): Promise<void> {
  await trx
    .updateTable('record_history')
    .set({ snapshot: null })
    .where('entity_id', '=', personId)
    .execute();
}

export interface PersonListFilter {
  householdId?: string | undefined;
  q?: string | undefined;
  beforeId?: string | undefined;
  limit: number;
}

/** A page of visible people, newest first. */
export function listPersons(db: Executor, actor: Actor, filter: PersonListFilter) {
  let query = personSummaries(db)
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .orderBy('p.id', 'desc')
    .limit(filter.limit);
  if (filter.householdId) query = query.where('p.household_id', '=', filter.householdId);
  if (filter.beforeId) query = query.where('p.id', '<', filter.beforeId);
  if (filter.q)
    query = query.where('p.name_key', 'like', `%${escapeLike(normalizeName(filter.q))}%`);
  return query.execute();
}
