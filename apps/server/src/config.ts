import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Mode = 'demo' | 'production';

export interface Config {
  port: number;
  host: string;
  mode: Mode;
  dataDir: string;
  databaseUrl: string | undefined;
  dbPoolSize: number;
  logLevel: string;
  /** Send the session cookie only over HTTPS (default: on in production). */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from a reverse proxy, for client addresses in the audit log. */
  trustProxy: boolean;
  sessionIdleHours: number;
  sessionMaxDays: number;
  /** Failed sign-ins allowed per username and per address in `loginWindowMinutes`. */
  loginMaxFailuresPerUser: number;
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  /** Households a device holds at most, and months of ended history it keeps (sync). */
  syncMaxHouseholds: number;
  syncHistoryMonths: number;
  webDist: string;
}

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files shipped with the server (the KATO classifier, English place names). */
export function assetPath(name: string): string {
  return path.join(PACKAGE_ROOT, 'assets', name);
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** Configuration from the environment; README "Configuration" lists every variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const modeValue = env.BIRGE_MODE ?? 'demo';
  if (modeValue !== 'demo' && modeValue !== 'production')
    throw new Error(`BIRGE_MODE must be "demo" or "production", got "${modeValue}"`);
  const mode: Mode = modeValue;
  return {
    port: int(env.PORT, 8080, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    mode,
    dataDir: path.resolve(env.BIRGE_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    dbPoolSize: int(env.BIRGE_DB_POOL_SIZE, 20, 'BIRGE_DB_POOL_SIZE'),
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: bool(env.BIRGE_SECURE_COOKIES, mode === 'production'),
    trustProxy: bool(env.BIRGE_TRUST_PROXY, false),
    sessionIdleHours: int(env.BIRGE_SESSION_IDLE_HOURS, 14 * 24, 'BIRGE_SESSION_IDLE_HOURS'),
    sessionMaxDays: int(env.BIRGE_SESSION_MAX_DAYS, 30, 'BIRGE_SESSION_MAX_DAYS'),
    loginMaxFailuresPerUser: int(env.BIRGE_LOGIN_MAX_FAILURES, 5, 'BIRGE_LOGIN_MAX_FAILURES'),
    loginMaxFailuresPerIp: int(
      env.BIRGE_LOGIN_MAX_FAILURES_PER_IP,
      30,
      'BIRGE_LOGIN_MAX_FAILURES_PER_IP',
    ),
    loginWindowMinutes: int(env.BIRGE_LOGIN_WINDOW_MINUTES, 15, 'BIRGE_LOGIN_WINDOW_MINUTES'),
    syncMaxHouseholds: int(env.BIRGE_SYNC_MAX_HOUSEHOLDS, 300, 'BIRGE_SYNC_MAX_HOUSEHOLDS'),
    syncHistoryMonths: int(env.BIRGE_SYNC_HISTORY_MONTHS, 24, 'BIRGE_SYNC_HISTORY_MONTHS'),
    webDist: path.resolve(env.BIRGE_WEB_DIST ?? path.join(PACKAGE_ROOT, '..', 'web', 'dist')),
  };
}
