import type { CpuSummary, ScenarioSummary } from './driver.js';
import { latencyStats, ms, printTable, round, verdict } from './report.js';
import type { FirstPullResult, WorkerPull } from './sync-client.js';

/** Summaries and tables of sync-pull.ts: first pulls one at a time, all at once, empty pulls. */

export const TARGET = {
  firstPullMs: 2000,
  firstPullBytes: 2_000_000,
  allWorkersMs: 30_000,
  emptyP95Ms: 50,
};
/** Records per worker the issue counts (later modules' records included). */
export const ISSUE_RECORDS = 10_000;

const spread = (values: number[]) => ({
  median: latencyStats(values).p50,
  max: Math.max(...values),
});
const kib = (bytes: number) => (bytes / 1024).toFixed(0);

export type SingleSummary = ReturnType<typeof summariseSingle>;
export type CrowdSummary = ReturnType<typeof summariseCrowd>;

/** First pulls of single workers at one page size, run back to back; `cpu` over all of them. */
export function summariseSingle(
  limit: number,
  workers: string[],
  pulls: WorkerPull[],
  cpu: CpuSummary,
) {
  const wallMs = pulls.reduce((n, p) => n + p.wallMs, 0);
  const perPull = (cores: number) => round((cores * wallMs) / pulls.length, 1);
  return {
    limit,
    workers,
    wallMs: spread(pulls.map((p) => p.wallMs)),
    pages: spread(pulls.map((p) => p.pages)),
    changes: spread(pulls.map((p) => p.changes)),
    wireBytes: spread(pulls.map((p) => p.wireBytes)),
    rawBytes: spread(pulls.map((p) => p.rawBytes)),
    pageMs: latencyStats(pulls.flatMap((p) => p.pageMs)),
    complete: pulls.every((p) => p.received === p.expected),
    // CPU per pull (PostgreSQL: all its processes on the machine, other databases included).
    serverCpuMsPerPull: perPull(cpu.serverCores),
    postgresCpuMsPerPull: cpu.postgresCores === null ? null : perPull(cpu.postgresCores),
    cpu,
    runs: pulls.map(({ pageMs: _p, cursor: _c, ...rest }) => rest),
  };
}

export function summariseCrowd(result: FirstPullResult, cpu: CpuSummary) {
  const { workers } = result;
  const sum = (f: (w: WorkerPull) => number) => workers.reduce((n, w) => n + f(w), 0);
  return {
    workers: workers.length,
    allDoneMs: round(result.allDoneMs, 1),
    allCompleteMs: result.allCompleteMs === null ? null : round(result.allCompleteMs, 1),
    workerWallMs: latencyStats(workers.map((w) => w.wallMs)),
    pageMs: latencyStats(workers.flatMap((w) => w.pageMs)),
    pages: sum((w) => w.pages),
    changes: sum((w) => w.changes),
    wireBytes: sum((w) => w.wireBytes),
    /** Workers told they were done (hasMore false) before they held their whole caseload. */
    shortAtEnd: workers.filter((w) => w.received < w.expected).length,
    missingAtEnd: sum((w) => Math.max(0, w.expected - w.received)),
    extraPulls: sum((w) => w.extraPulls),
    errors: workers.flatMap((w) => w.errors).slice(0, 5),
    cpu,
  };
}

export const emptyLabel = (r: ScenarioSummary, concurrency: number) =>
  r.rate === null ? `${concurrency} in flight` : `${r.rate}/s open loop`;

