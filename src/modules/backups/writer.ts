import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, DatabaseKind } from '../../db/client.ts';
import type { BlobStore } from '../../platform/blob-store.ts';
import { chainHead } from '../audit/anchor.ts';
import { sealAccessLog } from '../audit/sealer.ts';
import { encryptStream, fileKey } from './cipher.ts';
import { encodeRecord, FORMAT_VERSION, type Manifest, newFileHeader, type RecordType } from './container.ts';
import { migrationTag } from './migrations.ts';
import {
  latestMigrationWhen,
  readSequences,
  referencedBlobs,
  setCanonicalOutput,
  tablesInInsertOrder,
} from './queries.ts';
import { readTable } from './snapshot.ts';

export type BackupSource = { db: Database; kind: DatabaseKind; blobs: BlobStore; appVersion: string };

/**
 * Writes a backup to `file`: every table read in ONE repeatable-read, read-only transaction (a
 * consistent snapshot while the clinic keeps working), then the photo files those rows name
 * (content-addressed and never changed, so reading them after the snapshot is still consistent).
 * Written to `<file>.partial` and renamed when complete and flushed, so a half-written backup never
 * looks like a backup. Streams throughout: one page of rows or one photo in memory at a time.
 */
export async function writeBackup(
  source: BackupSource,
  file: string,
  options: { key?: Buffer | undefined } = {},
): Promise<{ manifest: Manifest; size: number }> {
  const header = newFileHeader(Boolean(options.key));
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  fs.writeFileSync(partial, header.bytes, { mode: 0o600 });
  const gzip = createGzip({ level: 6 });
  const out = fs.createWriteStream(partial, { flags: 'a' });
  const done = options.key
    ? pipeline(gzip, encryptStream(fileKey(options.key, header.salt), header.bytes), out)
    : pipeline(gzip, out);
  done.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  const emit = async (type: RecordType, name: string, data: Buffer) => {
    if (!gzip.write(encodeRecord(type, name, data))) await Promise.race([once(gzip, 'drain'), done]);
  };
  try {
    const createdAt = new Date().toISOString();
    await emit(
      'H',
      'saisei-backup',
      Buffer.from(JSON.stringify({ formatVersion: FORMAT_VERSION, createdAt })),
    );
    // Reads logged so far go into the chain the manifest anchors; entries logged after this seal
    // are in the snapshot as pending rows, restored as such and sealed after the restore.
    await sealAccessLog(source.db);
    const snapshot = await source.db.transaction(async (tx) => {
      // Must be the first statement: the whole read sees one moment of the database.
      await tx.execute(sql`set transaction isolation level repeatable read, read only`);
      await setCanonicalOutput(tx);
      const when = await latestMigrationWhen(tx);
      if (when === undefined) throw new Error('The database has no migrations applied: nothing to back up.');
      const tables = [];
      for (const table of await tablesInInsertOrder(tx)) {
        tables.push(await readTable(tx, table, (page) => emit('T', table.name, page)));
      }
      return {
        when,
        tables,
        sequences: await readSequences(tx),
        anchor: await chainHead(tx),
        blobHashes: await referencedBlobs(tx),
      };
    });
    const blobs = [];
    for (const hash of snapshot.blobHashes) {
      const bytes = await source.blobs.get(hash);
      if (!bytes)
        throw new Error(`Photo file ${hash} is missing from the photo store; the backup is incomplete.`);
      await emit('B', hash, bytes);
      blobs.push({ hash, size: bytes.length });
    }
    const manifest: Manifest = {
      format: 'saisei-backup',
      formatVersion: FORMAT_VERSION,
      appVersion: source.appVersion,
      createdAt,
      databaseKind: source.kind,
      migration: { when: snapshot.when, tag: await migrationTag(snapshot.when) },
      tables: snapshot.tables,
      sequences: snapshot.sequences,
      blobs,
      auditAnchor: snapshot.anchor,
      encrypted: Boolean(options.key),
    };
    await emit('M', 'manifest', Buffer.from(JSON.stringify(manifest)));
    gzip.end();
    await done;
    const fd = fs.openSync(partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, file);
    return { manifest, size: fs.statSync(file).size };
  } catch (error) {
    gzip.destroy();
    await done.catch(() => {});
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
