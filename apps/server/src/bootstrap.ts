import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import {
  describeBuiltinSync,
  syncBuiltinActivities,
} from './modules/activities/activities.seed.js';
import { BUNDLED_CLASSIFIER, importPlaces } from './modules/places/places.import.js';
import { latestVersion } from './modules/places/places.repo.js';
import { deleteExpiredSessions } from './modules/auth/auth.repo.js';
import { countUsers } from './modules/users/users.repo.js';
import { seedDemo } from './seed/demo.js';

export type Log = (message: string) => void;

/** The embedded database lives in `<BIRGE_DATA_DIR>/pglite`. */
export function connect(config: Config): Promise<Database> {
  return openDatabase({
    url: config.databaseUrl,
    dataDir: path.join(config.dataDir, 'pglite'),
    poolSize: config.dbPoolSize,
  });
}

/** Migrations, the bundled classifier on an empty database, and in demo mode the demo data. */
export async function prepare(database: Database, config: Config, log: Log): Promise<void> {
  const { applied } = await migrate(database);
  if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
  const library = describeBuiltinSync(await syncBuiltinActivities(database.db));
  if (library) log(`activity library: ${library}`);
  if (!(await latestVersion(database.db))) {
    const result = await importPlaces(database.db, BUNDLED_CLASSIFIER);
    log(`KATO classifier ${result.version} loaded: ${result.rows} places`);
  }
  await deleteExpiredSessions(database.db);
  const hasUsers = (await countUsers(database.db)) > 0;
  if (config.mode === 'demo' && !hasUsers) {
    const app = await buildApp({ database, config });
    const seeded = await seedDemo(database.db, app.services);
    await app.close();
    if (seeded)
      log(
        `demo data created: ${seeded.accounts} accounts, ${seeded.households} households (password birge-demo)`,
      );
  } else if (config.mode === 'production' && (await countUsers(database.db, { demo: true })) > 0) {
    log('production mode: demo accounts exist in this database and are refused at sign-in');
  }
}

export interface Running {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

export async function start(config: Config, log: Log): Promise<Running> {
  const database = await connect(config);
  await prepare(database, config, log);
  const app = await buildApp({ database, config, logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= app.close().then(() => database.close());
    return stopping;
  };
  return { app, database, url, stop };
}
