import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { BackupDecryptError, decryptStream, fileKey } from './cipher.ts';
import {
  type BackupRecord,
  FORMAT_VERSION,
  HEADER_SIZE,
  type Manifest,
  parseFileHeader,
  parseRecords,
} from './container.ts';

/** Anything that makes a backup unusable: the message says what, for the person restoring. */
export class BackupInvalidError extends Error {}

function readHeader(file: string) {
  const fd = fs.openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(HEADER_SIZE);
    const read = fs.readSync(fd, bytes, 0, HEADER_SIZE, 0);
    return parseFileHeader(bytes.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
}

/** Every record of the file, in order, through decryption and decompression. */
export async function readRecords(
  file: string,
  key: Buffer | undefined,
  onRecord: (record: BackupRecord) => Promise<void>,
): Promise<void> {
  const header = readHeader(file);
  if (header.encrypted && !key) {
    throw new BackupInvalidError(
      'The backup is encrypted: set SAISEI_BACKUP_KEY to the key it was made with.',
    );
  }
  // An error of the caller's own work (a restore's insert) passes through as it is; anything else
  // the pipeline raises comes from the file: decryption, decompression or the record framing.
  let ownError: { error: unknown } | undefined;
  const consume = async (source: AsyncIterable<Buffer>) => {
    for await (const record of parseRecords(source)) {
      try {
        await onRecord(record);
      } catch (error) {
        ownError = { error };
        throw error;
      }
    }
  };
  const input = fs.createReadStream(file, { start: HEADER_SIZE });
  try {
    if (header.encrypted && key) {
      await pipeline(input, decryptStream(fileKey(key, header.salt), header.bytes), createGunzip(), consume);
    } else {
      await pipeline(input, createGunzip(), consume);
    }
  } catch (error) {
    if (ownError) throw ownError.error;
    if (error instanceof BackupDecryptError) throw new BackupInvalidError(error.message);
    const cause = error instanceof Error && error.name === 'AbortError' && error.cause ? error.cause : error;
    if (cause instanceof BackupDecryptError) throw new BackupInvalidError(cause.message);
    throw new BackupInvalidError(
      `The backup is damaged or cut short: ${(cause as Error).message ?? String(cause)}`,
    );
  }
}

/**
 * Reads the whole backup and checks it against its manifest: decryption (every chunk
 * authenticated), decompression (gzip's CRC), every table's row count and SHA-256, every photo's
 * SHA-256, nothing missing, nothing extra, the manifest last. Writes nothing.
 */
export async function verifyBackup(file: string, key: Buffer | undefined): Promise<Manifest> {
  const tables = new Map<string, { hash: ReturnType<typeof createHash>; rows: number }>();
  const blobs = new Map<string, number>();
  let manifest: Manifest | undefined;
  let first = true;
  await readRecords(file, key, async (record) => {
    if (manifest) throw new BackupInvalidError('The backup has data after its manifest.');
    if (first !== (record.type === 'H'))
      throw new BackupInvalidError('The backup does not start with its header.');
    first = false;
    if (record.type === 'T') {
      const t = tables.get(record.name) ?? { hash: createHash('sha256'), rows: 0 };
      t.hash.update(record.data);
      t.rows += countLines(record.data);
      tables.set(record.name, t);
    } else if (record.type === 'B') {
      const actual = createHash('sha256').update(record.data).digest('hex');
      if (actual !== record.name)
        throw new BackupInvalidError(`Photo file ${record.name} in the backup is damaged.`);
      blobs.set(record.name, record.data.length);
    } else if (record.type === 'M') {
      try {
        manifest = JSON.parse(record.data.toString('utf8')) as Manifest;
      } catch {
        throw new BackupInvalidError('The backup manifest cannot be read.');
      }
    }
  });
  if (!manifest) throw new BackupInvalidError('The backup is cut short: it has no manifest.');
  if (manifest.format !== 'saisei-backup' || manifest.formatVersion !== FORMAT_VERSION) {
    throw new BackupInvalidError('The backup manifest is not one this Saisei reads.');
  }
  for (const entry of manifest.tables) {
    const seen = tables.get(entry.name);
    const rows = seen?.rows ?? 0;
    const sha = seen ? seen.hash.digest('hex') : createHash('sha256').digest('hex');
    if (rows !== entry.rows || sha !== entry.sha256) {
      throw new BackupInvalidError(`Table ${entry.name} in the backup does not match its manifest.`);
    }
    tables.delete(entry.name);
  }
  if (tables.size > 0)
    throw new BackupInvalidError(
      `The backup holds tables its manifest does not list: ${[...tables.keys()].join(', ')}.`,
    );
  for (const blob of manifest.blobs) {
    if (blobs.get(blob.hash) !== blob.size)
      throw new BackupInvalidError(`Photo file ${blob.hash} is missing from the backup.`);
    blobs.delete(blob.hash);
  }
  if (blobs.size > 0)
    throw new BackupInvalidError('The backup holds photo files its manifest does not list.');
  return manifest;
}

function countLines(data: Buffer): number {
  let n = 0;
  for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) n++;
  return n;
}
