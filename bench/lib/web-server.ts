import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { REPO_ROOT } from './report.js';

/** The built server and web app as `npm start` runs them, on a free port, for browser benchmarks. */

const CLI = path.join(REPO_ROOT, 'apps/server/dist/cli.js');
const WEB_INDEX = path.join(REPO_ROOT, 'apps/web/dist/index.html');

async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Stops with a message when the build is missing; warns when sources are newer than it. */
export async function checkBuilt(): Promise<void> {
  for (const file of [CLI, WEB_INDEX]) {
    if (!existsSync(file)) {
      console.error(`${path.relative(REPO_ROOT, file)} is missing: run \`npm run build\` first.`);
      process.exit(1);
    }
  }
  const sources = Math.max(
    await newest(path.join(REPO_ROOT, 'apps/web/src')),
    await newest(path.join(REPO_ROOT, 'packages/domain/src')),
  );
  if (sources > statSync(WEB_INDEX).mtimeMs)
    console.warn('warning: web sources are newer than apps/web/dist; run `npm run build`');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/** `node apps/server/dist/cli.js start` in demo mode on a fresh data directory. */
export async function startServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'birge-bench-web-'));
  const child: ChildProcess = spawn(process.execPath, [CLI, 'start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      BIRGE_MODE: 'demo',
      BIRGE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${errors.join('').slice(-2000)}`);
    }
    try {
      const res = await request(`${url}/healthz`, { headersTimeout: 1000 });
      await res.body.text();
      if (res.statusCode === 200) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function api(
  url: string,
  method: 'GET' | 'POST',
  cookie: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; setCookie: string[] }> {
  const res = await request(url, {
    method,
    headers: {
      cookie,
      'content-type': 'application/json',
      'accept-language': 'kk',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.body.text();
  const raw = res.headers['set-cookie'];
  return {
    status: res.statusCode,
    json: text ? (JSON.parse(text) as unknown) : null,
    setCookie: raw === undefined ? [] : Array.isArray(raw) ? raw : [raw],
  };
}

export async function apiSignIn(origin: string, username: string): Promise<string> {
  const res = await api(`${origin}/api/v1/auth/login`, 'POST', '', {
    username,
    password: 'birge-demo',
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.setCookie.map((c) => c.split(';')[0]).join('; ');
}

const GIVEN = ['Айгүл', 'Ерлан', 'Сәуле', 'Нұрлан', 'Гүлнар', 'Бауыржан', 'Мадина', 'Асхат'];
const FAMILY = ['Ахметов', 'Сейітов', 'Жұмабаев', 'Омаров', 'Касымов', 'Иванов', 'Ким', 'Ли'];
const PLACES = ['196220100', '196233100'];

/**
 * Creates `count` households of two persons (a head with consent, a child without: minimal) through
 * `POST /api/v1/sync/push` as `username`'s phone would, 200 mutations per push. Households a
 * worker creates are in the worker's caseload.
 */
export async function createCaseload(origin: string, username: string, count: number) {
  const cookie = await apiSignIn(origin, username);
  const deviceId = randomUUID();
  type Mutation = Record<string, unknown>;
  const mutations: Mutation[] = [];
  for (let i = 0; i < count; i++) {
    const householdId = randomUUID();
    const family = FAMILY[i % FAMILY.length] ?? 'Ахметов';
    mutations.push({
      mutationId: randomUUID(),
      entity: 'household',
      id: householdId,
      op: 'upsert',
      baseRev: null,
      data: {
        placeCode: PLACES[i % PLACES.length],
        address: `Бенч көшесі, ${i + 1}`,
        landmark: null,
        coordinates: null,
        phone: null,
        notes: null,
      },
    });
    const person = (given: string, birthDate: string, relationToHead: string, head: boolean) => ({
      mutationId: randomUUID(),
      entity: 'person',
      id: randomUUID(),
      op: 'upsert',
      baseRev: null,
      data: {
        householdId,
        givenName: given,
        // Without a consent only the minimal fields may be kept.
        familyName: head ? family : null,
        sex: i % 2 ? 'male' : 'female',
        birthDate,
        relationToHead,
        confirmNotDuplicate: true,
        ...(head
          ? {
              consent: {
                givenBy: 'self',
                scopes: ['registration', 'assessment'],
                method: 'signed_paper',
                givenOn: '2026-01-15',
                expiresOn: '2029-01-15',
              },
            }
          : {}),
      },
    });
    mutations.push(person(GIVEN[i % GIVEN.length] ?? 'Айгүл', '1980-05-10', 'head', true));
    mutations.push(person(GIVEN[(i + 3) % GIVEN.length] ?? 'Ерлан', '2015-03-02', 'child', false));
  }
  for (let i = 0; i < mutations.length; i += 200) {
    const res = await api(`${origin}/api/v1/sync/push`, 'POST', cookie, {
      deviceId,
      pending: 0,
      mutations: mutations.slice(i, i + 200),
    });
    const results = (res.json as { results?: { status: string; errors?: unknown }[] }).results;
    const bad = results?.find((r) => r.status !== 'applied');
    if (res.status !== 200 || bad)
      throw new Error(`push: ${res.status} ${JSON.stringify(bad ?? res.json).slice(0, 500)}`);
  }
}
