import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { connect } from '../bootstrap.js';
import { loadConfig } from '../config.js';

const run = promisify(execFile);
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cli.ts');

/** The `birge` command as an operator uses it, on an embedded database in a temporary directory. */
describe('birge command line', () => {
  let dataDir: string;
  const env = () => ({
    ...process.env,
    BIRGE_DATA_DIR: dataDir,
    BIRGE_MODE: 'production',
    LOG_LEVEL: 'warn',
  });
  const birge = (args: string[], extraEnv: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', '--conditions', 'birge-source', CLI, ...args], {
      env: { ...env(), ...extraEnv },
      timeout: 120_000,
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'birge-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('migrates an empty database', async () => {
    const { stdout } = await birge(['migrate']);
    expect(stdout).toContain('applied 1');
  });

  it('creates the first administrator, who can then sign in', async () => {
    const { stdout } = await birge(
      ['user', 'add', '--username', 'first-admin', '--role', 'admin', '--name', 'Бірінші әкімші'],
      { BIRGE_PASSWORD: 'a-long-enough-password' },
    );
    expect(stdout).toMatch(/created admin "first-admin"/);
    const config = loadConfig({ BIRGE_DATA_DIR: dataDir, BIRGE_MODE: 'production' });
    const database = await connect(config);
    const app = await buildApp({ database, config });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'first-admin', password: 'a-long-enough-password' },
    });
    await app.close();
    await database.close();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'admin', displayName: 'Бірінші әкімші' });
  });

  it('refuses a worker without a place, saying why', async () => {
    const error = await birge(['user', 'add', '--username', 'nowhere', '--role', 'worker'], {
      BIRGE_PASSWORD: 'a-long-enough-password',
    }).catch((e: { stderr: string; code: number }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain('user.scope_required');
  });

  it('refuses demo data in production mode', async () => {
    const error = await birge(['seed', '--demo']).catch((e: { stderr: string; code: number }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain('refused in production mode');
  });

  it('loads a classifier file once and reports it is already loaded the second time', async () => {
    const file = path.resolve(path.dirname(CLI), '../assets/kato_2026-07-17.csv');
    const { stdout } = await birge(['import', 'places', file]);
    expect(stdout).toContain('already loaded as classifier 2026-07-17');
  });
});
