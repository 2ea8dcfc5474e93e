import type { ActivityCard, ActivityCategory, CbrElementId } from '@birge/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ActivitiesTable, DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type ActivityRow = Selectable<ActivitiesTable>;

export interface ActivityFilter {
  category?: ActivityCategory | undefined;
  ageMonths?: number | undefined;
  element?: CbrElementId | undefined;
  /** true: only retired cards; false: only live ones; undefined: both. */
  retired?: boolean | undefined;
  /** The last id of the previous page. */
  after?: string | undefined;
  limit: number;
}

/** A page of cards in id order (which groups them by category). */
export function listActivities(db: Executor, filter: ActivityFilter) {
  let query = db.selectFrom('activities').selectAll().orderBy('id').limit(filter.limit);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.ageMonths !== undefined) {
    const age = filter.ageMonths;
    query = query
      .where('min_months', '<=', age)
      .where((eb) => eb.or([eb('max_months', 'is', null), eb('max_months', '>=', age)]));
  }
  if (filter.element)
    query = query.where(sql<boolean>`data -> 'elements' ? ${filter.element}::text`);
  if (filter.retired !== undefined) query = query.where('retired', '=', filter.retired);
  if (filter.after) query = query.where('id', '>', filter.after);
  return query.execute();
}

export function findActivity(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('activities').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** One stored version of a card's text, or undefined. */
export function findActivityVersion(db: Executor, id: string, version: number) {
  return db
    .selectFrom('activity_versions')
    .select(['data', 'created_at', 'created_by'])
    .where('activity_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Those of `ids` the library holds (retired cards too: plans that have them keep them). */
export async function knownActivityIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('activities')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The columns a card's content fills (category and ages copied out of it for the filters). */
export function contentColumns(card: ActivityCard) {
  return {
    version: card.version,
    category: card.category,
    min_months: card.ages.minMonths,
    max_months: card.ages.maxMonths,
    data: JSON.stringify(card),
  };
}

/** A card an admin adds; false when the id is taken. */
export async function insertActivity(
  trx: Transaction<DB>,
  card: ActivityCard,
  userId: string,
): Promise<boolean> {
  const row = await trx
    .insertInto('activities')
    .values({ id: card.id, ...contentColumns(card), builtin_version: null, updated_by: userId })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A new version of the text (`card.version` already the next one), or only `retired` changed. */
export async function updateActivity(
  trx: Transaction<DB>,
  card: ActivityCard,
  change: { retired: boolean; edited: boolean; userId: string },
): Promise<void> {
  await trx
    .updateTable('activities')
    .set({
      ...contentColumns(card),
      retired: change.retired,
      edited: change.edited,
      updated_by: change.userId,
      updated_at: new Date(),
    })
    .where('id', '=', card.id)
    .execute();
}

/** Keeps a version of a card's text (a version already kept stays as it is). */
export async function insertActivityVersions(
  trx: Executor,
  versions: readonly { card: ActivityCard; userId: string | null }[],
): Promise<void> {
  if (versions.length === 0) return;
  await trx
    .insertInto('activity_versions')
    .values(
      versions.map(({ card, userId }) => ({
        activity_id: card.id,
        version: card.version,
        data: JSON.stringify(card),
        created_by: userId,
      })),
    )
    .onConflict((oc) => oc.columns(['activity_id', 'version']).doNothing())
    .execute();
}
