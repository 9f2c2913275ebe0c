import { randomBytes } from 'node:crypto';

/**
 * The backup file: a 32-byte header in the clear, then a gzip stream (encrypted in chunks when a
 * key is set) of length-prefixed records: `[type u8][name length u16][name][data length u32][data]`.
 * Records: H (what follows, JSON), T (a page of one table's rows, JSON lines), B (one photo file,
 * named by its SHA-256), M (the manifest, JSON, always last). Logical and database-independent:
 * rows are PostgreSQL's own JSON text, so PGlite and a PostgreSQL server read each other's backups.
 */
export const MAGIC = Buffer.from('SAISEIBK', 'ascii');
export const FORMAT_VERSION = 1;
export const HEADER_SIZE = 32;
const FLAG_ENCRYPTED = 1;

export type FileHeader = { version: number; encrypted: boolean; salt: Buffer; bytes: Buffer };

export function newFileHeader(encrypted: boolean): FileHeader {
  const bytes = Buffer.alloc(HEADER_SIZE);
  MAGIC.copy(bytes, 0);
  bytes[8] = FORMAT_VERSION;
  bytes[9] = encrypted ? FLAG_ENCRYPTED : 0;
  const salt = randomBytes(16);
  salt.copy(bytes, 16);
  return { version: FORMAT_VERSION, encrypted, salt, bytes };
}

export class BackupFormatError extends Error {}

export function parseFileHeader(bytes: Buffer): FileHeader {
  if (bytes.length < HEADER_SIZE || !bytes.subarray(0, 8).equals(MAGIC)) {
    throw new BackupFormatError('This is not a Saisei backup file.');
  }
  const version = bytes[8] ?? 0;
  if (version !== FORMAT_VERSION) {
    throw new BackupFormatError(
      `Backup format ${version} is not supported (this Saisei reads ${FORMAT_VERSION}).`,
    );
  }
  const header = bytes.subarray(0, HEADER_SIZE);
  return {
    version,
    encrypted: ((bytes[9] ?? 0) & FLAG_ENCRYPTED) !== 0,
    salt: header.subarray(16),
    bytes: header,
  };
}

export type RecordType = 'H' | 'T' | 'B' | 'M';
export type BackupRecord = { type: RecordType; name: string; data: Buffer };

export function encodeRecord(type: RecordType, name: string, data: Buffer): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(1 + 2 + nameBytes.length + 4);
  head[0] = type.charCodeAt(0);
  head.writeUInt16BE(nameBytes.length, 1);
  nameBytes.copy(head, 3);
  head.writeUInt32BE(data.length, 3 + nameBytes.length);
  return Buffer.concat([head, data]);
}

const TYPES = new Set(['H', 'T', 'B', 'M']);

/**
 * Records out of a decompressed byte stream; a stream that ends inside a record is cut short.
 * Chunks are joined only once enough bytes for the next record have arrived, so a large photo costs
 * one copy rather than one per chunk.
 */
export async function* parseRecords(source: AsyncIterable<Buffer>): AsyncGenerator<BackupRecord> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let need = 3;
  for await (const chunk of source) {
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength < need) continue;
    let buffered = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingLength);
    for (;;) {
      need = 3;
      if (buffered.length < need) break;
      const nameLength = buffered.readUInt16BE(1);
      const headLength = 3 + nameLength + 4;
      need = headLength;
      if (buffered.length < need) break;
      const dataLength = buffered.readUInt32BE(3 + nameLength);
      need = headLength + dataLength;
      if (buffered.length < need) break;
      const type = String.fromCharCode(buffered[0] ?? 0);
      if (!TYPES.has(type)) throw new BackupFormatError(`The backup holds an unknown record (${type}).`);
      yield {
        type: type as RecordType,
        name: buffered.subarray(3, 3 + nameLength).toString('utf8'),
        data: buffered.subarray(headLength, headLength + dataLength),
      };
      buffered = buffered.subarray(headLength + dataLength);
    }
    pending = buffered.length ? [buffered] : [];
    pendingLength = buffered.length;
  }
  if (pendingLength > 0) throw new BackupFormatError('The backup is cut short inside a record.');
}

export type TableEntry = { name: string; rows: number; sha256: string };
export type SequenceEntry = { name: string; lastValue: string; isCalled: boolean };

export type Manifest = {
  format: 'saisei-backup';
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  databaseKind: 'pglite' | 'postgres';
  /** The newest migration applied to the database backed up (drizzle's journal `when` and tag). */
  migration: { when: number; tag: string };
  /** In insert order: a table comes after every table it references. */
  tables: TableEntry[];
  sequences: SequenceEntry[];
  blobs: { hash: string; size: number }[];
  /** The newest audit event: kept with the backup, it shows later whether the trail's tail was cut. */
  auditAnchor: { seq: number; hash: string } | null;
  encrypted: boolean;
};
