import { mkdir } from 'node:fs/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Runs a script of several statements (migrations). */
  exec(script: string): Promise<void>;
  /** PGlite only: a tarball of the data directory, to clone a prepared database quickly in tests. */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` keeps everything in memory. */
  dataDir?: string | undefined;
  /** PGlite: start from a dump made by `dump()`. */
  loadDataDir?: Blob | undefined;
  /** PostgreSQL pool size. */
  poolSize?: number | undefined;
}

// Both engines return values the same way: dates as 'YYYY-MM-DD' strings (no time-zone shifts),
// bigints as numbers, timestamps as Date.
const DATE_OID = 1082;
const INT8_OID = 20;
const asIs = (value: string) => value;

const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return asIs;
    if (oid === INT8_OID) return Number;
    return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 20);
  return openPGlite(options.dataDir ?? 'memory://', options.loadDataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes });
  // An idle connection can be closed by the server (restart, failover, an administrator). The pool
  // drops it and opens another on demand; without a listener the event would crash the process.
  pool.on('error', (error) =>
    console.error(`birge: idle database connection closed: ${error.message}`),
  );
  // Fail fast with a clear message when the server is unreachable.
  const client = await pool.connect();
  client.release();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    exec: async (script) => {
      await sql.raw(script).execute(db);
    },
    dump: () => Promise.reject(new Error('dump() is only available on PGlite')),
    close: () => db.destroy(),
  };
}

async function openPGlite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  if (!dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    ...(loadDataDir ? { loadDataDir } : {}),
    // Trigram indexes for substring search (migration 0002).
    extensions: { pg_trgm },
    parsers: { [pgliteTypes.DATE]: asIs, [pgliteTypes.INT8]: Number },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    exec: async (script) => {
      await sql.raw(script).execute(db);
    },
    dump: () => pglite.dumpDataDir('none'),
    close: () => db.destroy(),
  };
}
