#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { runCommand } from './cli/commands.js';
import { ProblemError } from './http/problem.js';

const HELP = `birge — community-based rehabilitation platform

Usage: birge <command> [options]

Commands:
  start                         start the server (migrates; loads KATO and demo data on an empty database)
  migrate                       apply database migrations
  seed --demo                   create the demo accounts and data (refused in production mode)
  user add --username U --role R [--scope KATO]... [--name "Full name"] [--language kk|ru|en]
                                create an account; the password is read from BIRGE_PASSWORD or asked for
  import places FILE [--version V]
                                load a KATO classifier edition (CSV or XLSX), idempotently

Configuration comes from the environment (README, "Configuration"): PORT, BIRGE_DATA_DIR,
DATABASE_URL, BIRGE_MODE, LOG_LEVEL, …`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    demo: { type: 'boolean' },
    username: { type: 'string' },
    role: { type: 'string' },
    scope: { type: 'string', multiple: true },
    name: { type: 'string' },
    language: { type: 'string' },
    version: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length === 0) {
  console.log(HELP);
  process.exit(positionals.length === 0 && !values.help ? 1 : 0);
}

try {
  const code = await runCommand(positionals, values, loadConfig());
  if (code !== null) process.exit(code);
} catch (error) {
  if (error instanceof ProblemError)
    console.error(`refused (${error.code}):`, JSON.stringify(error.options.errors ?? []));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
