import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { syncBuiltinActivities } from '../modules/activities/activities.seed.js';
import { BUNDLED_CLASSIFIER, importPlaces } from '../modules/places/places.import.js';
import { postgresAdminUrl, postgresAvailable } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
    postgresSkipReason: string | null;
  }
}

/**
 * Prepares each database engine once per run — migrated, with the activity library and the KATO
 * classifier loaded — so every test file can start from a fresh copy in milliseconds: a PGlite
 * data-directory dump, and a PostgreSQL template database (TEST_DATABASE_URL, else the local
 * server).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'birge-test-'));
  const pglite = await openDatabase({ dataDir: 'memory://' });
  await migrate(pglite);
  await syncBuiltinActivities(pglite.db);
  await importPlaces(pglite.db, BUNDLED_CLASSIFIER);
  const dumpFile = path.join(dir, 'pglite.tar');
  await writeFile(dumpFile, Buffer.from(await (await pglite.dump()).arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplate', dumpFile);

  const available = await postgresAvailable();
  let template: string | null = null;
  if (available.ok) {
    template = `birge_tpl_${process.pid}_${Date.now()}`;
    const admin = await openDatabase({ url: postgresAdminUrl(), poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${template}`);
    await admin.close();
    const pg = await openDatabase({ url: postgresAdminUrl(template), poolSize: 2 });
    await migrate(pg);
    await syncBuiltinActivities(pg.db);
    await importPlaces(pg.db, BUNDLED_CLASSIFIER);
    await pg.close();
  } else if (process.env.CI) {
    throw new Error(`PostgreSQL is required in CI but not reachable: ${available.reason}`);
  } else {
    console.warn(`\n[birge] PostgreSQL tier did NOT run: ${available.reason}\n`);
  }
  project.provide('postgresTemplate', template);
  project.provide('postgresSkipReason', available.ok ? null : available.reason);

  return async () => {
    await rm(dir, { recursive: true, force: true });
    if (template) {
      const admin = await openDatabase({ url: postgresAdminUrl(), poolSize: 1 });
      const leftovers = await sql<{
        datname: string;
      }>`SELECT datname FROM pg_database WHERE datname LIKE ${`birge_t%_${process.pid}_%`}`.execute(
        admin.db,
      );
      for (const { datname } of leftovers.rows)
        await admin.exec(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      await admin.close();
    }
  };
}
