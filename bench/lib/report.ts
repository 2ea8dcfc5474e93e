import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Shared output of the benchmarks: machine facts, latency statistics, tables and result files. */

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');

export interface MachineFacts {
  date: string;
  node: string;
  platform: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  gitCommit: string | null;
  gitDirty: boolean | null;
  /** 1, 5 and 15-minute load averages when the benchmark started (others may share the machine). */
  loadAverage: number[];
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export function machineFacts(): MachineFacts {
  const status = git(['status', '--porcelain', '--untracked-files=no', 'apps/server', 'packages']);
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    arch: process.arch,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    gitCommit: git(['rev-parse', 'HEAD']),
    gitDirty: status === null ? null : status !== '',
    loadAverage: os.loadavg().map((n) => round(n)),
  };
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of latencies in milliseconds. */
export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: round(rank(50), 3),
    p95: round(rank(95), 3),
    p99: round(rank(99), 3),
    max: round(sorted.at(-1) ?? NaN, 3),
    mean: round(sorted.length ? sum / sorted.length : NaN, 3),
  };
}

export function verdict(value: number, target: number): 'PASS' | 'MISS' {
  return value <= target ? 'PASS' : 'MISS';
}

/** Prints rows as an aligned text table; the first row is the header. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)));
  const [header, ...body] = rows;
  if (!header) return;
  console.log(line(header).join('  '));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r).join('  '));
}

/** Writes `bench/results/<name>-<engine>.json` and returns its path. */
export async function writeResult(name: string, engine: string, data: unknown): Promise<string> {
  const dir = path.join(BENCH_DIR, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}-${engine}.json`);
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return path.relative(REPO_ROOT, file);
}

export function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}
