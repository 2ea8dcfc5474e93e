import pg from 'pg';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server used for the PostgreSQL tier: TEST_DATABASE_URL, or the local one CI starts. */
export function postgresAdminUrl(database?: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? DEFAULT_URL);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

export async function postgresAvailable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({
    connectionString: postgresAdminUrl(),
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `${postgresAdminUrl()}: ${(error as Error).message}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}
