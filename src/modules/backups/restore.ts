import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '../../db/client.ts';
import { acquireDataDirLock } from '../../db/lock.ts';
import type { BlobStore } from '../../platform/blob-store.ts';
import { chainHead } from '../audit/anchor.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import type { Manifest } from './container.ts';
import { migrationsUpTo } from './migrations.ts';
import {
  addConstraint,
  dropConstraint,
  dropRestoredSchema,
  insertRows,
  objectsInDatabase,
  selfReferences,
  setCanonicalOutput,
  setSequence,
  tablesInInsertOrder,
} from './queries.ts';
import { BackupInvalidError, readRecords, verifyBackup } from './reader.ts';
import { readTable } from './snapshot.ts';

export type RestoreTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** The target is not empty, or the restore's own check failed: nothing is left behind. */
export class RestoreRefusedError extends Error {}

/**
 * Restores a backup into an empty target. The whole file is verified first (nothing is written
 * for a damaged, cut-short or wrongly keyed file); then the schema the rows came from is built,
 * every row inserted in one transaction that also re-reads them and checks counts, checksums,
 * the audit chain and its anchor before committing; newer migrations are applied last. PGlite is
 * restored into a folder beside the target and moved into place only at the end.
 */
export async function restoreBackup(
  file: string,
  key: Buffer | undefined,
  target: RestoreTarget,
  blobs: BlobStore,
): Promise<Manifest> {
  const manifest = await verifyBackup(file, key);
  const migrations = await migrationsUpTo(manifest.migration.when);
  try {
    if (target.kind === 'postgres') {
      const database = await openDatabase({ kind: 'postgres', url: target.url, poolMax: 2 });
      try {
        if ((await objectsInDatabase(database.db)) > 0) {
          throw new RestoreRefusedError(
            'The target database is not empty: restore only into a new, empty database.',
          );
        }
        try {
          await restoreInto(database, file, key, manifest, migrations, blobs);
        } catch (error) {
          await dropRestoredSchema(database.db);
          throw error;
        }
      } finally {
        await database.close();
      }
      return manifest;
    }
    const lock = acquireDataDirLock(target.dataDir);
    const temp = `${target.dataDir.replace(/[/\\]+$/, '')}.restoring-${randomBytes(4).toString('hex')}`;
    try {
      const finalPg = path.join(target.dataDir, 'pg');
      if (fs.existsSync(finalPg) && fs.readdirSync(finalPg).length > 0) {
        throw new RestoreRefusedError(
          `The data folder ${target.dataDir} already holds a database: restore only into an empty folder.`,
        );
      }
      const database = await openDatabase({ kind: 'pglite', dataDir: temp });
      try {
        await restoreInto(database, file, key, manifest, migrations, blobs);
      } finally {
        await database.close();
      }
      fs.rmSync(finalPg, { recursive: true, force: true });
      fs.renameSync(path.join(temp, 'pg'), finalPg);
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
      lock.release();
    }
    return manifest;
  } finally {
    await migrations.remove();
  }
}

async function restoreInto(
  database: DatabaseHandle,
  file: string,
  key: Buffer | undefined,
  manifest: Manifest,
  migrations: { folder: string; isLatest: boolean },
  blobs: BlobStore,
): Promise<void> {
  await database.migrate(migrations.folder);
  await database.db.transaction(async (tx) => {
    await setCanonicalOutput(tx);
    const tables = new Map((await tablesInInsertOrder(tx)).map((t) => [t.name, t]));
    const selfRefs = await selfReferences(tx);
    for (const c of selfRefs) await dropConstraint(tx, c.table, c.name);
    await readRecords(file, key, async (record) => {
      if (record.type === 'T') {
        const table = tables.get(record.name);
        if (!table)
          throw new BackupInvalidError(`The backup holds table ${record.name}, unknown to its schema.`);
        const lines = record.data.toString('utf8').trimEnd().split('\n');
        await insertRows(tx, table, `[${lines.join(',')}]`);
      } else if (record.type === 'B') {
        await blobs.put(record.data);
      }
    });
    for (const c of selfRefs) await addConstraint(tx, c.table, c.name, c.definition);
    for (const s of manifest.sequences) await setSequence(tx, s);
    // The check reads back what the database now holds, the way the backup read it.
    for (const entry of manifest.tables) {
      const table = tables.get(entry.name);
      const got = table ? await readTable(tx, table, async () => {}) : undefined;
      if (got?.rows !== entry.rows || got.sha256 !== entry.sha256) {
        throw new RestoreRefusedError(
          `Restored table ${entry.name} does not match the backup (rows or checksum).`,
        );
      }
    }
    const anchor = await chainHead(tx);
    if (JSON.stringify(anchor) !== JSON.stringify(manifest.auditAnchor)) {
      throw new RestoreRefusedError(
        'The restored audit trail does not end at the anchor the backup recorded.',
      );
    }
    const chain = await verifyAuditChain(tx, { expect: manifest.auditAnchor });
    if (!chain.ok) {
      const first = chain.breaks[0];
      throw new RestoreRefusedError(
        `The restored audit trail is broken (${chain.breakCount} break(s)${first ? `, first at event seq=${first.seq}` : ''}).`,
      );
    }
  });
  if (!migrations.isLatest) await database.migrate();
  // PGlite never analyses on its own (STACK.md trap 20); fresh statistics for the bulk-loaded rows.
  await database.db.execute(sql`analyze`);
}
