import { searchKey, todayIso, type Actor } from '@birge/domain';
import { sql, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { DB, HouseholdsTable } from '../../db/schema.js';
import { currentStatusSql } from '../education/education.repo.js';
import { escapeLike } from '../places/places.repo.js';
import { consentsJson, shownFamilyName } from '../registry/consent-visibility.js';
import { visibleHouseholds } from '../registry/scope.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type HouseholdRow = Selectable<HouseholdsTable>;
export type HouseholdValues = Omit<
  HouseholdRow,
  | 'rev'
  | 'created_at'
  | 'updated_at'
  | 'deleted_at'
  | 'created_by'
  | 'updated_by'
  | 'sync_tx'
  | 'sync_seq'
  | 'living_conditions'
> & {
  living_conditions: string;
};

export interface HouseholdListFilter {
  q?: string | undefined;
  beforeId?: string | undefined;
  limit: number;
}

export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];
export type HouseholdWithMembers = HouseholdRow & { members: MemberRow[] };

/**
 * The household's live members as a JSON array, oldest first: the rows `membersOf` gives, fetched
 * with the page in the same query (one round trip per page instead of two).
 */
function membersJson(household = 'h'): RawBuilder<MemberRow[]> {
  return sql<MemberRow[]>`coalesce((
    SELECT json_agg(json_build_object('id', p.id, 'household_id', p.household_id,
      'given_name', p.given_name, 'family_name', p.family_name, 'sex', p.sex,
      'birth_date', p.birth_date, 'relation_to_head', p.relation_to_head,
      'disability_status', p.disability_status, 'consents', ${consentsJson('p')},
      'education_status', ${currentStatusSql('p')}) ORDER BY p.id)
    FROM persons p
    WHERE p.household_id = ${sql.ref(`${household}.id`)} AND p.deleted_at IS NULL), '[]'::json)`;
}

/**
 * A page of visible households with their members, newest first (ids are UUIDv7, so id order is
 * creation order).
 */
export function listHouseholds(
  db: Executor,
  actor: Actor,
  filter: HouseholdListFilter,
): Promise<HouseholdWithMembers[]> {
  let query = db
    .selectFrom('households as h')
    .selectAll('h')
    .select(membersJson('h').as('members'))
    .where(visibleHouseholds(actor))
    .where('h.deleted_at', 'is', null)
    .orderBy('h.id', 'desc')
    .limit(filter.limit);
  if (filter.beforeId) query = query.where('h.id', '<', filter.beforeId);
  if (filter.q) {
    query = query.where('h.search_text', 'like', `%${escapeLike(searchKey(filter.q))}%`);
  }
  return query.execute();
}

export function findHousehold(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = db
    .selectFrom('households as h')
    .selectAll('h')
    .where('h.id', '=', id)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor));
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The visible, live households among `ids`, with their members. */
export function findHouseholds(
  db: Executor,
  actor: Actor,
  ids: string[],
): Promise<HouseholdWithMembers[]> {
  return db
    .selectFrom('households as h')
    .selectAll('h')
    .select(membersJson('h').as('members'))
    .where('h.id', 'in', ids)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .execute();
}

export function householdExists(db: Executor, id: string) {
  return db
    .selectFrom('households')
    .select(['id', 'deleted_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertHousehold(
  trx: Transaction<DB>,
  values: HouseholdValues,
  actorId: string,
): Promise<HouseholdRow> {
  return trx
    .insertInto('households')
    .values({ ...values, created_by: actorId, updated_by: actorId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateHousehold(
  trx: Transaction<DB>,
  id: string,
  values: Omit<HouseholdValues, 'id'>,
  actorId: string,
): Promise<HouseholdRow> {
  return trx
    .updateTable('households')
    .set({ ...values, updated_by: actorId, updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function softDeleteHousehold(
  trx: Transaction<DB>,
  id: string,
  actorId: string,
): Promise<{ household: HouseholdRow; members: { id: string; rev: number }[] }> {
  const now = new Date();
  const members = await trx
    .updateTable('persons')
    .set({ deleted_at: now, updated_at: now, updated_by: actorId, rev: sql`rev + 1` })
    .where('household_id', '=', id)
    .where('deleted_at', 'is', null)
    .returning(['id', 'rev'])
    .execute();
  const household = await trx
    .updateTable('households')
    .set({ deleted_at: now, updated_at: now, updated_by: actorId, rev: sql`rev + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { household, members };
}

/** Person summaries with their consents (for the consent status), as list pages show them. */
export function personSummaries(db: Executor) {
  return db
    .selectFrom('persons as p')
    .select([
      'p.id',
      'p.household_id',
      'p.given_name',
      'p.family_name',
      'p.sex',
      'p.birth_date',
      'p.relation_to_head',
      'p.disability_status',
      consentsJson('p').as('consents'),
      currentStatusSql('p').as('education_status'),
    ])
    .where('p.deleted_at', 'is', null);
}

/** Members of several households in one query (list pages), oldest first. */
export function membersOf(db: Executor, householdIds: string[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return personSummaries(db).where('p.household_id', 'in', householdIds).orderBy('p.id').execute();
}

/** Recomputes the text the household list searches: address, landmark, place and member names. */
export async function refreshSearchText(trx: Transaction<DB>, householdId: string): Promise<void> {
  const household = await trx
    .selectFrom('households as h')
    .innerJoin('places as pl', 'pl.code', 'h.place_code')
    .select(['h.address', 'h.landmark', 'pl.name_kk', 'pl.name_ru', 'pl.name_en'])
    .where('h.id', '=', householdId)
    .executeTakeFirstOrThrow();
  const members = await trx
    .selectFrom('persons as p')
    .select([
      'p.given_name',
      'p.family_name',
      'p.patronymic',
      'p.birth_date',
      consentsJson('p').as('consents'),
    ])
    .where('p.household_id', '=', householdId)
    .where('p.deleted_at', 'is', null)
    .execute();
  const today = todayIso();
  // Lower-casing happens here, not in SQL: lower() of Cyrillic depends on the database locale.
  const text = searchKey(
    [
      ...Object.values(household),
      // Family names and patronymics only of people whose consent allows them to be shown.
      ...members.flatMap((m) => {
        const family = shownFamilyName(m, today);
        return family ? [m.given_name, family, m.patronymic] : [m.given_name];
      }),
    ]
      .filter(Boolean)
      .join(' '),
  );
  await trx
    .updateTable('households')
    .set({ search_text: text })
    .where('id', '=', householdId)
    .execute();
}
