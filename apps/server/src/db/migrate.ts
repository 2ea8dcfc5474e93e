import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from './database.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

const LOCK_KEY = 727_001; // arbitrary, constant: one migrator at a time across instances

function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

export interface MigrationReport {
  applied: number[];
  current: number;
}

/** Applies pending migrations in order, each in its own transaction. */
export async function migrate(
  database: Database,
  migrations = MIGRATIONS,
): Promise<MigrationReport> {
  const { db } = database;
  await database.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      const done = await conn
        .selectFrom('schema_migrations')
        .selectAll()
        .orderBy('version')
        .execute();
      const known = new Map(migrations.map((m) => [m.version, m]));
      for (const row of done) {
        const migration = known.get(row.version);
        if (!migration)
          throw new Error(
            `Database has migration ${row.version} that this version of Birge does not know; upgrade Birge.`,
          );
        if (checksum(migration) !== row.checksum)
          throw new Error(
            `Migration ${row.version} (${row.name}) was changed after it was applied; migrations are append-only.`,
          );
      }
      const appliedVersions = new Set(done.map((row) => row.version));
      const applied: number[] = [];
      for (const migration of migrations) {
        if (appliedVersions.has(migration.version)) continue;
        await conn.transaction().execute(async (trx) => {
          await sql.raw(migration.sql).execute(trx);
          await trx
            .insertInto('schema_migrations')
            .values({
              version: migration.version,
              name: migration.name,
              checksum: checksum(migration),
            })
            .execute();
        });
        applied.push(migration.version);
      }
      return { applied, current: Math.max(0, ...migrations.map((m) => m.version)) };
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
}
