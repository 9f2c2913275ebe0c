import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseHandle } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type RequestContext, systemContext } from '../../platform/actor.ts';
import type { BlobStore } from '../../platform/blob-store.ts';
import type { Config } from '../../platform/config.ts';
import { conflict } from '../../platform/errors.ts';
import { recordAudit } from '../audit/recorder.ts';
import { generationName, newestGenerationTime, pruneGenerations } from './generations.ts';
import { latestBackupEvent } from './queries.ts';
import { verifyBackup } from './reader.ts';
import { writeBackup } from './writer.ts';

export type BackupConfig = Pick<
  Config,
  'backupDir' | 'backupEveryHours' | 'backupKeep' | 'backupKey' | 'version'
>;

export type BackupStatus = {
  configured: boolean;
  everyHours: number;
  keep: number;
  encrypted: boolean;
  running: boolean;
  latest: {
    at: string;
    result: 'ok' | 'failed';
    file: string | null;
    size: number | null;
    rows: number | null;
    photos: number | null;
    error: string | null;
  } | null;
};

type Details = { size?: number; rows?: number; photos?: number; error?: string };

export type BackupService = ReturnType<typeof createBackupService>;

/** Every backup is an audit event: its file, size and anchor (or the failure) in the trail. */
export function auditBackup(
  db: DatabaseHandle['db'],
  ctx: RequestContext,
  action: 'backup_created' | 'backup_failed',
  name: string,
  details: Record<string, unknown>,
): Promise<void> {
  return inTransaction(db, (tx) =>
    recordAudit(tx, ctx, { action, entityType: 'backup', entityId: name, details }),
  );
}

/**
 * Backups taken by the running server: on a schedule (SAISEI_BACKUP_DIR, every
 * SAISEI_BACKUP_EVERY_HOURS) and on demand. Each is verified after writing; only then are
 * generations beyond SAISEI_BACKUP_KEEP deleted. Every backup, and every failure, is an audit event.
 * With PGlite the snapshot's transaction holds the database, so requests wait until the rows are read.
 */
export function createBackupService(database: DatabaseHandle, blobs: BlobStore, config: BackupConfig) {
  const { db } = database;
  let running: Promise<BackupStatus> | undefined;

  async function take(ctx: RequestContext): Promise<void> {
    const dir = config.backupDir as string;
    const name = generationName(new Date());
    const file = path.join(dir, name);
    try {
      fs.mkdirSync(dir, { recursive: true });
      const source = { db, kind: database.kind, blobs, appVersion: config.version };
      const { manifest, size } = await writeBackup(source, file, { key: config.backupKey });
      await verifyBackup(file, config.backupKey);
      const removed = pruneGenerations(dir, config.backupKeep);
      const details = {
        size,
        rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
        photos: manifest.blobs.length,
        encrypted: manifest.encrypted,
        auditAnchor: manifest.auditAnchor,
        removedGenerations: removed,
      };
      await auditBackup(db, ctx, 'backup_created', name, details);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await auditBackup(db, ctx, 'backup_failed', name, { error: message.slice(0, 500) });
    }
  }

  async function status(): Promise<BackupStatus> {
    const event = await latestBackupEvent(db);
    const details = ((event?.changes as { details?: Details } | null)?.details ?? {}) as Details;
    return {
      configured: Boolean(config.backupDir),
      everyHours: config.backupEveryHours,
      keep: config.backupKeep,
      encrypted: Boolean(config.backupKey),
      running: running !== undefined,
      latest: event
        ? {
            at: event.occurred_at,
            result: event.action === 'backup_created' ? 'ok' : 'failed',
            file: event.entity_id,
            size: details.size ?? null,
            rows: details.rows ?? null,
            photos: details.photos ?? null,
            error: details.error ?? null,
          }
        : null,
    };
  }

  /** One backup at a time; the answer is the status after it (result ok or failed). */
  function takeNow(ctx: RequestContext): Promise<BackupStatus> {
    if (!config.backupDir) {
      throw conflict('BACKUPS_NOT_CONFIGURED', 'Backups are off: set SAISEI_BACKUP_DIR on the server.');
    }
    if (running) throw conflict('BACKUP_RUNNING', 'A backup is being taken now; wait for it to finish.');
    running = take(ctx)
      .then(status)
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  /** The schedule: the first run one interval after the newest generation (at once when overdue). */
  function startSchedule(log: (error: unknown) => void): () => void {
    if (!config.backupDir) return () => {};
    const everyMs = config.backupEveryHours * 3_600_000;
    let timer: NodeJS.Timeout | undefined;
    const arm = (delay: number) => {
      timer = setTimeout(
        () => {
          const runOnce = running
            ? running.then(() => undefined)
            : takeNow(systemContext('backup-schedule')).then(() => undefined);
          runOnce.catch(log).finally(() => arm(everyMs));
        },
        Math.max(delay, 1000),
      );
      timer.unref();
    };
    const newest = newestGenerationTime(config.backupDir);
    arm(newest ? newest.getTime() + everyMs - Date.now() : 60_000);
    return () => clearTimeout(timer);
  }

  return { status, takeNow, startSchedule };
}
