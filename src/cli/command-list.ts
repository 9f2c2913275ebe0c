import type { Command } from './command.ts';

/**
 * What `saisei --help` lists, without loading any command: a command's module pulls in the database,
 * the server and their packages (≈ 1 s), so it is imported only when that command runs (issue 19:
 * CLI start ≤ 0.2 s). Each summary is the command's own (command-list.test.ts keeps them equal).
 */
export const COMMANDS: { name: string; summary: string; load(): Promise<Command> }[] = [
  {
    name: 'serve',
    summary: 'Start the server (migrates the database first)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  {
    name: 'migrate',
    summary: 'Apply pending database migrations',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
  {
    name: 'user',
    summary: 'Create the first account from a terminal (refused once an admin exists)',
    load: async () => (await import('./commands/user.ts')).userCommand,
  },
  {
    name: 'token',
    summary: 'Create an API token for a machine; prints only the token',
    load: async () => (await import('./commands/token.ts')).tokenCommand,
  },
  {
    name: 'audit',
    summary: 'Audit trail tools: `audit verify` checks that no event was edited or removed; `audit anchor`',
    load: async () => (await import('./commands/audit.ts')).auditCommand,
  },
  {
    name: 'backup',
    summary: 'Write a backup of the database and photos: `backup --out FILE`',
    load: async () => (await import('./commands/backup.ts')).backupCommand,
  },
  {
    name: 'restore',
    summary: 'Restore a backup into an empty database, or check one: `restore [--verify] FILE`',
    load: async () => (await import('./commands/restore.ts')).restoreCommand,
  },
  {
    name: 'demo',
    summary: 'Fill an empty database with a small, clearly fictional demo clinic',
    load: async () => (await import('./commands/demo.ts')).demoCommand,
  },
  {
    name: 'bench-data',
    summary:
      'Fill a clinic with a large, clearly fictional history (patients, records, audit trail) for benchmarks',
    load: async () => (await import('./commands/bench-data.ts')).benchDataCommand,
  },
  {
    name: 'openapi',
    summary: 'Print the OpenAPI document (for integrations and the web client types)',
    load: async () => (await import('./commands/openapi.ts')).openApiCommand,
  },
];
