import { ACTIVITY_CARDS, type ActivityCard } from '@birge/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { contentColumns, insertActivityVersions } from './activities.repo.js';

export interface BuiltinSync {
  /** Cards shipped for the first time. */
  inserted: number;
  /** Unedited cards whose newer shipped text replaced the old one. */
  updated: number;
  /** Unedited cards no longer shipped, now retired. */
  retired: number;
  /** Unedited cards shipped again after being retired. */
  restored: number;
}

/**
 * Writes Birge's own cards into the library (at start and by `birge migrate`; docs/decisions/0021):
 * - a card not in the table is added;
 * - an unedited card (`edited` false) is replaced when the shipped version is higher;
 * - a card an admin changed is never touched: their text wins over any later shipped text;
 * - an unedited card no longer shipped is retired (not deleted: plans may name it), and restored
 *   if it is shipped again; an admin's retirement or restoration is theirs to keep.
 * Idempotent and safe when several servers start at once (one statement per step, conflicts
 * resolved by the database). A run that changes nothing writes nothing.
 */
export async function syncBuiltinActivities(
  db: Kysely<DB>,
  cards: readonly ActivityCard[] = ACTIVITY_CARDS,
): Promise<BuiltinSync> {
  return db.transaction().execute(async (trx) => {
    const written =
      cards.length === 0
        ? []
        : await trx
            .insertInto('activities')
            .values(
              cards.map((card) => ({
                id: card.id,
                ...contentColumns(card),
                builtin_version: card.version,
              })),
            )
            .onConflict((oc) =>
              oc
                .column('id')
                .doUpdateSet((eb) => ({
                  version: eb.ref('excluded.version'),
                  category: eb.ref('excluded.category'),
                  min_months: eb.ref('excluded.min_months'),
                  max_months: eb.ref('excluded.max_months'),
                  data: eb.ref('excluded.data'),
                  builtin_version: eb.ref('excluded.builtin_version'),
                  updated_at: sql<Date>`now()`,
                  updated_by: null,
                }))
                .where('activities.edited', '=', false)
                .where('activities.builtin_version', 'is not', null)
                .where('activities.builtin_version', '<', (eb) =>
                  eb.ref('excluded.builtin_version'),
                ),
            )
            // xmax is 0 for a row this statement inserted, set for one it updated.
            .returning(['id', sql<boolean>`xmax = 0`.as('inserted')])
            .execute();
    const byId = new Map(cards.map((card) => [card.id, card]));
    await insertActivityVersions(
      trx,
      written.flatMap((row) => {
        const card = byId.get(row.id);
        return card ? [{ card, userId: null }] : [];
      }),
    );

    const shipped = sql<boolean>`(id = ANY(${cards.map((card) => card.id)}::text[]))`;
    const toggled = await trx
      .updateTable('activities')
      .set({ retired: sql<boolean>`NOT ${shipped}`, updated_at: sql<Date>`now()` })
      .where('edited', '=', false)
      .where('builtin_version', 'is not', null)
      .where(sql<boolean>`retired = ${shipped}`)
      .returning('retired')
      .execute();

    const inserted = written.filter((row) => row.inserted).length;
    return {
      inserted,
      updated: written.length - inserted,
      retired: toggled.filter((row) => row.retired).length,
      restored: toggled.filter((row) => !row.retired).length,
    };
  });
}

/** One line for the start-up log, or null when nothing changed. */
export function describeBuiltinSync(result: BuiltinSync): string | null {
  const parts = (Object.keys(result) as (keyof BuiltinSync)[])
    .filter((key) => result[key] > 0)
    .map((key) => `${result[key]} ${key}`);
  return parts.length ? parts.join(', ') : null;
}
