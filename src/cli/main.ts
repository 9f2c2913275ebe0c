import { DataDirLockedError } from '../db/lock.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { describeError } from '../platform/safe-error.ts';
import { SecretKeyError } from '../platform/secret-box.ts';
import { CliError, type Command } from './command.ts';
import { auditCommand } from './commands/audit.ts';
import { backupCommand } from './commands/backup.ts';
import { benchDataCommand } from './commands/bench-data.ts';
import { demoCommand } from './commands/demo.ts';
import { migrateCommand } from './commands/migrate.ts';
import { openApiCommand } from './commands/openapi.ts';
import { restoreCommand } from './commands/restore.ts';
import { serveCommand } from './commands/serve.ts';
import { tokenCommand } from './commands/token.ts';
import { userCommand } from './commands/user.ts';

const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  userCommand,
  tokenCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
  demoCommand,
  benchDataCommand,
  openApiCommand,
];

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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command: ${name}\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`saisei ${command.name}: ${command.summary}\n${command.help ?? ''}\n`);
    return 0;
  }
  return command.run(rest, loadConfig());
}

main(process.argv.slice(2)).then(
  (code) => {
    // `serve` keeps running; every other command ends here.
    if (code !== undefined && code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof DataDirLockedError ||
      error instanceof SecretKeyError
    ) {
      process.stderr.write(`saisei: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    // Through the log's error rules: a failed query's parameters (a patient's name) never reach the terminal.
    process.stderr.write(`saisei: ${describeError(error)}\n`);
    process.exitCode = 1;
  },
);