export function printSyncReport(report: {
  title: string;
  targetApplies: boolean;
  concurrency: number;
  recordsPerWorker: number;
  single: SingleSummary[];
  crowd: CrowdSummary;
  empty: ScenarioSummary[];
}): void {
  const { single, crowd, empty } = report;
  const judge = (value: number, target: number) =>
    report.targetApplies ? verdict(value, target) : `${verdict(value, target)} (info)`;
  const label = (r: ScenarioSummary) => emptyLabel(r, report.concurrency);
  console.log(`\n${report.title}\n`);
  printTable([
    ['measurement', 'figure', 'target', 'result'],
    ...single.flatMap((s) => [
      [
        `first pull, one worker, limit ${s.limit}: wall (median / max)`,
        `${ms(s.wallMs.median)} / ${ms(s.wallMs.max)} ms`,
        '≤ 2000 ms',
        judge(s.wallMs.max, TARGET.firstPullMs),
      ],
      [
        `first pull, one worker, limit ${s.limit}: gzip bytes (median / max)`,
        `${kib(s.wireBytes.median)} / ${kib(s.wireBytes.max)} KiB`,
        '≤ 2 MB',
        judge(s.wireBytes.max, TARGET.firstPullBytes),
      ],
    ]),
    [
      `${crowd.workers} workers' first pulls at once: until all hold their caseload`,
      crowd.allCompleteMs === null ? 'never' : `${ms(crowd.allCompleteMs)} ms`,
      '≤ 30 s',
      judge(crowd.allCompleteMs ?? Infinity, TARGET.allWorkersMs),
    ],
    ...empty.map((r) => [
      `empty incremental pull, ${label(r)}: p95`,
      `${ms(r.p95)} ms`,
      '≤ 50 ms',
      judge(r.p95, TARGET.emptyP95Ms),
    ]),
  ]);

  console.log('\nFirst full pull of one worker (each run a different worker, gzip):\n');
  printTable([
    ['limit', 'pages', 'changes', 'wall med', 'wall max', 'gzip KiB', 'raw KiB', 'page p50'],
    ...single.map((s) => [
      String(s.limit),
      String(s.pages.median),
      String(s.changes.median),
      `${ms(s.wallMs.median)} ms`,
      `${ms(s.wallMs.max)} ms`,
      kib(s.wireBytes.median),
      kib(s.rawBytes.median),
      `${ms(s.pageMs.p50)} ms`,
    ]),
  ]);
  const first = single[0];
  const perRecord = first ? first.wireBytes.median / (first.changes.median || 1) : NaN;
  console.log(
    `CPU per pull: ${single.map((s) => `limit ${s.limit} server ${s.serverCpuMsPerPull} ms, PostgreSQL ${s.postgresCpuMsPerPull ?? '—'} ms`).join('; ')}.`,
  );
  console.log(
    `A caseload is ${report.recordsPerWorker} records today: 150 households and their persons (consents travel inside the person). The issue's ~${ISSUE_RECORDS.toLocaleString('en')} records per worker include later modules' records; at today's ${perRecord.toFixed(0)} gzip bytes per record that would be ≈ ${kib(perRecord * ISSUE_RECORDS)} KiB (linear extrapolation, not measured).`,
  );

  console.log(
    `\n${crowd.workers} workers' first pulls at once (limit 500, one connection each):\n`,
  );
  printTable([
    [
      'all hasMore false',
      'all complete',
      'worker p50',
      'pages',
      'page p50',
      'page p95',
      'gzip MiB',
    ],
    [
      `${ms(crowd.allDoneMs)} ms`,
      crowd.allCompleteMs === null ? 'never' : `${ms(crowd.allCompleteMs)} ms`,
      `${ms(crowd.workerWallMs.p50)} ms`,
      String(crowd.pages),
      `${ms(crowd.pageMs.p50)} ms`,
      `${ms(crowd.pageMs.p95)} ms`,
      (crowd.wireBytes / 2 ** 20).toFixed(1),
    ],
  ]);
  const c = crowd.cpu;
  console.log(
    `${crowd.shortAtEnd} workers were told they were done (hasMore false) ${crowd.missingAtEnd} records short; ${crowd.extraPulls} further pulls (every 100 ms) completed them; the columns before 'all complete' count the pulls up to the first hasMore false. CPU (cores of ${c.machineCpus}): server ${c.serverCores}, PostgreSQL ${c.postgresCores ?? '—'}, client ${c.clientCores}, machine ${c.machineCores ?? '—'}.`,
  );

  console.log('\nEmpty incremental pull (latest cursor, nothing changed, all workers in turn):\n');
  printTable([
    ['load', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'server', 'PostgreSQL'],
    ...empty.map((r) => [
      label(r),
      r.requestsPerSecond.toFixed(0),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      ms(r.max),
      String(r.errors),
      r.cpu.serverCores.toFixed(2),
      r.cpu.postgresCores?.toFixed(2) ?? '—',
    ]),
  ]);
  for (const r of empty)
    if (r.errorSamples.length) console.log(`  errors: ${r.errorSamples.join(' | ')}`);
  if (crowd.errors.length) console.log(`  errors: ${crowd.errors.join(' | ')}`);
  if (!report.targetApplies)
    console.log('\nThe targets are for PostgreSQL; PGlite figures are informative.');
}
