import { createWriteStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { todayIso } from '@birge/domain';
import { buildApp, connect, loadConfig, prepare } from '@birge/server';
import { bulkLoad, checkSearchText, districtSettlements } from './lib/bulk-load.js';
import { generateDistrict, searchText, type Settlement } from './lib/district-data.js';
import { LoadDriver, login, type ScenarioSummary } from './lib/driver.js';
import { createStore, parseEngine, postgresUrl, postgresVersion, redact } from './lib/engine.js';
import { familyName, givenName, searchTerms } from './lib/names.js';
import { log, machineFacts, ms, printTable, round, verdict, writeResult } from './lib/report.js';
import { Rng } from './lib/rng.js';

/**
 * Registry at district scale: 20,000 households and 60,000 persons in one district, bulk-loaded,
 * then read over real HTTP by ~20 worker accounts at 50 requests in flight. Measures the household
 * list page and the person page separately. Usage (bench/README.md):
 *
 *   node --import tsx --conditions birge-source bench/registry-load.ts --engine postgres|pglite
 */

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    district: { type: 'string', default: '196200000' },
    households: { type: 'string', default: '20000' },
    persons: { type: 'string', default: '60000' },
    users: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
    duration: { type: 'string', default: '20' },
    seed: { type: 'string', default: '2026' },
    'as-of': { type: 'string' },
    scenarios: { type: 'string', default: 'healthz,households,persons' },
    /** Open-loop arrival rates (requests/s) run after the closed loop for households and persons. */
    rates: { type: 'string', default: '50,100' },
    keep: { type: 'boolean', default: false },
  },
});

