import { searchKey } from '@birge/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, OrganizationsTable } from '../../db/schema.js';
import { escapeLike } from '../places/places.repo.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type OrganizationRow = Selectable<OrganizationsTable> & { distance_km?: number | null };
export type OrganizationValues = Omit<
  Selectable<OrganizationsTable>,
  'rev' | 'created_at' | 'updated_at' | 'deleted_at' | 'created_by' | 'updated_by' | 'names'
> & { names: string };

export interface OrganizationFilter {
  q?: string | undefined;
  /** A KATO prefix: the place asked for and everything inside it. */
  placePrefix?: string | undefined;
  sector?: string | undefined;
  type?: string | undefined;
  element?: string | undefined;
  /** Every one of these features is required. */
  accessibility?: string[] | undefined;
  near?: { lat: number; lon: number } | undefined;
  offset: number;
  limit: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/**
 * A page of live organizations: nearest first (those without coordinates last) when `near` is
 * given, else by name. The name order is the search text's, which begins with the name folded
 * (Қ as к, Ә as а): the same in every database locale, and Kazakh letters sort among their
 * neighbours rather than after Я. The directory is small per district, so pages are offsets.
 */
export function listOrganizations(db: Executor, filter: OrganizationFilter) {
  let query = db
    .selectFrom('organizations as o')
    .selectAll('o')
    .where('o.deleted_at', 'is', null)
    .offset(filter.offset)
    .limit(filter.limit);
  if (filter.q)
    query = query.where('o.search_text', 'like', `%${escapeLike(searchKey(filter.q))}%`);
  if (filter.placePrefix)
    query = query.where('o.place_code', 'like', `${escapeLike(filter.placePrefix)}%`);
  if (filter.sector) query = query.where('o.sector', '=', filter.sector);
  if (filter.type) query = query.where('o.type', '=', filter.type);
  if (filter.element)
    query = query.where(sql<boolean>`o.services @> ARRAY[${filter.element}]::text[]`);
  if (filter.accessibility?.length)
    query = query.where(
      sql<boolean>`o.accessibility @> ARRAY[${sql.join(filter.accessibility)}]::text[]`,
    );
  const near = filter.near;
  if (!near)
    return query
      .select(sql<null>`NULL::double precision`.as('distance_km'))
      .orderBy(sql`o.search_text COLLATE "C"`)
      .orderBy('o.id')
      .execute();
  // Haversine: great-circle distance from `near`; NULL when the organization has no coordinates.
  const lat = sql`${near.lat}::double precision`;
  const lon = sql`${near.lon}::double precision`;
  // least() skips NULLs, so an organization without coordinates is caught before it.
  const distance = sql<number | null>`CASE WHEN o.latitude IS NULL THEN NULL
    ELSE 2 * ${sql.lit(EARTH_RADIUS_KM)}::double precision
    * asin(least(1, sqrt(power(sin(radians(o.latitude - ${lat}) / 2), 2)
      + cos(radians(${lat})) * cos(radians(o.latitude))
        * power(sin(radians(o.longitude - ${lon}) / 2), 2)))) END`;
  return query
    .select(distance.as('distance_km'))
    .orderBy(sql`distance_km ASC NULLS LAST`)
    .orderBy(sql`o.search_text COLLATE "C"`)
    .orderBy('o.id')
    .execute();
}

export function findOrganization(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Selectable<OrganizationsTable> | undefined> {
  let query = db
    .selectFrom('organizations as o')
    .selectAll('o')
    .where('o.id', '=', id)
    .where('o.deleted_at', 'is', null);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function organizationExists(db: Executor, id: string) {
  return db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst();
}

export function insertOrganization(
  trx: Transaction<DB>,
  values: OrganizationValues,
  actorId: string,
) {
  return trx
    .insertInto('organizations')
    .values({ ...values, created_by: actorId, updated_by: actorId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateOrganization(
  trx: Transaction<DB>,
  id: string,
  values: Omit<OrganizationValues, 'id'>,
  actorId: string,
) {
  return trx
    .updateTable('organizations')
    .set({ ...values, updated_by: actorId, updated_at: new Date(), rev: sql`rev + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function softDeleteOrganization(trx: Transaction<DB>, id: string, actorId: string) {
  const now = new Date();
  return trx
    .updateTable('organizations')
    .set({ deleted_at: now, updated_at: now, updated_by: actorId, rev: sql`rev + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The place's names in every language, for the search text. */
export function placeNames(db: Executor, code: string) {
  return db
    .selectFrom('places')
    .select(['name_kk', 'name_ru', 'name_en'])
    .where('code', '=', code)
    .executeTakeFirst();
}
