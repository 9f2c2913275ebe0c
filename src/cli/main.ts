import { COMMANDS } from './command-list.ts';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: saisei <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from the environment (see .env.example): SAISEI_DATA_DIR, DATABASE_URL, PORT, ...',
    "Run `saisei <command> --help` for a command's options.",
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 1;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`Unknown command: ${name}\n\n${usage()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`saisei ${command.name}: ${command.summary}\n${command.help ?? ''}\n`);
    return 0;
  }
  const { loadConfig } = await import('../platform/config.ts');
  return command.run(rest, loadConfig());
}

/** A mistake the person at the terminal can fix: its message alone, without a stack trace. */
async function isExpected(error: unknown): Promise<boolean> {
  const [{ CliError }, { ConfigError }, { DataDirLockedError }, { SecretKeyError }] = await Promise.all([
    import('./command.ts'),
    import('../platform/config.ts'),
    import('../db/lock.ts'),
    import('../platform/secret-box.ts'),
  ]);
  return [CliError, ConfigError, DataDirLockedError, SecretKeyError].some((type) => error instanceof type);
}

async function fail(error: unknown): Promise<void> {
  if (await isExpected(error)) {
    process.stderr.write(`saisei: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  // Through the log's error rules: a failed query's parameters (a patient's name) never reach the terminal.
  const { describeError } = await import('../platform/safe-error.ts');
  process.stderr.write(`saisei: ${describeError(error)}\n`);
  process.exitCode = 1;
}

main(process.argv.slice(2)).then((code) => {
  // `serve` keeps running; every other command ends here.
  if (code !== undefined && code >= 0) process.exitCode = code;
}, fail);