const engine = parseEngine(args.engine);
const num = (name: keyof typeof args) => {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const params = {
  district: args.district,
  households: num('households'),
  persons: num('persons'),
  users: num('users'),
  concurrency: num('concurrency'),
  connections: num('concurrency'),
  warmupSeconds: num('warmup'),
  durationSeconds: num('duration'),
  seed: num('seed'),
  asOf: args['as-of'] ?? todayIso(),
};
const SCENARIOS = ['healthz', 'households', 'persons'] as const;
const scenarios = args.scenarios.split(',').map((name) => {
  const scenario = SCENARIOS.find((s) => s === name.trim());
  if (!scenario) throw new Error(`--scenarios takes ${SCENARIOS.join(', ')}; got "${name}"`);
  return scenario;
});
const rates = args.rates
  .split(',')
  .filter(Boolean)
  .map((r) => {
    const rate = Number(r);
    if (!(rate > 0)) throw new Error(`--rates takes requests per second, like 50,100; got "${r}"`);
    return rate;
  });
const TARGET_P95_MS = 30;
const PASSWORD = 'bench-password-2026';

const machine = machineFacts();
const pgVersion = engine === 'postgres' ? await postgresVersion(postgresUrl()) : null;
log(`registry-load on ${engine}${pgVersion ? ` ${pgVersion} at ${redact(postgresUrl())}` : ''}`);

const store = await createStore(engine, 'birge_bench');
const config = loadConfig({
  BIRGE_MODE: 'production',
  BIRGE_DATA_DIR: store.dataDir,
  DATABASE_URL: store.databaseUrl ?? '',
  HOST: '127.0.0.1',
  PORT: '0',
});
const database = await connect(config);
const driver = new LoadDriver();
let app: Awaited<ReturnType<typeof buildApp>> | null = null;
try {
  await prepare(database, config, (m) => log(m));
  // Request logging as in production (info level), written to /dev/null.
  app = await buildApp({
    database,
    config,
    logger: { level: 'info', stream: createWriteStream('/dev/null') },
  });

  // Worker accounts of the district, created by the users service like `birge user add`.
  const nameRng = new Rng(params.seed + 1);
  const users: { id: string; username: string }[] = [];
  for (let i = 1; i <= params.users; i++) {
    const sex = i % 3 === 0 ? 'male' : 'female';
    const ethnicity = i % 4 === 0 ? 'russian' : 'kazakh';
    const username = `worker${String(i).padStart(2, '0')}.talgar`;
    const displayName = `${givenName(nameRng, ethnicity, sex)} ${familyName('Есенов', sex)}`;
    const id = await app.services.users.create(null, {
      username,
      displayName,
      password: PASSWORD,
      role: 'worker',
      scopes: [params.district],
      language: ethnicity === 'russian' ? 'ru' : 'kk',
      householdId: null,
      organizationId: null,
    });
    users.push({ id, username });
  }
  log(`${users.length} worker accounts created`);

  const settlements = await districtSettlements(database.db, params.district);
  const started = performance.now();
  const data = generateDistrict({
    seed: params.seed,
    households: params.households,
    persons: params.persons,
    settlements,
    workerIds: users.map((u) => u.id),
    asOf: params.asOf,
  });
  const generateMs = performance.now() - started;
  log(`generated ${JSON.stringify(data.stats)} in ${ms(generateMs)} ms`);
  const loadMs = await bulkLoad(database, data);
  log(`bulk-loaded in ${(loadMs / 1000).toFixed(1)} s (including VACUUM ANALYZE)`);
  const sampleRng = new Rng(params.seed + 2);
  const places = new Map(settlements.map((s) => [s.code, s]));
  const sample = sampleRng.sample(data.households, 200);
  const prefixes = new Map(
    sample.map((h) => [h.id, searchText(h, places.get(h.place_code) as Settlement, [])]),
  );
  const differing = await checkSearchText(database, [...prefixes.keys()], prefixes);
  if (differing.length)
    throw new Error(`search_text differs from refreshSearchText for ${differing.join(', ')}`);
  log('search_text matches refreshSearchText on 200 sampled households');

  await app.listen({ host: config.host, port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const cookies = await Promise.all(users.map((u) => login(origin, u.username, PASSWORD)));
  log(`${cookies.length} workers signed in at ${origin}`);

  const termRng = new Rng(params.seed + 3);
  const terms = [
    ...searchTerms(termRng, 50),
    ...termRng.sample(settlements, 10).map((s) => s.name_kk.split(' ')[0] ?? s.name_kk),
    // Misspellings and names nobody has: the search scans everything and finds nothing.
    'Жұмабайұлы',
    'Zhanibek',
    'Кеңесбаева Ә',
  ];
  const common = {
    origin,
    connections: params.connections,
    concurrency: params.concurrency,
    warmupMs: params.warmupSeconds * 1000,
    durationMs: params.durationSeconds * 1000,
    cookies,
    searchTerms: terms,
    seed: params.seed,
  };
  const auditBefore = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const results: ScenarioSummary[] = [];
  for (const scenario of scenarios) {
    log(`${scenario}: ${params.warmupSeconds} s warm-up, ${params.durationSeconds} s measured`);
    const personIds = scenario === 'persons' ? data.persons.map((p) => p.id) : [];
    results.push(await driver.run({ ...common, scenario, personIds }));
  }
  for (const scenario of scenarios.filter((s) => s !== 'healthz')) {
    const personIds = scenario === 'persons' ? data.persons.map((p) => p.id) : [];
    for (const rate of rates) {
      log(
        `${scenario} at ${rate}/s (open loop): ${params.warmupSeconds} s warm-up, ${params.durationSeconds} s measured`,
      );
      results.push(await driver.run({ ...common, scenario, personIds, rate }));
    }
  }
  const auditAfter = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const verification = await app.services.audit.verify();
  log(
    `audit log: ${Number(auditAfter.n) - Number(auditBefore.n)} rows appended, chains ${verification.breaks.length ? 'BROKEN' : 'intact'}`,
  );

  const labels = {
    healthz: 'GET /healthz (calibration)',
    households: 'GET /api/v1/households?limit=25',
    persons: 'GET /api/v1/persons/{id}',
    sync: 'GET /api/v1/sync/pull (sync-pull.ts)',
  };
  const label = (r: ScenarioSummary) =>
    r.rate === null
      ? `${labels[r.scenario]}, ${params.concurrency} in flight`
      : `${labels[r.scenario]}, ${r.rate}/s open loop`;
  const targetApplies = engine === 'postgres';
  console.log(
    `\nRegistry load — ${engine}${pgVersion ? ` ${pgVersion}` : ''}, ${params.households} households / ${params.persons} persons, ${params.users} users, ${params.concurrency} in flight, ${params.durationSeconds} s each (node ${machine.node}, ${machine.cpus} CPUs)\n`,
  );
  printTable([
    ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'target p95', 'result'],
    ...results.map((r) => [
      label(r),
      r.requestsPerSecond.toFixed(0),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      ms(r.max),
      String(r.errors),
      `≤ ${TARGET_P95_MS} ms`,
      targetApplies ? verdict(r.p95, TARGET_P95_MS) : `${verdict(r.p95, TARGET_P95_MS)} (info)`,
    ]),
  ]);
  console.log('\nBy kind of request:\n');
  printTable([
    ['kind', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
    ...results.flatMap((r) =>
      Object.entries(r.byKind).map(([kind, s]) => [
        `${r.scenario}${r.rate === null ? '' : `@${r.rate}/s`}/${kind}`,
        String(s.count),
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        ms(s.max),
      ]),
    ),
  ]);
  console.log('\nCPU (cores busy of ' + String(results[0]?.cpu.machineCpus) + '):\n');
  printTable([
    ['scenario', 'server', 'PostgreSQL', 'load client', 'other processes', 'machine', 'event loop'],
    ...results.map(({ scenario, rate, cpu }) => [
      rate === null ? scenario : `${scenario}@${rate}/s`,
      cpu.serverCores.toFixed(2),
      cpu.postgresCores?.toFixed(2) ?? '—',
      cpu.clientCores.toFixed(2),
      cpu.machineCores === null
        ? '—'
        : Math.max(
            0,
            cpu.machineCores - cpu.serverCores - cpu.clientCores - (cpu.postgresCores ?? 0),
          ).toFixed(2),
      cpu.machineCores?.toFixed(2) ?? '—',
      `${Math.round(cpu.serverEventLoopUtilization * 100)}%`,
    ]),
  ]);
  for (const r of results) {
    if (r.errorSamples.length) console.log(`  errors: ${r.errorSamples.join(' | ')}`);
  }
  if (!targetApplies)
    console.log('\nThe p95 target is for PostgreSQL; PGlite figures are informative.');

  const file = await writeResult('registry-load', engine, {
    benchmark: 'registry-load',
    engine,
    machine,
    postgres: pgVersion,
    parameters: { ...params, settlements: settlements.length, dbPoolSize: config.dbPoolSize },
    dataset: {
      counts: data.stats,
      generateSeconds: round(generateMs / 1000),
      loadSeconds: round(loadMs / 1000),
    },
    target: { p95Ms: TARGET_P95_MS, appliesTo: 'postgres' },
    scenarios: Object.fromEntries(
      results.map((r) => [
        r.rate === null ? r.scenario : `${r.scenario}@${r.rate}/s`,
        {
          request: label(r),
          ...r,
          p95Target: targetApplies ? verdict(r.p95, TARGET_P95_MS) : 'informative',
        },
      ]),
    ),
    auditLog: {
      appended: Number(auditAfter.n) - Number(auditBefore.n),
      intact: verification.breaks.length === 0,
      checked: verification.checked,
    },
  });
  log(`wrote ${file}`);
} finally {
  driver.close();
  await app?.close();
  await database.close().catch(() => undefined);
  await store.dispose(args.keep);
  if (args.keep) log(`kept ${store.databaseUrl ?? store.dataDir}`);
}
