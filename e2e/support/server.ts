import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** The newest modification time of the files under `dir` (recursively), in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * Builds the web app when its build is missing or older than its sources or the catalogues (npm ci
 * builds it through `prepare`; a developer who edited a page gets a fresh build, not a stale one).
 */
function ensureWebBuilt(): void {
  const index = path.join(WEB_DIST, 'index.html');
  const sources = Math.max(
    newest(path.join(ROOT, 'apps/web/src')),
    newest(path.join(ROOT, 'packages/domain/src')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // Vitest sets NODE_ENV=test, and Vite would then build React's development bundle without the
  // service worker registration (import.meta.env.PROD is false): build as `npm run build` does.
  execFileSync('npm', ['run', 'build', '-w', '@birge/web'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
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
  const app = await buildApp({ database, config, verifyResponses: true });
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
