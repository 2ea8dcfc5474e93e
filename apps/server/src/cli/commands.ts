import { createInterface } from 'node:readline/promises';
import { userInputSchema } from '@birge/domain';
import { SingleBar, Presets } from 'cli-progress';
import { buildApp } from '../app.js';
import { connect, prepare, start } from '../bootstrap.js';
import type { Config } from '../config.js';
import { migrate } from '../db/migrate.js';
import { ProblemError } from '../http/problem.js';
import {
  describeBuiltinSync,
  syncBuiltinActivities,
} from '../modules/activities/activities.seed.js';
import { importPlaces } from '../modules/places/places.import.js';
import { seedDemo } from '../seed/demo.js';

export interface CliOptions {
  demo?: boolean | undefined;
  username?: string | undefined;
  role?: string | undefined;
  scope?: string[] | undefined;
  name?: string | undefined;
  language?: string | undefined;
  version?: string | undefined;
}

const log = (message: string) => console.log(`birge: ${message}`);

async function askPassword(): Promise<string> {
  if (process.env.BIRGE_PASSWORD) return process.env.BIRGE_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('Password (at least 10 characters): ');
  } finally {
    rl.close();
  }
}

/** Runs one command; returns an exit code, or null while a server keeps running. */
export async function runCommand(
  args: string[],
  options: CliOptions,
  config: Config,
): Promise<number | null> {
  const [command, sub, file] = args;
  switch (command ?? '') {
    case 'start': {
      const running = await start(config, log);
      log(`Birge is running at ${running.url} (${running.database.kind}, ${config.mode} mode)`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const)
        process.once(signal, () => void running.stop().then(() => process.exit(0)));
      return null;
    }
    case 'migrate': {
      const database = await connect(config);
      const { applied, current } = await migrate(database);
      log(
        applied.length
          ? `applied ${applied.join(', ')}; schema at ${current}`
          : `schema is current (${current})`,
      );
      const library = describeBuiltinSync(await syncBuiltinActivities(database.db));
      if (library) log(`activity library: ${library}`);
      await database.close();
      return 0;
    }
    case 'seed': {
      if (!options.demo) throw new Error('Say what to seed: birge seed --demo');
      if (config.mode === 'production')
        throw new Error('Demo data is refused in production mode (BIRGE_MODE=production).');
      const database = await connect(config);
      await prepare(database, { ...config, mode: 'production' }, log);
      const app = await buildApp({ database, config });
      const seeded = await seedDemo(database.db, app.services);
      log(
        seeded
          ? `created ${seeded.accounts} demo accounts and ${seeded.households} households`
          : 'the database already has accounts; nothing seeded',
      );
      await app.close();
      await database.close();
      return 0;
    }
    case 'user': {
      if (sub !== 'add')
        throw new Error('Usage: birge user add --username U --role R [--scope KATO]...');
      const database = await connect(config);
      await prepare(database, { ...config, mode: 'production' }, log);
      const app = await buildApp({ database, config });
      try {
        const input = userInputSchema.parse({
          username: options.username,
          displayName: options.name ?? options.username,
          password: await askPassword(),
          role: options.role,
          scopes: options.scope ?? [],
          language: options.language ?? 'kk',
        });
        const id = await app.services.users.create(null, input);
        log(`created ${input.role} "${input.username}" (${id})`);
        return 0;
      } catch (error) {
        if (error instanceof ProblemError)
          throw new Error(`refused: ${JSON.stringify(error.options.errors ?? error.code)}`);
        throw error;
      } finally {
        await app.close();
        await database.close();
      }
    }
    case 'import': {
      if (sub !== 'places' || !file)
        throw new Error('Usage: birge import places FILE [--version V]');
      const database = await connect(config);
      await migrate(database);
      const bar = new SingleBar(
        { format: 'places [{bar}] {value}/{total}' },
        Presets.shades_classic,
      );
      let started = false;
      const result = await importPlaces(database.db, file, {
        version: options.version,
        onProgress: (done, total) => {
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      });
      if (started) bar.stop();
      log(
        result.alreadyLoaded
          ? `this file is already loaded as classifier ${result.version}; nothing changed`
          : `classifier ${result.version}: ${result.rows} places loaded, ${result.retired} retired`,
      );
      await database.close();
      return 0;
    }
    default:
      throw new Error(`Unknown command "${command ?? ''}". Run birge --help.`);
  }
}
