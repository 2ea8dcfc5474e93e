import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Role } from '@birge/domain';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database, type DatabaseKind } from '../db/database.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { postgresAdminUrl } from './postgres.js';

/** Engines the integration tier runs on: PGlite always, PostgreSQL when a server answers. */
export function engines(): DatabaseKind[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh database, migrated and with the KATO classifier, copied from the run's template. */
export async function freshDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    const tar = await readFile(inject('pgliteTemplate'));
    return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([tar]) });
  }
  const template = inject('postgresTemplate');
  if (!template) throw new Error('PostgreSQL tier requested without a template');
  const name = `birge_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url: postgresAdminUrl(), poolSize: 1 });
  await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.close();
  const database = await openDatabase({ url: postgresAdminUrl(name), poolSize: 10 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = await openDatabase({ url: postgresAdminUrl(), poolSize: 1 });
      await dropper.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.close();
    },
  };
}

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;

export interface TestUser {
  id: string;
  username: string;
  cookie: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Creates an account and signs it in. */
  user(
    username: string,
    role: Role,
    scopes?: string[],
    extra?: { householdId?: string },
  ): Promise<TestUser>;
  /** POSTs `payload` as `user` and asserts 201 Created; returns the created record. */
  created<T = Record<string, unknown>>(user: TestUser, url: string, payload: unknown): Promise<T>;
  /** A request as `user` (or anonymous), JSON by default. */
  request(user: TestUser | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await freshDatabase(kind);
  const config = loadConfig({ BIRGE_MODE: 'production', ...env });
  const app = await buildApp({ database, config, verifyResponses: true });

  async function request(user: TestUser | null, options: InjectOptions) {
    const headers = { ...(user ? { cookie: user.cookie } : {}), ...(options.headers ?? {}) };
    return app.inject({ ...options, headers });
  }

  return {
    app,
    database,
    config,
    request,
    async created<T>(user: TestUser, url: string, payload: unknown): Promise<T> {
      return expectStatus<T>(
        await request(user, { method: 'POST', url, payload: payload as Record<string, unknown> }),
        201,
      );
    },
    async user(username, role, scopes = [], extra = {}) {
      const id = await app.services.users.create(
        null,
        {
          username,
          displayName: `Test ${username}`,
          password: TEST_PASSWORD,
          role,
          scopes,
          language: 'kk',
          householdId: extra.householdId ?? null,
          organizationId: null,
        },
        { passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)) },
      );
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: TEST_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'birge_session');
      if (!cookie) throw new Error('no session cookie');
      return { id, username, cookie: `birge_session=${cookie.value}` };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Asserts the response status (showing the body when it differs) and returns the JSON body. */
export function expectStatus<T = Record<string, unknown>>(
  res: LightMyRequestResponse,
  status: number,
): T {
  if (res.statusCode !== status)
    throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return (res.body ? res.json() : null) as T;
}
