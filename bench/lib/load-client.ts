import { gunzipSync } from 'node:zlib';
import { Pool } from 'undici';
import { Rng } from './rng.js';

/**
 * The load generator, run as a child process so its event loop does not share a thread with the
 * server under test. It keeps `concurrency` requests in flight over a pool of `connections`
 * keep-alive connections, each virtual client signed in as one of the worker accounts.
 */

export type Scenario = 'households' | 'persons' | 'healthz' | 'sync';

export interface LoadRequest {
  type: 'run';
  origin: string;
  scenario: Scenario;
  connections: number;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  cookies: string[];
  personIds: string[];
  searchTerms: string[];
  /** `sync`: each worker's latest pull cursor and device id (by the index of its cookie). */
  sync?: { cursor: string; deviceId: string }[];
  seed: number;
  /**
   * Open loop: requests start at this many per second (Poisson arrivals) whatever the server's
   * pace, over the same connections; latency counts from the scheduled start, so a slow server is
   * not hidden by the client waiting for it. Absent: closed loop with `concurrency` in flight.
   */
  rate?: number;
}

export interface LoadResult {
  type: 'result';
  scenario: Scenario;
  /** Latencies (ms) of requests started after the warm-up, by kind of request. */
  latencies: Record<string, number[]>;
  errors: number;
  errorSamples: string[];
  statuses: Record<string, number>;
  /** From the end of the warm-up to the last measured response. */
  measuredMs: number;
  warmupRequests: number;
  /** CPU time of this load-generating process over the whole run (warm-up included), ms. */
  cpuMs: number;
}

interface Outcome {
  kind: string;
  status: number;
  error?: string;
}

interface HouseholdState {
  cursor: string | null;
  q: string | null;
  depth: number;
}

/** Household list: first pages, following pages through the cursor, and searches with `q`. */
async function householdRequest(
  pool: Pool,
  cookie: string,
  state: HouseholdState,
  rng: Rng,
  terms: string[],
): Promise<Outcome> {
  let kind: string;
  if (state.cursor && state.depth < 40 && rng.chance(0.55)) {
    kind = state.q ? 'search-next' : 'next-page';
  } else {
    state.cursor = null;
    state.depth = 0;
    state.q = rng.chance(0.3) ? rng.pick(terms) : null;
    kind = state.q ? 'search' : 'first-page';
  }
  const params = new URLSearchParams({ limit: '25' });
  if (state.q) params.set('q', state.q);
  if (state.cursor) params.set('cursor', state.cursor);
  const res = await pool.request({
    method: 'GET',
    path: `/api/v1/households?${params.toString()}`,
    headers: { cookie },
  });
  if (res.statusCode !== 200) {
    const error = (await res.body.text()).slice(0, 200);
    state.cursor = null;
    return { kind, status: res.statusCode, error };
  }
  const page = (await res.body.json()) as { items: unknown[]; nextCursor: string | null };
  state.cursor = page.nextCursor;
  state.depth++;
  return { kind, status: 200 };
}

/** A person's full record, chosen at random (each read is appended to the audit log). */
async function personRequest(
  pool: Pool,
  cookie: string,
  rng: Rng,
  ids: string[],
): Promise<Outcome> {
  const res = await pool.request({
    method: 'GET',
    path: `/api/v1/persons/${rng.pick(ids)}`,
    headers: { cookie },
  });
  const body = await res.body.text();
  if (res.statusCode !== 200)
    return { kind: 'person', status: res.statusCode, error: body.slice(0, 200) };
  return { kind: 'person', status: 200 };
}

/**
 * Incremental pull of a device that is up to date (`sync`): one page from its latest cursor, as the
 * PWA asks (gzip accepted, deviceId and pending). Any change in it counts as an error.
 */
async function syncRequest(
  pool: Pool,
  cookie: string,
  device: { cursor: string; deviceId: string },
): Promise<Outcome> {
  const params = new URLSearchParams({ ...device, limit: '500', pending: '0' });
  const res = await pool.request({
    method: 'GET',
    path: `/api/v1/sync/pull?${params.toString()}`,
    headers: { cookie, 'accept-encoding': 'gzip' },
  });
  const raw = Buffer.from(await res.body.arrayBuffer());
  const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString();
  if (res.statusCode !== 200) return { kind: 'sync', status: res.statusCode, error: text };
  const page = JSON.parse(text) as { changes: unknown[]; hasMore: boolean };
  if (page.changes.length || page.hasMore)
    return { kind: 'sync', status: 0, error: `${page.changes.length} changes on an empty pull` };
  return { kind: 'sync', status: 200 };
}

