import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Pool } from 'undici';

/**
 * First full pulls (docs/sync-protocol.md, "Pull"), run in a child process so that reading and
 * unzipping the pages does not share the server's thread. Each worker pulls page after page from
 * no cursor, as the PWA does (gzip accepted, deviceId and pending), until `hasMore` is false; all
 * workers of a run start at once (one worker per run for the single-device measurement).
 */

export interface PullWorker {
  cookie: string;
  deviceId: string;
  /** Records (households and persons) of the worker's caseload: what a complete copy holds. */
  expected: number;
}

export interface FirstPullRequest {
  type: 'first-pulls';
  origin: string;
  limit: number;
  workers: PullWorker[];
  /**
   * After the last page (hasMore false) with fewer records than expected, pull again from the
   * returned cursor every `retryMs` until the copy is complete or `giveUpMs` have passed.
   */
  retryMs: number;
  giveUpMs: number;
}

export interface WorkerPull {
  /** From the first request to the response saying hasMore false, ms. */
  wallMs: number;
  pages: number;
  changes: number;
  /** Body bytes as sent (gzip) and after unzipping. */
  wireBytes: number;
  rawBytes: number;
  /** Distinct live records received by the protocol's end (the first hasMore false). */
  received: number;
  expected: number;
  /** Pulls after the protocol's end needed to complete the copy, and when it was complete (ms). */
  extraPulls: number;
  completeMs: number | null;
  pageMs: number[];
  cursor: string;
  errors: string[];
}

export interface FirstPullResult {
  type: 'result';
  workers: WorkerPull[];
  /** From the common start until every worker's protocol end / complete copy, ms. */
  allDoneMs: number;
  allCompleteMs: number | null;
  cpuMs: number;
}

interface PageBody {
  changes: { entity: string; id: string; deleted: boolean }[];
  cursor: string;
  hasMore: boolean;
}

async function pullWorker(
  pool: Pool,
  request: FirstPullRequest,
  worker: PullWorker,
  start: number,
): Promise<WorkerPull> {
  const held = new Set<string>();
  const out: WorkerPull = {
    ...{ wallMs: NaN, pages: 0, changes: 0, wireBytes: 0, rawBytes: 0, received: 0 },
    ...{ expected: worker.expected, extraPulls: 0, completeMs: null, pageMs: [], cursor: '' },
    errors: [],
  };
  let cursor = '';
  let ended = false;
  while (performance.now() - start < request.giveUpMs) {
    const params = new URLSearchParams({ limit: String(request.limit), deviceId: worker.deviceId });
    params.set('pending', '0');
    if (cursor) params.set('cursor', cursor);
    const began = performance.now();
    const res = await pool.request({
      method: 'GET',
      path: `/api/v1/sync/pull?${params.toString()}`,
      headers: { cookie: worker.cookie, 'accept-encoding': 'gzip' },
    });
    const wire = Buffer.from(await res.body.arrayBuffer());
    const finished = performance.now();
    const gzip = res.headers['content-encoding'] === 'gzip';
    const text = (gzip ? gunzipSync(wire) : wire).toString();
    if (res.statusCode !== 200) {
      out.errors.push(`${res.statusCode} ${text.slice(0, 200)}`);
      break;
    }
    const page = JSON.parse(text) as PageBody;
    for (const change of page.changes) {
      const key = `${change.entity}:${change.id}`;
      if (change.deleted) held.delete(key);
      else held.add(key);
    }
    cursor = page.cursor;
    if (!ended) {
      out.pageMs.push(finished - began);
      out.pages++;
      out.changes += page.changes.length;
      out.wireBytes += wire.length;
      out.rawBytes += Buffer.byteLength(text);
    } else out.extraPulls++;
    if (page.hasMore) continue;
    if (!ended) {
      ended = true;
      out.wallMs = finished - start;
      out.received = held.size;
    }
    if (held.size >= worker.expected) {
      out.completeMs = finished - start;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, request.retryMs));
  }
  out.cursor = cursor;
  return out;
}

export async function runFirstPulls(request: FirstPullRequest): Promise<FirstPullResult> {
  const pool = new Pool(request.origin, {
    connections: request.workers.length,
    pipelining: 1,
    keepAliveTimeout: 60_000,
  });
  // Open the connections first: the measurement starts with warm keep-alive sockets.
  await Promise.all(
    request.workers.map(async () =>
      (await pool.request({ method: 'GET', path: '/healthz' })).body.text(),
    ),
  );
  const cpu = process.cpuUsage();
  const start = performance.now();
  const workers = await Promise.all(
    request.workers.map((w) => pullWorker(pool, request, w, start)),
  );
  const used = process.cpuUsage(cpu);
  await pool.close();
  const complete = workers.map((w) => w.completeMs);
  return {
    type: 'result',
    workers,
    allDoneMs: Math.max(...workers.map((w) => w.wallMs)),
    allCompleteMs: complete.every((c) => c !== null) ? Math.max(...complete) : null,
    cpuMs: (used.user + used.system) / 1000,
  };
}

/** The parent's side: forks this module once and sends it runs. */
export class SyncClient {
  readonly #child: ChildProcess;

  constructor() {
    this.#child = fork(new URL(import.meta.url), [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  run(request: Omit<FirstPullRequest, 'type'>): Promise<FirstPullResult> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: FirstPullResult | { type: 'error'; message: string }) => {
        this.#child.off('exit', onExit);
        if (message.type === 'error') reject(new Error(message.message));
        else resolve(message);
      };
      const onExit = (code: number | null) => reject(new Error(`sync client exited (${code})`));
      this.#child.once('message', onMessage);
      this.#child.once('exit', onExit);
      this.#child.send({ ...request, type: 'first-pulls' } satisfies FirstPullRequest);
    });
  }

  close(): void {
    if (this.#child.connected) this.#child.send({ type: 'exit' });
  }
}

// Run as the child process (forked with this file as its main module).
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.on('message', (message: FirstPullRequest | { type: 'exit' }) => {
    if (message.type === 'exit') {
      process.disconnect();
      return;
    }
    runFirstPulls(message).then(
      (result) => process.send?.(result),
      (error: unknown) => process.send?.({ type: 'error', message: String(error) }),
    );
  });
}
