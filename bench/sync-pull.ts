import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { todayIso } from '@birge/domain';
import { buildApp, connect, loadConfig, prepare } from '@birge/server';
import { bulkLoad, districtSettlements } from './lib/bulk-load.js';
import { generateDistrict } from './lib/district-data.js';
import { LoadDriver, login, startCpuMeter, type ScenarioSummary } from './lib/driver.js';
import { createStore, parseEngine, postgresUrl, postgresVersion, redact } from './lib/engine.js';
import { familyName, givenName } from './lib/names.js';
import { latencyStats, log, machineFacts, ms, round, writeResult } from './lib/report.js';
import { DAY, Rng } from './lib/rng.js';
import { SyncClient, type FirstPullResult, type PullWorker } from './lib/sync-client.js';
import {
  emptyLabel,
  ISSUE_RECORDS,
  printSyncReport,
  type SingleSummary,
  summariseCrowd,
  summariseSingle,
  TARGET,
} from './lib/sync-report.js';

/**
 * Offline sync at district scale (issue 3): 100 worker accounts, each with a caseload of 150
 * households (~500 persons), bulk-loaded. Measures a worker's first full pull, 100 workers' first
 * pulls at once, and the empty incremental pull of devices already up to date. Usage
 * (bench/README.md):
 *
 *   node --import tsx --conditions birge-source bench/sync-pull.ts --engine postgres|pglite
 */

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    district: { type: 'string', default: '196200000' },
    workers: { type: 'string', default: '100' },
    caseload: { type: 'string', default: '150' },
    /** Persons in the district; by default 10 for every 3 households (~500 per caseload). */
    persons: { type: 'string' },
    /** Workers whose first pull is measured alone, for each page size in --limits. */
    samples: { type: 'string', default: '5' },
    limits: { type: 'string', default: '500,2000' },
    concurrency: { type: 'string' },
    warmup: { type: 'string', default: '2' },
    duration: { type: 'string', default: '10' },
    /** Open-loop arrival rates (pulls/s) of the empty incremental pull, after the closed loop. */
    rates: { type: 'string', default: '100' },
    seed: { type: 'string', default: '2026' },
    'as-of': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const engine = parseEngine(args.engine);
