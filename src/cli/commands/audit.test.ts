import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAccess } from '../../modules/audit/access.ts';
import { recordAudit } from '../../modules/audit/recorder.ts';
import { auditEvents } from '../../modules/audit/schema.ts';
import { createFacilityService } from '../../modules/facilities/service.ts';
import { systemContext } from '../../platform/actor.ts';
import { runSaisei } from '../../test/cli-process.ts';
import { testConfig } from '../../test/test-app.ts';
import { auditCommand } from './audit.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-audit-cli-'));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await database.migrate();
    const ctx = systemContext('test');
    await createFacilityService(database.db).createFacility(ctx, { kind: 'clinic', name: 'Clinic' });
    for (const action of ['login', 'read', 'logout'] as const) {
      await inTransaction(database.db, (tx) => recordAudit(tx, ctx, { action, entityType: 'session' }));
    }
  } finally {
    await database.close();
  }
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The real command in its own process, on the prepared data folder. */
const saisei = (...args: string[]) => runSaisei(args, { env: { SAISEI_DATA_DIR: dataDir } });

/** The same command in this process (a process start costs seconds on a busy machine). */
async function inProcess(...args: string[]) {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await auditCommand.run(args.slice(1), testConfig({ SAISEI_DATA_DIR: dataDir }));
    const text = (spy: typeof out) => spy.mock.calls.map((call) => String(call[0])).join('');
    return { code, stdout: text(out), stderr: text(err) };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('saisei audit verify and anchor', () => {
  it('exits 0 on an intact trail; with the anchor, names an edited event and a removed tail (exit 1)', async () => {
    const anchor = await inProcess('audit', 'anchor');
    expect(anchor.stderr).toBe('');
    expect(anchor.code).toBe(0);
    const line = anchor.stdout.trim();
    expect(line).toMatch(/^\d+:[0-9a-f]{64}$/);

    const intact = await inProcess('audit', 'verify', '--expect', line);
    expect(intact.stderr).toBe('');
    expect(intact.stdout).toContain('Audit trail verified: 4 events, chain intact, anchor');
    expect(intact.stdout).toContain(`Newest event (anchor): ${line}`);
    expect(intact.code).toBe(0);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    let edited: { seq: number; id: string } | undefined;
    try {
      const rows = await database.db
        .select({ seq: auditEvents.seq, id: auditEvents.id })
        .from(auditEvents)
        .orderBy(asc(auditEvents.seq));
      edited = rows[1];
      if (!edited) throw new Error('no second event');
      await database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await database.db.execute(
        sql`update audit_events set actor_label = 'nobody' where seq = ${edited.seq}`,
      );
      await database.db.execute(sql`delete from audit_events where seq = ${rows.at(-1)?.seq ?? 0}`);
      await database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    } finally {
      await database.close();
    }

    const withoutAnchor = await inProcess('audit', 'verify');
    expect(withoutAnchor.stderr).toContain(
      `Audit trail BROKEN at event seq=${edited.seq} id=${edited.id}: edited`,
    );
    expect(withoutAnchor.stderr).toContain('1 break in 3 events checked.');
    expect(withoutAnchor.code).toBe(1);

    // The real command once: its hashing worker starts under bin/saisei.js as in production.
    const broken = await saisei('audit', 'verify', '--expect', line);
    expect(broken.stderr).toContain(`Audit trail BROKEN at event seq=${edited.seq} id=${edited.id}: edited`);
    expect(broken.stderr).toContain(`seq=${line.split(':')[0]}: the anchored event is gone`);
    expect(broken.stderr).toContain('2 breaks in 3 events checked.');
    expect(broken.code).toBe(1);
    // A process start and five openings of the data folder: slow when the machine is shared.
  }, 90_000);

  it('answers a wrong subcommand or option with exit 3, without opening the database', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const config = testConfig({ SAISEI_DATA_DIR: path.join(dataDir, 'never-created') });
      expect(await auditCommand.run([], config)).toBe(3);
      expect(await auditCommand.run(['check'], config)).toBe(3);
      expect(await auditCommand.run(['verify', '--fast'], config)).toBe(3);
      expect(String(stderr.mock.calls.at(-1)?.[0])).toContain("Unknown option '--fast'");
      expect(await auditCommand.run(['verify', '--expect', '12:abc'], config)).toBe(3);
      expect(String(stderr.mock.calls.at(-1)?.[0])).toContain('--expect takes SEQ:HASH');
      expect(await auditCommand.run(['anchor', '--expect', `1:${'a'.repeat(64)}`], config)).toBe(3);
      expect(fs.existsSync(path.join(dataDir, 'never-created'))).toBe(false);
    } finally {
      stderr.mockRestore();
    }
  });

  it('seals pending access entries before verifying, so every read so far is checked, and says none is left', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-audit-pending-'));
    try {
      const database = await openDatabase({ kind: 'pglite', dataDir: folder });
      try {
        await database.migrate();
        const ctx = systemContext('test');
        await inTransaction(database.db, (tx) =>
          recordAudit(tx, ctx, { action: 'login', entityType: 'session' }),
        );
        for (let i = 0; i < 3; i++)
          await recordAccess(database.db, ctx, { action: 'read', entityType: 'patient' });
      } finally {
        await database.close();
      }
      const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        expect(await auditCommand.run(['verify'], testConfig({ SAISEI_DATA_DIR: folder }))).toBe(0);
        const text = out.mock.calls.map((call) => String(call[0])).join('');
        expect(text).toContain('Audit trail verified: 4 events, chain intact.');
        expect(text).toContain('Access-log entries still pending (chained at the next seal): 0.');
      } finally {
        out.mockRestore();
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('lists its subcommands in its help', () => {
    expect(auditCommand.help).toMatch(/verify \[--expect SEQ:HASH\]\s+recompute the audit trail hash chain/);
    expect(auditCommand.help).toMatch(/anchor\s+print SEQ:HASH of the newest event/);
  });
});
