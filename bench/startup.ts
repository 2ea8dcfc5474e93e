import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { createStore, parseEngine, postgresUrl, postgresVersion } from './lib/engine.js';
import {
  log,
  machineFacts,
  printTable,
  REPO_ROOT,
  round,
  verdict,
  writeResult,
} from './lib/report.js';

/**
 * Start-up time of the built server, as `npm start` runs it: (a) the first start on an empty data
 * directory in demo mode (migrations, the KATO classifier, the demo seed), then (b) restarts on the
 * existing data directory, each timed from spawn until GET /healthz answers 200. Usage:
 *
 *   npm run build && node --import tsx --conditions birge-source bench/startup.ts [--engine pglite|postgres]
 */

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    restarts: { type: 'string', default: '5' },
  },
});
const engine = parseEngine(args.engine);
const restarts = Number(args.restarts);
const FIRST_TARGET_S = 20;
const RESTART_TARGET_S = 5;
const CLI = path.join(REPO_ROOT, 'apps/server/dist/cli.js');
const DOMAIN_DIST = path.join(REPO_ROOT, 'packages/domain/dist/index.js');

if (!existsSync(CLI) || !existsSync(DOMAIN_DIST)) {
  console.error(
    `${path.relative(REPO_ROOT, existsSync(CLI) ? DOMAIN_DIST : CLI)} is missing: this benchmark times the built server. Run \`npm run build\` first.`,
  );
  process.exit(1);
}

/** Warns when sources are newer than the build: the figures would be for older code. */
async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
// tsc -b rewrites only changed outputs but always its build-info file.
const builtAt = (project: string, output: string) => {
  const info = path.join(REPO_ROOT, project, 'tsconfig.tsbuildinfo');
  return statSync(existsSync(info) ? info : output).mtimeMs;
};
const sourcesNewer =
  (await newestSource(path.join(REPO_ROOT, 'apps/server/src'))) > builtAt('apps/server', CLI) ||
  (await newestSource(path.join(REPO_ROOT, 'packages/domain/src'))) >
    builtAt('packages/domain', DOMAIN_DIST);
if (sourcesNewer)
  console.warn(
    'warning: sources are newer than the build; run `npm run build` to time current code',
  );

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

interface StartResult {
  /** Seconds from spawn until /healthz answered 200. */
  healthySeconds: number;
  /** The server's own `birge:` log lines with the second they appeared. */
  phases: { atSeconds: number; line: string }[];
  child: ChildProcess;
  output: string[];
}

async function startServer(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<StartResult> {
  const port = await freePort();
  const started = performance.now();
  const seconds = () => round((performance.now() - started) / 1000, 3);
  const child = spawn(process.execPath, [CLI, 'start'], {
    cwd: REPO_ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const phases: StartResult['phases'] = [];
  let exited = false;
  child.once('exit', () => (exited = true));
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (line.startsWith('birge: ')) phases.push({ atSeconds: seconds(), line: line.slice(7) });
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const deadline = started + timeoutMs;
  while (performance.now() < deadline && !exited) {
    try {
      const res = await request(`http://127.0.0.1:${port}/healthz`, {
        headersTimeout: 1000,
        bodyTimeout: 1000,
      });
      await res.body.text();
      if (res.statusCode === 200) return { healthySeconds: seconds(), phases, child, output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  throw new Error(
    `server did not become healthy (${exited ? 'it exited' : 'timeout'}):\n${output.slice(-20).join('\n')}`,
  );
}

/** SIGTERM, as a service manager stops it; returns the seconds until the process exited. */
async function stopServer(child: ChildProcess): Promise<number> {
  const started = performance.now();
  if (child.exitCode !== null) return 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
  return round((performance.now() - started) / 1000, 3);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const machine = machineFacts();
const pgVersion = engine === 'postgres' ? await postgresVersion(postgresUrl()) : null;
const store = await createStore(engine, 'birge_bench_startup');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  BIRGE_DATA_DIR: store.dataDir,
  BIRGE_MODE: 'demo',
  LOG_LEVEL: 'info',
};
delete env.DATABASE_URL;
if (store.databaseUrl) env.DATABASE_URL = store.databaseUrl;

try {
  log(`first start (${engine}, demo mode, empty data directory ${store.dataDir})`);
  const first = await startServer(env, 120_000);
  const firstStop = await stopServer(first.child);
  for (const phase of first.phases) log(`  +${phase.atSeconds.toFixed(2)} s  ${phase.line}`);
  log(`  healthy after ${first.healthySeconds.toFixed(2)} s; stopped in ${firstStop.toFixed(2)} s`);

  const runs: { healthySeconds: number; stopSeconds: number }[] = [];
  for (let i = 1; i <= restarts; i++) {
    const run = await startServer(env, 60_000);
    const stopSeconds = await stopServer(run.child);
    runs.push({ healthySeconds: run.healthySeconds, stopSeconds });
    log(
      `restart ${i}: healthy after ${run.healthySeconds.toFixed(2)} s; stopped in ${stopSeconds.toFixed(2)} s`,
    );
  }
  const times = runs.map((r) => r.healthySeconds);
  const restartMedian = round(median(times), 3);
  const restartMax = round(Math.max(...times), 3);

  console.log(
    `\nStart-up — ${engine}${pgVersion ? ` ${pgVersion}` : ''}, node apps/server/dist/cli.js start (node ${machine.node}, ${machine.cpus} CPUs)\n`,
  );
  printTable([
    ['measurement', 'seconds', 'target', 'result'],
    [
      '(a) first start, demo seed, empty data dir',
      first.healthySeconds.toFixed(2),
      `≤ ${FIRST_TARGET_S} s`,
      verdict(first.healthySeconds, FIRST_TARGET_S),
    ],
    [
      `(b) restart, median of ${runs.length}`,
      restartMedian.toFixed(2),
      `≤ ${RESTART_TARGET_S} s`,
      verdict(restartMedian, RESTART_TARGET_S),
    ],
    [
      `(b) restart, max of ${runs.length}`,
      restartMax.toFixed(2),
      `≤ ${RESTART_TARGET_S} s`,
      verdict(restartMax, RESTART_TARGET_S),
    ],
  ]);

  const file = await writeResult('startup', engine, {
    benchmark: 'startup',
    engine,
    machine,
    postgres: pgVersion,
    command: 'node apps/server/dist/cli.js start',
    targets: { firstStartSeconds: FIRST_TARGET_S, restartSeconds: RESTART_TARGET_S },
    firstStart: {
      healthySeconds: first.healthySeconds,
      stopSeconds: firstStop,
      phases: first.phases,
      result: verdict(first.healthySeconds, FIRST_TARGET_S),
    },
    restarts: {
      runs,
      medianSeconds: restartMedian,
      maxSeconds: restartMax,
      resultMedian: verdict(restartMedian, RESTART_TARGET_S),
      resultMax: verdict(restartMax, RESTART_TARGET_S),
    },
  });
  log(`wrote ${file}`);
} finally {
  await store.dispose();
}
