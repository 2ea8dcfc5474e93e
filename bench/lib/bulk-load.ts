import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '@birge/server';
import { refreshSearchText } from '../../apps/server/src/modules/households/households.repo.js';
import type { DistrictData, Settlement } from './district-data.js';
import { REPO_ROOT } from './report.js';

/** Bulk loading of a generated district through Kysely: batched multi-row INSERTs, one transaction. */

export const KATO_FILE = path.join(REPO_ROOT, 'apps/server/assets/kato_2026-07-17.csv');

/**
 * The settlements of a district as the bundled KATO classifier lists them (the `settlement` rows
 * whose code starts with the district's region and district digits), with the names the database
 * holds for them; the district town (lowest code) first.
 */
export async function districtSettlements(
  db: Database['db'],
  district: string,
): Promise<Settlement[]> {
  const lines = (await readFile(KATO_FILE, 'utf8')).split(/\r?\n/);
  const prefix = district.slice(0, 4);
  // The code is the first column and the level the last: a quoted name with commas cannot shift them.
  const codes = lines
    .map((line) => line.split(','))
    .filter((cells) => cells[0]?.startsWith(prefix) && cells.at(-1)?.trim() === 'settlement')
    .map((cells) => cells[0] as string)
    .sort();
  if (codes.length === 0) throw new Error(`no settlements of district ${district} in ${KATO_FILE}`);
  const rows = await db
    .selectFrom('places')
    .select(['code', 'name_kk', 'name_ru', 'name_en'])
    .where('code', 'in', codes)
    .where('retired_in', 'is', null)
    .orderBy('code')
    .execute();
  if (rows.length !== codes.length)
    throw new Error(`the database knows ${rows.length} of ${codes.length} settlements`);
  return rows;
}

async function insertBatches<T>(
  rows: T[],
  batchSize: number,
  insert: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) await insert(rows.slice(i, i + batchSize));
}

/** Inserts the district in one transaction; returns the time it took in milliseconds. */
export async function bulkLoad(database: Database, data: DistrictData): Promise<number> {
  const started = performance.now();
  // PostgreSQL allows 65,535 bind parameters per statement: persons have 28 columns.
  const BATCH = 1000;
  await database.db.transaction().execute(async (trx) => {
    await insertBatches(data.households, BATCH, (b) =>
      trx.insertInto('households').values(b).execute(),
    );
    await insertBatches(data.persons, BATCH, (b) => trx.insertInto('persons').values(b).execute());
    await insertBatches(data.caregivers, BATCH, (b) =>
      trx.insertInto('person_caregivers').values(b).execute(),
    );
    await insertBatches(data.consents, BATCH, (b) =>
      trx.insertInto('consents').values(b).execute(),
    );
  });
  // Fresh statistics, as autovacuum would gather them on a database that has been running a while.
  await database.exec('VACUUM ANALYZE');
  return performance.now() - started;
}

class Rollback extends Error {}

/** The words of a search text, sorted: the order of members follows the table's physical order. */
const words = (text: string) => text.split(' ').sort().join(' ');

/**
 * Recomputes the search text of `ids` with the server's own refreshSearchText and compares it with
 * what the bulk load wrote; the recomputation is rolled back. refreshSearchText lists members in the
 * order the table returns them (physical order, which need not be insertion order), so the texts
 * must hold the same words and start with the same address and place. Returns the ids that differ.
 */
export async function checkSearchText(
  database: Database,
  ids: string[],
  prefixes: Map<string, string>,
): Promise<string[]> {
  const differing: string[] = [];
  try {
    await database.db.transaction().execute(async (trx) => {
      for (const id of ids) {
        const select = () =>
          trx
            .selectFrom('households')
            .select('search_text')
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
        const written = (await select()).search_text;
        await refreshSearchText(trx, id);
        const recomputed = (await select()).search_text;
        const prefix = prefixes.get(id) ?? '';
        if (
          words(written) !== words(recomputed) ||
          !written.startsWith(prefix) ||
          !recomputed.startsWith(prefix)
        )
          differing.push(id);
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return differing;
}
