import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobCorruptedError, type BlobStore, blobPath, createFileBlobStore } from './blob-store.ts';

let dir: string;
let store: BlobStore;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'saisei-blobs-'));
  store = createFileBlobStore(dir);
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

/** Every file under the store, relative to it. */
async function filesIn(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe('file blob store', () => {
  it('names the bytes by their SHA-256 and files them under two folder levels', async () => {
    const bytes = Buffer.from('前後比較の写真');
    const ref = await store.put(bytes);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(ref).toEqual({ hash: expected, size: bytes.byteLength });
    expect(await filesIn(dir)).toEqual([path.join(expected.slice(0, 2), expected.slice(2, 4), expected)]);
    expect(await store.get(expected)).toEqual(bytes);
    expect(await store.has(expected)).toBe(true);
  });

  it('stores the same bytes once, however often and however concurrently they are put', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const refs = await Promise.all([store.put(bytes), store.put(bytes), store.put(Uint8Array.from(bytes))]);
    expect(new Set(refs.map((r) => r.hash)).size).toBe(1);
    await store.put(bytes);
    // No temp files left behind: the one blob only.
    expect(await filesIn(dir)).toHaveLength(1);
  });

  it('answers undefined and false for a name it does not hold', async () => {
    const absent = 'a'.repeat(64);
    expect(await store.get(absent)).toBeUndefined();
    expect(await store.has(absent)).toBe(false);
  });

  it('refuses a name that is not a SHA-256, so no path can escape the folder', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/SHA-256/);
    expect(() => blobPath(dir, 'ABCDEF')).toThrow();
  });

  it('reports a file whose bytes were altered instead of serving it', async () => {
    const { hash } = await store.put(Buffer.from('original'));
    const file = blobPath(dir, hash);
    await fs.chmod(file, 0o640);
    await fs.writeFile(file, 'tampered');
    await expect(store.get(hash)).rejects.toBeInstanceOf(BlobCorruptedError);
    await expect(store.get(hash)).rejects.toThrow(hash);
  });

  it('repairs a corrupted file when the right bytes are put again', async () => {
    const bytes = Buffer.from('original');
    const { hash } = await store.put(bytes);
    const file = blobPath(dir, hash);
    await fs.chmod(file, 0o640);
    await fs.writeFile(file, 'tampered');
    await store.put(bytes);
    expect(await store.get(hash)).toEqual(bytes);
  });

  it('leaves a written file read-only, as a reminder that blobs are never rewritten', async () => {
    const { hash } = await store.put(Buffer.from('x'));
    const { mode } = await fs.stat(blobPath(dir, hash));
    expect(mode & 0o222).toBe(0);
  });
});
