import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, engines } from '../test/harness.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

describe.each(engines())('migrations on %s', (engine) => {
  let database: Database | null = null;
  afterEach(async () => {
    await database?.close();
    database = null;
  });

  it('apply once; a second run changes nothing', async () => {
    database = await freshDatabase(engine);
    const report = await migrate(database);
    expect(report).toEqual({ applied: [], current: MIGRATIONS.at(-1)?.version });
  });

  it('refuse to run when an applied migration was edited', async () => {
    database = await freshDatabase(engine);
    const edited = MIGRATIONS.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(migrate(database, edited)).rejects.toThrow(/append-only/);
  });

  it('refuse to run an older Birge against a newer database', async () => {
    database = await freshDatabase(engine);
    await migrate(database, [...MIGRATIONS, { version: 999, name: 'future', sql: 'SELECT 1' }]);
    await expect(migrate(database)).rejects.toThrow(/upgrade Birge/);
  });
});