/** Calibration: the liveness check (one trivial query, no session), the floor of any request. */
async function healthRequest(pool: Pool): Promise<Outcome> {
  const res = await pool.request({ method: 'GET', path: '/healthz' });
  const body = await res.body.text();
  if (res.statusCode !== 200)
    return { kind: 'healthz', status: res.statusCode, error: body.slice(0, 200) };
  return { kind: 'healthz', status: 200 };
}

export async function runLoad(request: LoadRequest): Promise<LoadResult> {
  const pool = new Pool(request.origin, {
    connections: request.connections,
    pipelining: 1,
    keepAliveTimeout: 60_000,
  });
  const latencies: Record<string, number[]> = {};
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let warmupRequests = 0;
  let lastEnd = 0;
  const cpu = process.cpuUsage();
  const begin = performance.now();
  const measureFrom = begin + request.warmupMs;
  const end = measureFrom + request.durationMs;

  const syncOf = (index: number) => {
    const device = request.sync?.[index];
    if (!device) throw new Error(`no sync cursor for worker ${index}`);
    return device;
  };

  const record = (outcome: Outcome, started: number, finished: number) => {
    if (started < measureFrom) {
      warmupRequests++;
      return;
    }
    lastEnd = Math.max(lastEnd, finished);
    (latencies[outcome.kind] ??= []).push(finished - started);
    statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
    if (outcome.status !== 200) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`${outcome.status} ${outcome.error ?? ''}`);
    }
  };

  const client = async (index: number) => {
    const rng = new Rng(request.seed * 1000 + index);
    const cookie = request.cookies[index % request.cookies.length] as string;
    const state: HouseholdState = { cursor: null, q: null, depth: 0 };
    // `sync`: the virtual clients take the workers in turn, so all of them pull.
    let turn = index;
    while (performance.now() < end) {
      const started = performance.now();
      let outcome: Outcome;
      try {
        const worker = turn % request.cookies.length;
        turn += request.concurrency;
        outcome =
          request.scenario === 'sync'
            ? await syncRequest(pool, request.cookies[worker] as string, syncOf(worker))
            : request.scenario === 'households'
              ? await householdRequest(pool, cookie, state, rng, request.searchTerms)
              : request.scenario === 'persons'
                ? await personRequest(pool, cookie, rng, request.personIds)
                : await healthRequest(pool);
      } catch (error) {
        outcome = { kind: 'exception', status: 0, error: String(error) };
      }
      record(outcome, started, performance.now());
    }
  };

  const openLoop = async (rate: number) => {
    const rng = new Rng(request.seed * 7919);
    const states: HouseholdState[] = request.cookies.map(() => ({
      cursor: null,
      q: null,
      depth: 0,
    }));
    const busy = new Set<number>();
    const inFlight = new Set<Promise<void>>();
    let scheduled = begin;
    for (let i = 0; ; i++) {
      scheduled += (-Math.log(1 - rng.next()) * 1000) / rate;
      if (scheduled >= end) break;
      const wait = scheduled - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const index = i % request.cookies.length;
      const cookie = request.cookies[index] as string;
      // A user already waiting for a page starts a new list instead of sharing its cursor.
      const state = busy.has(index)
        ? { cursor: null, q: null, depth: 0 }
        : (states[index] as HouseholdState);
      busy.add(index);
      const at = scheduled;
      const task = (async () => {
        let outcome: Outcome;
        try {
          outcome =
            request.scenario === 'sync'
              ? await syncRequest(pool, cookie, syncOf(index))
              : request.scenario === 'households'
                ? await householdRequest(pool, cookie, state, rng, request.searchTerms)
                : request.scenario === 'persons'
                  ? await personRequest(pool, cookie, rng, request.personIds)
                  : await healthRequest(pool);
        } catch (error) {
          outcome = { kind: 'exception', status: 0, error: String(error) };
        }
        busy.delete(index);
        record(outcome, at, performance.now());
      })();
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
    }
    await Promise.all(inFlight);
  };

  if (request.rate) await openLoop(request.rate);
  else await Promise.all(Array.from({ length: request.concurrency }, (_, i) => client(i)));
  await pool.close();
  const used = process.cpuUsage(cpu);
  return {
    type: 'result',
    scenario: request.scenario,
    latencies,
    errors,
    errorSamples,
    statuses,
    measuredMs: lastEnd - measureFrom,
    warmupRequests,
    cpuMs: (used.user + used.system) / 1000,
  };
}

// Run as a child process: one scenario per message, answered with its result.
if (process.send) {
  process.on('message', (message: LoadRequest | { type: 'exit' }) => {
    if (message.type === 'exit') {
      process.disconnect();
      return;
    }
    runLoad(message).then(
      (result) => process.send?.(result),
      (error: unknown) => process.send?.({ type: 'error', message: String(error) }),
    );
  });
}
