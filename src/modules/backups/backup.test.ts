import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { buildApp } from '../../platform/app.ts';
import { createFileBlobStore } from '../../platform/blob-store.ts';
import {
  attachCertificate,
  makeClinic,
  makeConsultation,
  makePatient,
  makePhoto,
  makeStaff,
  makeSupplyItem,
  receiveSupplyLot,
} from '../../test/factories.ts';
import { makeSignedIn } from '../../test/sessions.ts';
import { type TestApp, testConfig } from '../../test/test-app.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { phoneJpeg } from '../photos/test-photos.ts';
import { BackupInvalidError, verifyBackup } from './reader.ts';
import { RestoreRefusedError, restoreBackup } from './restore.ts';
import { writeBackup } from './writer.ts';

// Acceptance 6 of issue 18. The source is always PGlite; the middle leg goes to the PostgreSQL
// server when the run has one (TEST_DATABASE_URL, as in CI's second pass), else to a PGlite folder.
const serverUrl = process.env.TEST_DATABASE_URL;
let t: TestApp;
let work: string;
const pgDatabases: string[] = [];

async function pgAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function newPgDatabase(): Promise<string> {
  const url = new URL(serverUrl as string);
  const name = `${url.pathname.slice(1).slice(0, 30)}_r_${randomBytes(4).toString('hex')}`;
  await pgAdmin((c) => c.query(`create database "${name}"`));
  pgDatabases.push(name);
  url.pathname = `/${name}`;
  return url.toString();
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-backup-'));
  const database = await openDatabase({ kind: 'pglite-memory' });
  await database.migrate();
  const config = testConfig({ SAISEI_BLOB_DIR: path.join(work, 'source-blobs') });
  const app = await buildApp({ config, database, logStream: new PassThrough() });
  await app.ready();
  t = {
    app,
    database,
    config,
    logs: () => '',
    close: async () => {
      await app.close();
      await database.close();
    },
  };
  const clinic = await makeClinic(t);
  const physician = await makeStaff(t, clinic.id, ['physician']);
  await makeSignedIn(t, ['admin'], { facilityIds: [clinic.id] }); // an enrolled (encrypted) TOTP secret
  const first = await makePatient(t, physician, { familyName: '山田', givenName: '花子\u{20BB7}' });
  const second = await makePatient(t, physician);
  await makeConsultation(t, physician, second.id);
  await makePhoto(t, physician, second.id);
  await makePhoto(t, physician, second.id, { view: 'left45' }, await phoneJpeg({ width: 640 }));
  // A supply lot with its certificate of analysis: a file the backup carries too (docs/supplies.md).
  const nurse = await makeStaff(t, clinic.id, ['nurse']);
  const lot = await receiveSupplyLot(t, nurse, (await makeSupplyItem(t, nurse)).id);
  expect((await attachCertificate(t, nurse, lot.id)).statusCode).toBe(200);
  await receiveSupplyLot(t, nurse, (await makeSupplyItem(t, nurse, { name: '証明書なし' })).id);
  // A row pointing at a later row of its own table: the self-reference the restore must handle.
  const merged = await t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${first.id}/merge`,
    headers: physician.headers,
    payload: { intoPatientId: second.id, reason: '重複登録' },
  });
  expect(merged.statusCode).toBe(200);
}, 60_000);

afterAll(async () => {
  await t?.close();
  fs.rmSync(work, { recursive: true, force: true });
  for (const name of pgDatabases)
    await pgAdmin((c) => c.query(`drop database if exists "${name}" with (force)`));
});

const source = () => ({
  db: t.database.db,
  kind: t.database.kind,
  blobs: createFileBlobStore(t.config.blobDir),
  appVersion: 'test',
});
const file = (name: string) => path.join(work, name);

describe('backup and restore', () => {
  it('round-trips PGlite → PostgreSQL (or PGlite) → PGlite with identical rows, photos and audit trail', async () => {
    const one = await writeBackup(source(), file('one.saisei'));
    expect(one.manifest.tables.find((x) => x.name === 'patients')?.rows).toBe(2);
    expect(one.manifest.blobs).toHaveLength(5); // two photos and their thumbnails, a certificate
    expect(one.manifest.auditAnchor?.seq).toBeGreaterThan(0);
    expect(await verifyBackup(file('one.saisei'), undefined)).toEqual(one.manifest);

    const middleBlobs = createFileBlobStore(file('middle-blobs'));
    const middleTarget = serverUrl
      ? { kind: 'postgres' as const, url: await newPgDatabase() }
      : { kind: 'pglite' as const, dataDir: file('middle') };
    await restoreBackup(file('one.saisei'), undefined, middleTarget, middleBlobs);
    const middle = await openDatabase(
      middleTarget.kind === 'postgres' ? { kind: 'postgres', url: middleTarget.url } : middleTarget,
    );
    let two: Awaited<ReturnType<typeof writeBackup>>;
    try {
      expect((await verifyAuditChain(middle.db)).ok).toBe(true);
      two = await writeBackup(
        { db: middle.db, kind: middle.kind, blobs: middleBlobs, appVersion: 'test' },
        file('two.saisei'),
      );
    } finally {
      await middle.close();
    }
    expect(two.manifest.databaseKind).toBe(middleTarget.kind);
    expect(two.manifest.tables).toEqual(one.manifest.tables);
    expect(two.manifest.sequences).toEqual(one.manifest.sequences);
    expect(two.manifest.auditAnchor).toEqual(one.manifest.auditAnchor);

    const lastBlobs = createFileBlobStore(file('last-blobs'));
    await restoreBackup(file('two.saisei'), undefined, { kind: 'pglite', dataDir: file('last') }, lastBlobs);
    const last = await openDatabase({ kind: 'pglite', dataDir: file('last') });
    try {
      expect((await verifyAuditChain(last.db)).ok).toBe(true);
      const three = await writeBackup(
        { db: last.db, kind: last.kind, blobs: lastBlobs, appVersion: 'test' },
        file('three.saisei'),
      );
      expect(three.manifest.tables).toEqual(one.manifest.tables);
    } finally {
      await last.close();
    }
    for (const blob of one.manifest.blobs) {
      const original = await createFileBlobStore(t.config.blobDir).get(blob.hash);
      expect(await lastBlobs.get(blob.hash)).toEqual(original);
    }
  }, 60_000);

  it('refuses a truncated or bit-flipped backup and leaves the target untouched', async () => {
    await writeBackup(source(), file('good.saisei'));
    const bytes = fs.readFileSync(file('good.saisei'));
    fs.writeFileSync(file('cut.saisei'), bytes.subarray(0, bytes.length - 20));
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0x10;
    fs.writeFileSync(file('flipped.saisei'), flipped);
    for (const bad of ['cut.saisei', 'flipped.saisei']) {
      await expect(verifyBackup(file(bad), undefined)).rejects.toBeInstanceOf(BackupInvalidError);
      const dataDir = file(`target-${bad}`);
      await expect(
        restoreBackup(
          file(bad),
          undefined,
          { kind: 'pglite', dataDir },
          createFileBlobStore(path.join(dataDir, 'blobs')),
        ),
      ).rejects.toBeInstanceOf(BackupInvalidError);
      expect(fs.existsSync(path.join(dataDir, 'pg'))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'blobs'))).toBe(false);
    }
  }, 60_000);

  it('encrypts with the backup key: round trip with it, refused without it or with another', async () => {
    const key = randomBytes(32);
    const { manifest } = await writeBackup(source(), file('sealed.saisei'), { key });
    const raw = fs.readFileSync(file('sealed.saisei'));
    expect(raw.includes(Buffer.from('山田'))).toBe(false);
    expect(manifest.encrypted).toBe(true);
    await expect(verifyBackup(file('sealed.saisei'), undefined)).rejects.toThrow(/SAISEI_BACKUP_KEY/);
    await expect(verifyBackup(file('sealed.saisei'), randomBytes(32))).rejects.toThrow(
      /wrong SAISEI_BACKUP_KEY/,
    );
    const cut = raw.subarray(0, raw.length - 100);
    fs.writeFileSync(file('sealed-cut.saisei'), cut);
    await expect(verifyBackup(file('sealed-cut.saisei'), key)).rejects.toBeInstanceOf(BackupInvalidError);
    const dataDir = file('sealed-target');
    await restoreBackup(
      file('sealed.saisei'),
      key,
      { kind: 'pglite', dataDir },
      createFileBlobStore(file('sealed-blobs')),
    );
    const restored = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const check = await writeBackup(
        {
          db: restored.db,
          kind: restored.kind,
          blobs: createFileBlobStore(file('sealed-blobs')),
          appVersion: 'test',
        },
        file('sealed-check.saisei'),
      );
      expect(check.manifest.tables).toEqual(manifest.tables);
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('refuses a target that already holds a database', async () => {
    const dataDir = file('sealed-target'); // restored by the test above
    await writeBackup(source(), file('again.saisei'));
    await expect(
      restoreBackup(
        file('again.saisei'),
        undefined,
        { kind: 'pglite', dataDir },
        createFileBlobStore(file('x')),
      ),
    ).rejects.toBeInstanceOf(RestoreRefusedError);
  }, 60_000);
});
