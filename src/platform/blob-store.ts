import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { createS3BlobStore } from './blob-store-s3.ts';
import type { Config } from './config.ts';

/** Where a stored file is and how big it is: its SHA-256 (lower-case hex) names it. */
export type BlobRef = { hash: string; size: number };

/**
 * Files (photos today; scanned consent forms and PDFs later) kept by the SHA-256 of their bytes.
 * Write-once: the same bytes always get the same name, nothing is ever replaced by other bytes, and
 * nothing is deleted (records are kept at least 10 years; ARCHITECTURE.md rule 1).
 *
 * For a clinic group (ARCHITECTURE.md, scale path: files in S3-compatible storage) the same three
 * calls run over an S3 bucket (blob-store-s3.ts), keyed by the same `<h0h1>/<h2h3>/<hash>` path,
 * with the SHA-256 checksum sent so the store checks the bytes; turn on object lock (WORM) on the
 * bucket in place of "never deletes". `createBlobStore` picks the implementation from configuration;
 * callers only ever see `BlobStore`.
 */
export interface BlobStore {
  /** Stores the bytes (a no-op when the same bytes are already stored) and answers their name. */
  put(bytes: Uint8Array): Promise<BlobRef>;
  /** The bytes, checked against their name; undefined when absent; BlobCorruptedError when altered. */
  get(hash: string): Promise<Buffer | undefined>;
  has(hash: string): Promise<boolean>;
}

/** A stored file no longer has the bytes its name promises: it is reported, never served. */
export class BlobCorruptedError extends Error {
  constructor(
    readonly hash: string,
    readonly actualHash: string,
  ) {
    super(`Stored file ${hash} is corrupted (its bytes hash to ${actualHash}).`);
    this.name = 'BlobCorruptedError';
  }
}

const HASH = /^[0-9a-f]{64}$/;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `ab/cd/abcd…`: two levels of 256 folders keep each folder small at millions of files. */
export function blobKey(hash: string): string {
  if (!HASH.test(hash)) throw new Error(`Not a SHA-256 hex name: ${hash.slice(0, 80)}`);
  return `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
}

/** `<dir>/ab/cd/abcd…` (see blobKey). */
export const blobPath = (dir: string, hash: string): string => path.join(dir, blobKey(hash));

/** S3 when a bucket is configured, the file system otherwise. */
export function createBlobStore(config: Pick<Config, 'blobDir' | 'blobS3'>): BlobStore {
  const s3 = config.blobS3;
  if (!s3) return createFileBlobStore(config.blobDir);
  // Credentials: the SDK's default chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, …), never our config.
  const client = new S3Client({
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: s3.forcePathStyle,
  });
  return createS3BlobStore({ client, bucket: s3.bucket });
}

/** The store on a local (or mounted) file system; folders are made on first use. */
export function createFileBlobStore(dir: string): BlobStore {
  async function readVerified(hash: string): Promise<Buffer | undefined> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(blobPath(dir, hash));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    const actual = sha256Hex(bytes);
    if (actual !== hash) throw new BlobCorruptedError(hash, actual);
    return bytes;
  }

  return {
    async put(bytes) {
      const hash = sha256Hex(bytes);
      const target = blobPath(dir, hash);
      try {
        // Already there and intact: same name, same bytes. A corrupted copy is rewritten below.
        if ((await readVerified(hash)) !== undefined) return { hash, size: bytes.byteLength };
      } catch (error) {
        if (!(error instanceof BlobCorruptedError)) throw error;
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      await writeAtomically(target, bytes);
      return { hash, size: bytes.byteLength };
    },

    get: readVerified,

    async has(hash) {
      try {
        await fs.access(blobPath(dir, hash), constants.F_OK);
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
  };
}

/**
 * Temp file in the same folder, flushed to disk, then renamed over the name: a reader (or a crash)
 * sees either no file or the whole file, never a half-written one. The folder is flushed too, so
 * the rename itself survives a power cut.
 */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await fs.open(temp, 'wx', 0o440);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or flush a folder; the file itself was flushed.
  } finally {
    await handle?.close();
  }
}

const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
