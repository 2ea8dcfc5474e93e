import { normalizeName, type Actor } from '@birge/domain';
import { sql, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
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

export type CaregiverRow = Awaited<ReturnType<typeof caregiversOf>>[number];

/** The person's caregivers as a JSON array: the rows `caregiversOf` gives, in the same order. */
function caregiversJson(person = 'p'): RawBuilder<CaregiverRow[]> {
  return sql<CaregiverRow[]>`coalesce((
    SELECT json_agg(json_build_object('caregiver_id', pc.caregiver_id, 'relation', pc.relation,
      'is_primary', pc.is_primary, 'is_legal_representative', pc.is_legal_representative,
      'given_name', cp.given_name, 'family_name', cp.family_name, 'birth_date', cp.birth_date,
      'consents', ${consentsJson('cp')}) ORDER BY pc.is_primary DESC)
    FROM person_caregivers pc INNER JOIN persons cp ON cp.id = pc.caregiver_id
    WHERE pc.person_id = ${sql.ref(`${person}.id`)} AND cp.deleted_at IS NULL), '[]'::json)`;
}

/**
 * A visible, live person with their household's place, caregivers and consents, in one query
 * (what `findPerson`, `caregiversOf` and `consentsOf` give together): one row per consent, newest
 * first, the person's columns repeated. `audited` (an audit append) runs in the same statement,
 * once, and only when the person is found.
 */
export async function findPersonRecord(
  db: Executor,
  actor: Actor,
  id: string,
  audited?: RawBuilder<void>,
) {
  const record = db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .leftJoin('consents as c', 'c.person_id', 'p.id')
    .selectAll('p')
    .select(['h.place_code', caregiversJson('p').as('caregivers')])
    .select([
      'c.id as consent_id',
      'c.given_by as consent_given_by',
      'c.representative_person_id as consent_representative_person_id',
      'c.representative_name as consent_representative_name',
      'c.representative_relation as consent_representative_relation',
      'c.scopes as consent_scopes',
      'c.method as consent_method',
      'c.given_on as consent_given_on',
      'c.expires_on as consent_expires_on',
      'c.withdrawn_on as consent_withdrawn_on',
      'c.withdrawal_reason as consent_withdrawal_reason',
      'c.document_ref as consent_document_ref',
      'c.recorded_by as consent_recorded_by',
      'c.withdrawn_by as consent_withdrawn_by',
      'c.created_at as consent_created_at',
      'c.updated_at as consent_updated_at',
    ])
    .where('p.id', '=', id)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  const rows = await db
    .with('record', () => record)
    // A CTE that calls a volatile function runs only when read: the join below reads it, and its
    // LIMIT makes the call once; on no record it has no row to call it for.
    .with('audited', (qc) =>
      qc
        .selectFrom('record')
        .select((audited ?? sql<void>`NULL`).as('done'))
        .limit(1),
    )
    .selectFrom('record')
    .innerJoin('audited', (join) => join.onTrue())
    .selectAll('record')
    .orderBy('record.consent_given_on', 'desc')
    .orderBy('record.consent_id')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const {
    caregivers,
    consent_id: _id,
    consent_given_by: _givenBy,
    consent_representative_person_id: _representativePersonId,
    consent_representative_name: _representativeName,
    consent_representative_relation: _representativeRelation,
    consent_scopes: _scopes,
    consent_method: _method,
    consent_given_on: _givenOn,
    consent_expires_on: _expiresOn,
    consent_withdrawn_on: _withdrawnOn,
    consent_withdrawal_reason: _withdrawalReason,
    consent_document_ref: _documentRef,
    consent_recorded_by: _recordedBy,
    consent_withdrawn_by: _withdrawnBy,
    consent_created_at: _createdAt,
    consent_updated_at: _updatedAt,
    ...person
  } = first;
  const consents = rows.flatMap((r): ConsentRow[] =>
    r.consent_id === null
      ? []
      : [
          {
            id: r.consent_id,
            person_id: r.id,
            // Not null in the table: null here only when the LEFT JOIN found no consent.
            given_by: r.consent_given_by as string,
            representative_person_id: r.consent_representative_person_id,
            representative_name: r.consent_representative_name,
            representative_relation: r.consent_representative_relation,
            scopes: r.consent_scopes as string[],
            method: r.consent_method as string,
            given_on: r.consent_given_on as string,
            expires_on: r.consent_expires_on as string,
            withdrawn_on: r.consent_withdrawn_on,
            withdrawal_reason: r.consent_withdrawal_reason,
            document_ref: r.consent_document_ref,
            recorded_by: r.consent_recorded_by,
            withdrawn_by: r.consent_withdrawn_by,
            created_at: r.consent_created_at as Date,
            updated_at: r.consent_updated_at as Date,
          },
        ],
  );
  return { person, caregivers, consents };
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

/** Caregivers of several persons at once (a sync page), each row naming whose caregiver it is. */
export function caregiversOfMany(db: Executor, personIds: string[]) {
  return db
    .selectFrom('person_caregivers as c')
    .innerJoin('persons as p', 'p.id', 'c.caregiver_id')
    .select([
      'c.person_id',
      'c.caregiver_id',
      'c.relation',
      'c.is_primary',
      'c.is_legal_representative',
      'p.given_name',
      'p.family_name',
      'p.birth_date',
      consentsJson('p').as('consents'),
    ])
    .where('c.person_id', 'in', personIds)
    .where('p.deleted_at', 'is', null)
    .orderBy('c.is_primary', 'desc')
    .execute();
}

export function caregiversOf(db: Executor, personId: string) {
  return caregiversOfMany(db, [personId]);
}

/** Consents of several persons, newest first per person. */
export function consentsOfMany(db: Executor, personIds: string[]): Promise<ConsentRow[]> {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('person_id', 'in', personIds)
    .orderBy('given_on', 'desc')
    .orderBy('id')
    .execute();
}

export function consentsOf(db: Executor, personId: string): Promise<ConsentRow[]> {
  return consentsOfMany(db, [personId]);
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