const positive = (name: string, raw: string | undefined) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer`);
  return value;
};
const list = (name: string, raw: string) =>
  raw
    .split(',')
    .filter(Boolean)
    .map((v) => positive(name, v));
const workers = positive('workers', args.workers);
const caseload = positive('caseload', args.caseload);
const params = {
  district: args.district,
  workers,
  caseload,
  households: workers * caseload,
  persons: positive('persons', args.persons ?? String(Math.round((workers * caseload * 10) / 3))),
  samples: Math.min(positive('samples', args.samples), Math.floor(workers / 2)),
  limits: list('limits', args.limits),
  // PGlite serialises every query on one connection: fewer in flight tell as much.
  concurrency: positive('concurrency', args.concurrency ?? (engine === 'pglite' ? '10' : '50')),
  warmupSeconds: positive('warmup', args.warmup),
  durationSeconds: positive('duration', args.duration),
  rates: list('rates', args.rates),
  seed: positive('seed', args.seed),
  asOf: args['as-of'] ?? todayIso(),
  maxHouseholds: 300,
};
const PASSWORD = 'bench-password-2026';
const median = (values: number[]) => latencyStats(values).p50;

const machine = machineFacts();
const pgVersion = engine === 'postgres' ? await postgresVersion(postgresUrl()) : null;
log(`sync-pull on ${engine}${pgVersion ? ` ${pgVersion} at ${redact(postgresUrl())}` : ''}`);
log(`load average ${machine.loadAverage.join(' ')} on ${machine.cpus} CPUs`);

const store = await createStore(engine, 'birge_bench_sync');
const config = loadConfig({
  BIRGE_MODE: 'production',
  BIRGE_DATA_DIR: store.dataDir,
  DATABASE_URL: store.databaseUrl ?? '',
  HOST: '127.0.0.1',
  PORT: '0',
  BIRGE_SYNC_MAX_HOUSEHOLDS: String(params.maxHouseholds),
});
const database = await connect(config);
const driver = new LoadDriver();
const client = new SyncClient();
let app: Awaited<ReturnType<typeof buildApp>> | null = null;
try {
  await prepare(database, config, (m) => log(m));
  app = await buildApp({
    database,
    config,
    logger: { level: 'info', stream: createWriteStream('/dev/null') },
  });

  // Accounts as `birge user add` creates them: the district's workers and one supervisor.
  const nameRng = new Rng(params.seed + 1);
  const account = (username: string, role: 'worker' | 'supervisor', i: number) => {
    const sex = i % 3 === 0 ? 'male' : 'female';
    const ethnicity = i % 4 === 0 ? 'russian' : 'kazakh';
    return app!.services.users.create(null, {
      username,
      displayName: `${givenName(nameRng, ethnicity, sex)} ${familyName('Есенов', sex)}`,
      password: PASSWORD,
      role,
      scopes: [params.district],
      language: ethnicity === 'russian' ? 'ru' : 'kk',
      householdId: null,
      organizationId: null,
    });
  };
  const supervisorId = await account('supervisor.talgar', 'supervisor', 0);
  const users: { id: string; username: string }[] = [];
  for (let i = 1; i <= params.workers; i++) {
    const username = `worker${String(i).padStart(3, '0')}.talgar`;
    users.push({ id: await account(username, 'worker', i), username });
  }
  log(`${users.length} worker accounts and a supervisor created`);

  const settlements = await districtSettlements(database.db, params.district);
  const generated = performance.now();
  const data = generateDistrict({
    seed: params.seed,
    households: params.households,
    persons: params.persons,
    settlements,
    workerIds: users.map((u) => u.id),
    asOf: params.asOf,
  });
  log(`generated ${JSON.stringify(data.stats)} in ${ms(performance.now() - generated)} ms`);
  const loadMs = await bulkLoad(database, data);
  log(`bulk-loaded in ${(loadMs / 1000).toFixed(1)} s (including VACUUM ANALYZE)`);

  // Caseloads: the households of a settlement in the order they were registered, 150 at a time, so a
  // worker's caseload is one village or part of the town, assigned by the supervisor some day in the
  // last half year.
  const assignRng = new Rng(params.seed + 4);
  const ordered = [...data.households].sort(
    (a, b) => a.place_code.localeCompare(b.place_code) || (a.id < b.id ? -1 : 1),
  );
  const membersOf = new Map<string, number>();
  for (const p of data.persons)
    membersOf.set(p.household_id, (membersOf.get(p.household_id) ?? 0) + 1);
  const asOfMs = Date.parse(`${params.asOf}T12:00:00Z`);
  const assignments = ordered.map((h, i) => ({
    household_id: h.id,
    user_id: (users[Math.floor(i / params.caseload)] as { id: string }).id,
    assigned_by: supervisorId,
    assigned_at: new Date(asOfMs - assignRng.int(1, 180) * DAY),
  }));
  const expected = users.map((u) =>
    assignments
      .filter((a) => a.user_id === u.id)
      .reduce((n, a) => n + 1 + (membersOf.get(a.household_id) ?? 0), 0),
  );
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < assignments.length; i += 1000)
      await trx
        .insertInto('caseload_assignments')
        .values(assignments.slice(i, i + 1000))
        .execute();
  });
  await database.exec('ANALYZE caseload_assignments');
  log(
    `caseloads: ${params.caseload} households each, records per worker ${Math.min(...expected)}–${Math.max(...expected)}`,
  );

  await app.listen({ host: config.host, port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  // One at a time: parallel sign-ins from one address count as failures until they succeed.
  const cookies: string[] = [];
  for (const u of users) cookies.push(await login(origin, u.username, PASSWORD));
  const devices = users.map(() => randomUUID());
  const worker = (i: number): PullWorker => ({
    cookie: cookies[i] as string,
    deviceId: devices[i] as string,
    expected: expected[i] as number,
  });
  log(`${cookies.length} workers signed in at ${origin}`);
  const pull = (limit: number, ids: number[]): Promise<FirstPullResult> =>
    client.run({ origin, limit, workers: ids.map(worker), retryMs: 100, giveUpMs: 120_000 });

  // 1. First full pull of one worker at a time, different workers for each page size.
  const single: SingleSummary[] = [];
  for (const [k, limit] of params.limits.entries()) {
    const ids = Array.from({ length: params.samples }, (_, j) =>
      Math.floor(
        ((j * params.limits.length + k) * params.workers) / (params.samples * params.limits.length),
      ),
    );
    const meter = startCpuMeter();
    const runs: FirstPullResult[] = [];
    for (const id of ids) runs.push(await pull(limit, [id]));
    const cpu = meter(runs.reduce((n, r) => n + r.cpuMs, 0));
    const pulls = runs.flatMap((r) => r.workers);
    single.push(
      summariseSingle(
        limit,
        ids.map((i) => users[i]?.username ?? ''),
        pulls,
        cpu,
      ),
    );
    log(`first pull, limit ${limit}: median ${ms(single.at(-1)!.wallMs.median)} ms`);
  }

  // 2. All workers' first pull at once. What the devices hold is forgotten first: every worker
  // starts from nothing, as on the day the district goes live.
  await database.exec('DELETE FROM sync_membership; DELETE FROM sync_devices');
  log(`${params.workers} workers pull at once (limit 500, ${params.workers} connections)`);
  const meter = startCpuMeter();
  const all = await pull(
    500,
    users.map((_, i) => i),
  );
  const crowd = summariseCrowd(all, meter(all.cpuMs));
  log(`all done in ${ms(crowd.allDoneMs)} ms, ${crowd.shortAtEnd} workers short at the end`);

  // 3. Empty incremental pulls from each worker's latest cursor.
  const sync = all.workers.map((w, i) => ({ cursor: w.cursor, deviceId: devices[i] as string }));
  const common = {
    origin,
    connections: params.concurrency,
    concurrency: params.concurrency,
    warmupMs: params.warmupSeconds * 1000,
    durationMs: params.durationSeconds * 1000,
    cookies,
    personIds: [],
    searchTerms: [],
    sync,
    seed: params.seed,
    scenario: 'sync' as const,
  };
  const empty: ScenarioSummary[] = [await driver.run(common)];
  for (const rate of params.rates) empty.push(await driver.run({ ...common, rate }));
  log(`empty pulls: p95 ${ms(empty[0]!.p95)} ms`);

  printSyncReport({
    title: `Sync pull — ${engine}${pgVersion ? ` ${pgVersion}` : ''}, ${params.workers} workers × ${params.caseload} households (${params.households} households / ${params.persons} persons), node ${machine.node}, ${machine.cpus} CPUs, load average ${machine.loadAverage.join(' ')}`,
    targetApplies: engine === 'postgres',
    concurrency: params.concurrency,
    recordsPerWorker: median(expected),
    single,
    crowd,
    empty,
  });
  const first = single[0];
  const file = await writeResult('sync-pull', engine, {
    benchmark: 'sync-pull',
    engine,
    machine,
    loadAverageAtEnd: os.loadavg().map((n) => round(n)),
    postgres: pgVersion,
    parameters: { ...params, settlements: settlements.length, dbPoolSize: config.dbPoolSize },
    dataset: {
      counts: data.stats,
      recordsPerWorker: {
        min: Math.min(...expected),
        median: median(expected),
        max: Math.max(...expected),
      },
      loadSeconds: round(loadMs / 1000),
    },
    targets: { ...TARGET, appliesTo: 'postgres', issueRecordsPerWorker: ISSUE_RECORDS },
    firstPull: single,
    gzipBytesPerRecord: first ? round(first.wireBytes.median / first.changes.median, 1) : null,
    allWorkersAtOnce: crowd,
    emptyPull: Object.fromEntries(empty.map((r) => [emptyLabel(r, params.concurrency), r])),
  });
  log(`wrote ${file}`);
} finally {
  driver.close();
  client.close();
  await app?.close();
  await database.close().catch(() => undefined);
  await store.dispose(args.keep);
  if (args.keep) log(`kept ${store.databaseUrl ?? store.dataDir}`);
}
