import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { acquireDataDirLock } from '../../db/lock.ts';
import { auditEvents } from '../../modules/audit/schema.ts';
import { createFacilityService } from '../../modules/facilities/service.ts';
import { systemContext } from '../../platform/actor.ts';
import { runSaisei } from '../../test/cli-process.ts';
import { testConfig } from '../../test/test-app.ts';
import { backupCommand } from './backup.ts';
import { restoreCommand } from './restore.ts';

let work: string;
const dataDir = () => path.join(work, 'data');
const config = (dir: string) => testConfig({ SAISEI_DATA_DIR: dir, LOG_LEVEL: 'silent' });

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-backup-cli-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: dataDir() });
  try {
    await database.migrate();
    await createFacilityService(database.db).createFacility(systemContext('test'), {
      kind: 'clinic',
      name: 'Clinic',
    });
  } finally {
    await database.close();
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function run(command: typeof backupCommand, args: string[], dir = dataDir()) {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await command.run(args, config(dir)), out };
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
}

describe('saisei backup and restore', () => {
  it('backs up, verifies, refuses a cut-short file, and restores into an empty folder', async () => {
    const file = path.join(work, 'clinic.saisei');
    const backup = await run(backupCommand, ['--out', file]);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/rows +\d+ in \d+ tables/);
    expect(backup.out).toContain('Not encrypted');
    expect((await run(restoreCommand, ['--verify', file])).out).toContain('Backup verified');
    const cut = path.join(work, 'cut.saisei');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, -8));
    const refused = await run(restoreCommand, ['--verify', cut]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('backup refused');
    const restored = await run(restoreCommand, [file], path.join(work, 'restored'));
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('audit chain verified');
    const database = await openDatabase({ kind: 'pglite', dataDir: dataDir() });
    try {
      const events = await database.db
        .select({ actor: auditEvents.actorLabel, file: auditEvents.entityId })
        .from(auditEvents)
        .where(eq(auditEvents.action, 'backup_created'));
      expect(events).toEqual([{ actor: 'system:cli-backup', file: 'clinic.saisei' }]);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('says the running server takes PGlite backups when the data folder is in use', async () => {
    // A lock held by this test process stands for the running server.
    const lock = acquireDataDirLock(dataDir());
    try {
      const result = await runSaisei(['backup', '--out', path.join(work, 'x.saisei')], {
        env: { SAISEI_DATA_DIR: dataDir() },
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Back up now');
      expect(fs.existsSync(path.join(work, 'x.saisei'))).toBe(false);
    } finally {
      lock.release();
    }
  }, 60_000);
});
