import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import type { LoadRequest, LoadResult, Scenario } from './load-client.js';
import { latencyStats, round, type LatencyStats } from './report.js';

/** Runs load scenarios in a child process and summarises what it measured. */

export interface ScenarioSummary extends LatencyStats {
  scenario: Scenario;
  /** Open-loop arrival rate (requests/s), or null for the closed loop with `concurrency` in flight. */
  rate: number | null;
  requestsPerSecond: number;
  errors: number;
  errorSamples: string[];
  statuses: Record<string, number>;
  measuredSeconds: number;
  warmupRequests: number;
  /** The same statistics per kind of request (first page, next page, search, …). */
  byKind: Record<string, LatencyStats>;
  /**
   * CPU over the run, warm-up included (1.0 = one core busy): the server process, the load
   * generator, the whole machine (PostgreSQL and anything else running is the difference), and the
   * server's event-loop utilisation (1.0 = never idle).
   */
  cpu: {
    serverCores: number;
    clientCores: number;
    /** All `postgres` processes on this machine (other databases of the server included). */
    postgresCores: number | null;
    machineCores: number | null;
    machineCpus: number;
    serverEventLoopUtilization: number;
  };
}

/** CPU jiffies of each running process named `name` (Linux /proc), by pid. */
function processJiffies(name: string): Map<number, number> {
  const out = new Map<number, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== name) continue;
      // Fields after the command: state is field 3, utime 14 and stime 15.
      const fields = stat.slice(close + 2).split(' ');
      out.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

function jiffiesSince(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, value] of after) sum += value - (before.get(pid) ?? 0);
  return sum;
}

/** Busy and total jiffies of all CPUs from /proc/stat (Linux), or null elsewhere. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    const values = fields.map(Number);
    const total = values.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export type CpuSummary = ScenarioSummary['cpu'];

/**
 * Starts measuring CPU (this process as the server, PostgreSQL, the machine, the event loop); the
 * returned function ends the measurement, given the CPU time the load generator reported.
 */
export function startCpuMeter(): (clientCpuMs: number) => CpuSummary {
  const cpu = process.cpuUsage();
  const elu = performance.eventLoopUtilization();
  const wall = performance.now();
  const machine = cpuTimes();
  const postgres = processJiffies('postgres');
  return (clientCpuMs) => {
    const wallMs = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    const machineAfter = cpuTimes();
    const postgresAfter = processJiffies('postgres');
    const cpus = os.availableParallelism();
    // /proc/stat sums all CPUs: one core's share of its total is total / cpus jiffies.
    const perCore = machine && machineAfter ? (machineAfter.total - machine.total) / cpus : null;
    return {
      serverCores: round((used.user + used.system) / 1000 / wallMs, 2),
      clientCores: round(clientCpuMs / wallMs, 2),
      postgresCores: perCore ? round(jiffiesSince(postgres, postgresAfter) / perCore, 2) : null,
      machineCores:
        machine && machineAfter && perCore
          ? round((machineAfter.busy - machine.busy) / perCore, 2)
          : null,
      machineCpus: cpus,
      serverEventLoopUtilization: round(performance.eventLoopUtilization(elu).utilization, 2),
    };
  };
}

export class LoadDriver {
  readonly #child: ChildProcess;

  constructor() {
    this.#child = fork(new URL('./load-client.ts', import.meta.url), [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  async run(load: Omit<LoadRequest, 'type'>): Promise<ScenarioSummary> {
    const meter = startCpuMeter();
    const result = await new Promise<LoadResult>((resolve, reject) => {
      const onMessage = (message: LoadResult | { type: 'error'; message: string }) => {
        this.#child.off('message', onMessage);
        this.#child.off('exit', onExit);
        if (message.type === 'error') reject(new Error(message.message));
        else resolve(message);
      };
      const onExit = (code: number | null) => reject(new Error(`load client exited (${code})`));
      this.#child.on('message', onMessage);
      this.#child.once('exit', onExit);
      this.#child.send({ ...load, type: 'run' } satisfies LoadRequest);
    });
    const cpu = meter(result.cpuMs);
    const all = Object.values(result.latencies).flat();
    const stats = latencyStats(all);
    return {
      scenario: result.scenario,
      rate: load.rate ?? null,
      ...stats,
      requestsPerSecond: round(stats.count / (result.measuredMs / 1000), 1),
      errors: result.errors,
      errorSamples: result.errorSamples,
      statuses: result.statuses,
      measuredSeconds: round(result.measuredMs / 1000, 2),
      warmupRequests: result.warmupRequests,
      byKind: Object.fromEntries(
        Object.entries(result.latencies).map(([kind, samples]) => [kind, latencyStats(samples)]),
      ),
      cpu,
    };
  }

  close(): void {
    if (this.#child.connected) this.#child.send({ type: 'exit' });
  }
}

/** Signs in over HTTP and returns the session cookie (`birge_session=…`). */
export async function login(origin: string, username: string, password: string): Promise<string> {
  const res = await request(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`login of ${username}: ${res.statusCode} ${body}`);
  const header = res.headers['set-cookie'];
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  const session = cookies
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('birge_session='));
  if (!session) throw new Error(`login of ${username}: no session cookie`);
  return session;
}
