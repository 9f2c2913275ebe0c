import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSignedIn } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { listGenerations } from './generations.ts';
import { verifyBackup } from './reader.ts';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-backups-'));
  t = await makeTestApp({ env: { SAISEI_BACKUP_DIR: path.join(dir, 'backups'), SAISEI_BACKUP_KEEP: '2' } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backups through the API', () => {
  it('takes a verified backup now, keeps the newest generations, and shows the last one', async () => {
    const admin = await makeSignedIn(t, ['admin']);
    const before = await t.app.inject({
      method: 'GET',
      url: '/api/v1/backups/latest',
      headers: admin.headers,
    });
    expect(before.json()).toMatchObject({ configured: true, keep: 2, latest: null, running: false });
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/backups', headers: admin.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json().latest).toMatchObject({ result: 'ok', error: null });
    }
    const kept = listGenerations(path.join(dir, 'backups'));
    expect(kept).toHaveLength(2);
    for (const name of kept) await verifyBackup(path.join(dir, 'backups', name), undefined);
    const latest = (
      await t.app.inject({ method: 'GET', url: '/api/v1/backups/latest', headers: admin.headers })
    ).json();
    expect(latest.latest.file).toBe(kept.at(-1));
    expect(latest.latest.size).toBeGreaterThan(0);
    const events = await t.database.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'backup'));
    expect(events).toEqual(
      Array.from({ length: 3 }, () => ({ action: 'backup_created', actorId: admin.id })),
    );
  }, 60_000);

  it('is for administrators only', async () => {
    const physician = await makeSignedIn(t, ['physician']);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/backups', headers: physician.headers });
    expect(res.statusCode).toBe(403);
  });
});

describe('backups when they cannot be taken', () => {
  it('answers 409 BACKUPS_NOT_CONFIGURED without SAISEI_BACKUP_DIR', async () => {
    const off = await makeTestApp();
    try {
      const admin = await makeSignedIn(off, ['admin']);
      const res = await off.app.inject({ method: 'POST', url: '/api/v1/backups', headers: admin.headers });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('BACKUPS_NOT_CONFIGURED');
    } finally {
      await off.close();
    }
  });

  it('records a failed backup, shown as failed with its reason', async () => {
    const notAFolder = path.join(dir, 'a-file');
    fs.writeFileSync(notAFolder, 'x');
    const broken = await makeTestApp({ env: { SAISEI_BACKUP_DIR: notAFolder } });
    try {
      const admin = await makeSignedIn(broken, ['admin']);
      const res = await broken.app.inject({ method: 'POST', url: '/api/v1/backups', headers: admin.headers });
      expect(res.json().latest).toMatchObject({ result: 'failed', size: null });
      expect(res.json().latest.error).toMatch(/EEXIST|ENOTDIR/);
    } finally {
      await broken.close();
    }
  });
});
