import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '@birge/server';
import { sql } from 'kysely';

/** Where benchmarks keep their data: a fresh PostgreSQL database, or a temporary PGlite directory. */

export type Engine = 'postgres' | 'pglite';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function parseEngine(value: string | undefined): Engine {
  if (value === undefined || value === 'postgres' || value === 'pglite') return value ?? 'postgres';
  throw new Error(`--engine must be postgres or pglite, got "${value}"`);
}

/** The PostgreSQL server: BENCH_DATABASE_URL, or the local one. */
export function postgresUrl(database?: string): string {
  const url = new URL(process.env.BENCH_DATABASE_URL || DEFAULT_POSTGRES_URL);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export async function postgresVersion(url: string): Promise<string> {
  const admin = await openDatabase({ url, poolSize: 1 });
  try {
    const { rows } = await sql<{ server_version: string }>`SHOW server_version`.execute(admin.db);
    return rows[0]?.server_version ?? 'unknown';
  } finally {
    await admin.close();
  }
}

export interface BenchStore {
  engine: Engine;
  /** For PostgreSQL the connection string of the fresh database; for PGlite undefined. */
  databaseUrl: string | undefined;
  /** For PGlite the data directory; for PostgreSQL a scratch directory. */
  dataDir: string;
  open(poolSize?: number): Promise<Database>;
  /** Drops the database and removes the directory (unless `keep`). */
  dispose(keep?: boolean): Promise<void>;
}

const NAME_PATTERN = /^[a-z_][a-z0-9_]*$/;

/** A fresh, empty store; for PostgreSQL the database `name` is dropped first if it exists. */
export async function createStore(engine: Engine, name: string): Promise<BenchStore> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${name}-`));
  if (engine === 'pglite') {
    const pgliteDir = path.join(dataDir, 'pglite');
    return {
      engine,
      databaseUrl: undefined,
      dataDir,
      open: () => openDatabase({ dataDir: pgliteDir }),
      dispose: async (keep = false) => {
        if (!keep) await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!NAME_PATTERN.test(name)) throw new Error(`bad database name ${name}`);
  const admin = await openDatabase({ url: postgresUrl(), poolSize: 1 });
  try {
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const databaseUrl = postgresUrl(name);
  return {
    engine,
    databaseUrl,
    dataDir,
    open: (poolSize) => openDatabase({ url: databaseUrl, poolSize }),
    dispose: async (keep = false) => {
      await rm(dataDir, { recursive: true, force: true });
      if (keep) return;
      const dropper = await openDatabase({ url: postgresUrl(), poolSize: 1 });
      try {
        await dropper.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.close();
      }
    },
  };
}
