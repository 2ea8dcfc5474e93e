import { parentCandidates, searchKey } from '@birge/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, PlacesTable } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Escapes LIKE wildcards in user text. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
const BATCH = 1000;

export function versionBySha(db: Executor, sha256: string) {
  return db
    .selectFrom('place_classifier_versions')
    .selectAll()
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export function latestVersion(db: Executor) {
  return db
    .selectFrom('place_classifier_versions')
    .selectAll()
    .orderBy('imported_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function upsertPlaces(
  trx: Transaction<DB>,
  rows: PlacesTable[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto('places')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          parent_code: eb.ref('excluded.parent_code'),
          level: eb.ref('excluded.level'),
          locality_type: eb.ref('excluded.locality_type'),
          name_kk_official: eb.ref('excluded.name_kk_official'),
          name_ru_official: eb.ref('excluded.name_ru_official'),
          name_kk: eb.ref('excluded.name_kk'),
          name_ru: eb.ref('excluded.name_ru'),
          name_en: eb.ref('excluded.name_en'),
          search_text: eb.ref('excluded.search_text'),
          classifier_version: eb.ref('excluded.classifier_version'),
          retired_in: null,
        })),
      )
      .execute();
    onProgress?.(Math.min(i + BATCH, rows.length), rows.length);
  }
}

/** Marks places the new edition no longer lists; they stay, because records may refer to them. */
export async function retireMissing(trx: Transaction<DB>, version: string): Promise<number> {
  const result = await trx
    .updateTable('places')
    .set({ retired_in: version })
    .where('classifier_version', '<>', version)
    .where('retired_in', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export type PlaceRow = Pick<
  PlacesTable,
  'code' | 'parent_code' | 'level' | 'name_kk' | 'name_ru' | 'name_en' | 'retired_in'
>;
const PLACE_COLUMNS = [
  'code',
  'parent_code',
  'level',
  'name_kk',
  'name_ru',
  'name_en',
  'retired_in',
] as const;

export function findPlace(db: Executor, code: string): Promise<PlaceRow | undefined> {
  return db.selectFrom('places').select(PLACE_COLUMNS).where('code', '=', code).executeTakeFirst();
}

/** The places and all their ancestors, in one query. */
export async function findWithAncestors(
  db: Executor,
  codes: Iterable<string>,
): Promise<Map<string, PlaceRow>> {
  const wanted = new Set<string>();
  for (const code of codes) {
    wanted.add(code);
    for (const parent of parentCandidates(code)) wanted.add(parent);
  }
  if (wanted.size === 0) return new Map();
  const rows = await db
    .selectFrom('places')
    .select(PLACE_COLUMNS)
    .where('code', 'in', [...wanted])
    .execute();
  return new Map(rows.map((row) => [row.code, row]));
}

export function childrenOf(
  db: Executor,
  parent: string | null,
  orderColumn: 'name_kk' | 'name_ru' | 'name_en',
) {
  let query = db.selectFrom('places').select(PLACE_COLUMNS).where('retired_in', 'is', null);
  query =
    parent === null
      ? query.where('parent_code', 'is', null)
      : query.where('parent_code', '=', parent);
  return query
    .orderBy(sql`coalesce(${sql.ref(orderColumn)}, name_kk)`)
    .orderBy('code')
    .execute();
}

export function searchPlaces(
  db: Executor,
  q: string,
  prefixes: string[] | null,
  minLevel: number,
  limit: number,
) {
  let query = db
    .selectFrom('places')
    .select(PLACE_COLUMNS)
    .where('retired_in', 'is', null)
    .where('level', '>=', minLevel)
    .where('search_text', 'like', `%${escapeLike(searchKey(q))}%`);
  if (prefixes) {
    if (prefixes.length === 0) return Promise.resolve([]);
    query = query.where((eb) => eb.or(prefixes.map((p) => eb('code', 'like', `${p}%`))));
  }
  return query
    .orderBy(sql`CASE WHEN search_text LIKE ${`${escapeLike(searchKey(q))}%`} THEN 0 ELSE 1 END`)
    .orderBy('level')
    .orderBy('name_kk')
    .limit(limit)
    .execute();
}
