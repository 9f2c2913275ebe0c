import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MigrationMismatchError } from '../../modules/backups/migrations.ts';
import { BackupInvalidError, verifyBackup } from '../../modules/backups/reader.ts';
import { RestoreRefusedError, restoreBackup } from '../../modules/backups/restore.ts';
import { createBlobStore } from '../../platform/blob-store.ts';
import { CliError, type Command } from '../command.ts';
import { describeManifest } from './backup.ts';

const HELP = [
  'Usage: saisei restore FILE            restore into an empty database',
  '       saisei restore --verify FILE   check a backup without restoring (exit 1 when it is bad)',
  '',
  'The target is DATABASE_URL (an empty PostgreSQL database) or else SAISEI_DATA_DIR (a folder without',
  'a database). Stop the server first. The whole file is checked before anything is written; a damaged,',
  'cut-short or wrongly keyed backup (SAISEI_BACKUP_KEY) is refused and the target left as it was.',
  'Photo files go to SAISEI_BLOB_DIR (or the S3 bucket). Across databases works: PGlite <-> PostgreSQL.',
].join('\n');

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup into an empty database, or check one: `restore [--verify] FILE`',
  help: HELP,
  async run(args, config) {
    const { values, positionals } = parseArgs({
      args,
      options: { verify: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1 || !positionals[0]) throw new CliError(HELP);
    const file = path.resolve(positionals[0]);
    if (!fs.existsSync(file)) throw new CliError(`${file} does not exist.`);
    try {
      if (values.verify) {
        const manifest = await verifyBackup(file, config.backupKey);
        process.stdout.write(
          `Backup verified: every checksum matches.\n${describeManifest(manifest, fs.statSync(file).size)}\n`,
        );
        return 0;
      }
      const target = config.databaseUrl
        ? { kind: 'postgres' as const, url: config.databaseUrl }
        : { kind: 'pglite' as const, dataDir: config.dataDir };
      const manifest = await restoreBackup(file, config.backupKey, target, createBlobStore(config));
      process.stdout.write(
        `Restored into ${target.kind === 'postgres' ? 'the PostgreSQL database' : target.dataDir}; ` +
          `counts, checksums and the audit chain verified.\n${describeManifest(manifest)}\n` +
          'Two-factor sign-in needs the same SAISEI_SECRET_KEY (or key file) the backed-up server used.\n',
      );
      return 0;
    } catch (error) {
      if (error instanceof BackupInvalidError) {
        process.stderr.write(`saisei restore: backup refused: ${error.message}\n`);
        return 1;
      }
      if (error instanceof RestoreRefusedError || error instanceof MigrationMismatchError) {
        throw new CliError(error.message);
      }
      throw error;
    }
  },
};
