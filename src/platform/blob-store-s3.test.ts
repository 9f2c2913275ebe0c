import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobCorruptedError, type BlobStore, blobKey } from './blob-store.ts';
import { createS3BlobStore } from './blob-store-s3.ts';

// A fake S3 on loopback (s3rver, files in a temp folder): no network, no real credentials.
const bucket = 'saisei-photos';
let dir: string;
let server: S3rver;
let client: S3Client;
let store: BlobStore;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'saisei-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  const { port } = await server.run();
  client = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'ap-northeast-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  store = createS3BlobStore({ client, bucket });
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('S3 blob store', () => {
  it('names the bytes by their SHA-256 and reads them back', async () => {
    const bytes = Buffer.from('前後比較の写真');
    const ref = await store.put(bytes);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(ref).toEqual({ hash: expected, size: bytes.byteLength });
    expect(blobKey(expected)).toBe(`${expected.slice(0, 2)}/${expected.slice(2, 4)}/${expected}`);
    expect(await store.get(expected)).toEqual(bytes);
    expect(await store.has(expected)).toBe(true);
  });

  it('answers the same name however often the same bytes are put', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const refs = await Promise.all([store.put(bytes), store.put(bytes), store.put(Uint8Array.from(bytes))]);
    expect(new Set(refs.map((r) => r.hash)).size).toBe(1);
    const again = await store.put(bytes);
    expect(again).toEqual(refs[0]);
    expect(await store.get(again.hash)).toEqual(bytes);
  });

  it('answers undefined and false for a name it does not hold', async () => {
    const absent = 'a'.repeat(64);
    expect(await store.get(absent)).toBeUndefined();
    expect(await store.has(absent)).toBe(false);
  });

  it('refuses a name that is not a SHA-256', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/SHA-256/);
  });

  it('reports an object whose bytes were altered instead of serving it', async () => {
    const { hash } = await store.put(Buffer.from('original'));
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: blobKey(hash), Body: 'tampered' }));
    await expect(store.get(hash)).rejects.toBeInstanceOf(BlobCorruptedError);
    await expect(store.get(hash)).rejects.toThrow(hash);
  });
});
