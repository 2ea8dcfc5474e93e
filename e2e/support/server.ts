import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp, loadConfig, prepare, type Database } from '@birge/server';
import { freshDatabase } from '../../apps/server/src/test/harness.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');

export interface E2eServer {
  url: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** Builds the web app when it has not been built (npm ci builds it through `prepare`). */
function ensureWebBuilt(): void {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) return;
  execFileSync('npm', ['run', 'build', '-w', '@birge/web'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Birge as a new user gets it from `npm start`: the embedded database with the demo accounts and
 * data, serving the built web app, on a free port.
 */
export async function startBirge(): Promise<E2eServer> {
  ensureWebBuilt();
  const database = await freshDatabase('pglite');
  const config = {
    ...loadConfig({ BIRGE_MODE: 'demo', BIRGE_WEB_DIST: WEB_DIST }),
    port: 0,
    host: '127.0.0.1',
  };
  await prepare(database, config, () => undefined);
  const app = await buildApp({ database, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
