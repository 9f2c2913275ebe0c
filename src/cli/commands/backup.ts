import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataDirLockedError } from '../../db/lock.ts';
import type { Manifest } from '../../modules/backups/container.ts';
import { auditBackup } from '../../modules/backups/service.ts';
import { writeBackup } from '../../modules/backups/writer.ts';
import { systemContext } from '../../platform/actor.ts';
import { createBlobStore } from '../../platform/blob-store.ts';
import { openConfiguredDatabase } from '../../platform/server.ts';
import { CliError, type Command } from '../command.ts';

const HELP = [
  'Options:',
  '  --out FILE   where to write the backup (refused if it exists)',
  '',
  'Writes one consistent snapshot of the database and the photo files, compressed, and encrypted',
  'when SAISEI_BACKUP_KEY is set. With PostgreSQL (DATABASE_URL) it runs while the server runs.',
  'With the embedded database (PGlite) only one process may open the data folder: while the server',
  'runs, take backups through the server (SAISEI_BACKUP_DIR schedule, or "Back up now" on the admin',
  'screen); this command works when the server is stopped. See docs/operations.md.',
].join('\n');

export function describeManifest(m: Manifest, size?: number): string {
  const rows = m.tables.reduce((sum, t) => sum + t.rows, 0);
  return [
    `  created    ${m.createdAt} (${m.databaseKind}, schema ${m.migration.tag})`,
    ...(size === undefined ? [] : [`  size       ${size} bytes${m.encrypted ? ', encrypted' : ''}`]),
    `  rows       ${rows} in ${m.tables.length} tables`,
    `  photos     ${m.blobs.length} files`,
    m.auditAnchor
      ? `  audit      newest event seq=${m.auditAnchor.seq} hash=${m.auditAnchor.hash}`
      : '  audit      no events',
  ].join('\n');
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write a backup of the database and photos: `backup --out FILE`',
  help: HELP,
  async run(args, config) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
    if (!values.out) throw new CliError(`--out FILE is required.\n\n${HELP}`);
    const out = path.resolve(values.out);
    if (existsSync(out)) throw new CliError(`${out} already exists; choose a new file name.`);
    const database = await openConfiguredDatabase(config).catch((error: unknown) => {
      if (!(error instanceof DataDirLockedError)) throw error;
      throw new CliError(
        `${error.message}\nWith the embedded database the running server takes the backups: set SAISEI_BACKUP_DIR, ` +
          'or use "Back up now" on the admin screen (POST /api/v1/backups). With PostgreSQL this command works at any time.',
      );
    });
    try {
      const source = {
        db: database.db,
        kind: database.kind,
        blobs: createBlobStore(config),
        appVersion: config.version,
      };
      const { manifest, size } = await writeBackup(source, out, { key: config.backupKey });
      await auditBackup(database.db, systemContext('cli-backup'), 'backup_created', path.basename(out), {
        size,
        rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
        photos: manifest.blobs.length,
        encrypted: manifest.encrypted,
        auditAnchor: manifest.auditAnchor,
      });
      process.stdout.write(`Backup written: ${out}\n${describeManifest(manifest, size)}\n`);
      if (!config.backupKey) {
        process.stdout.write(
          'Not encrypted (SAISEI_BACKUP_KEY is not set): keep the file as safe as the database.\n',
        );
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
