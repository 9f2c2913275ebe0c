/**
 * Backup and restore speed on a clinic-sized database, through the same code the CLI runs.
 *   node --import tsx bench/backup.ts [patients=3000] [extra audit events=0]   PGlite (in memory) → backup → PGlite folder
 *   BENCH_DATABASE_URL=postgres://…/db node --import tsx bench/backup.ts   … and restore into that EMPTY database
 * Each patient is registered through the patient service (one audit event each), so the audit chain
 * is real. Prints a markdown table; docs/benchmarks.md keeps the results.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_PATIENTS } from '../src/cli/demo/demo-patients.ts';
import { openDatabase } from '../src/db/client.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { recordAudit } from '../src/modules/audit/recorder.ts';
import { verifyBackup } from '../src/modules/backups/reader.ts';
import { restoreBackup } from '../src/modules/backups/restore.ts';
import { writeBackup } from '../src/modules/backups/writer.ts';
import { createFacilityService } from '../src/modules/facilities/service.ts';
import { createPatientService } from '../src/modules/patients/service.ts';
import { systemContext } from '../src/platform/actor.ts';
import { createFileBlobStore } from '../src/platform/blob-store.ts';

const count = Number(process.argv[2] ?? 3000);
const extraEvents = Number(process.argv[3] ?? 0);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-bench-backup-'));
const blobs = createFileBlobStore(path.join(work, 'blobs'));
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
};

const source = await openDatabase({ kind: 'pglite-memory' });
await source.migrate();
const clinic = await createFacilityService(source.db).createFacility(systemContext('bench'), {
  kind: 'clinic',
  name: 'ベンチ皮膚科',
});
const patients = createPatientService(source.db);
const ctx = systemContext('bench', clinic.id);
for (let i = 0; i < count; i++) {
  const base = DEMO_PATIENTS[i % DEMO_PATIENTS.length] as (typeof DEMO_PATIENTS)[number];
  await patients.registerPatient(
    ctx,
    { ...base, phone: `090${String(10_000_000 + i)}` },
    { confirmDuplicate: true },
  );
}
// Registration slows as look-alike names pile up (its duplicate check), so larger sizes add audit
// events, the table that grows fastest in a clinic, written by the recorder in chained batches.
for (let done = 0; done < extraEvents; done += 500) {
  await inTransaction(source.db, async (tx) => {
    for (let i = 0; i < Math.min(500, extraEvents - done); i++) {
      await recordAudit(tx, ctx, { action: 'read', entityType: 'patient', details: { bench: done + i } });
    }
  });
}
const rows: string[] = ['| step | rows | time | rows/s | size |', '|---|---|---|---|---|'];
const line = (step: string, n: number, ms: number, size = '') =>
  rows.push(`| ${step} | ${n} | ${(ms / 1000).toFixed(2)} s | ${Math.round(n / (ms / 1000))} | ${size} |`);

const key = randomBytes(32);
for (const encrypted of [false, true]) {
  const file = path.join(work, `bench-${encrypted}.saisei`);
  const [written, ms] = await timed(() =>
    writeBackup(
      { db: source.db, kind: source.kind, blobs, appVersion: 'bench' },
      file,
      encrypted ? { key } : {},
    ),
  );
  const total = written.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  line(
    `backup (PGlite${encrypted ? ', encrypted' : ''})`,
    total,
    ms,
    `${(written.size / 1024).toFixed(0)} KiB`,
  );
  const [, verifyMs] = await timed(() => verifyBackup(file, encrypted ? key : undefined));
  line(`verify${encrypted ? ' (encrypted)' : ''}`, total, verifyMs);
  if (encrypted) continue;
  const [, restoreMs] = await timed(() =>
    restoreBackup(file, undefined, { kind: 'pglite', dataDir: path.join(work, 'restored') }, blobs),
  );
  line('restore → PGlite folder (incl. create + migrate ≈ 3–4 s)', total, restoreMs);
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const [, pgMs] = await timed(() => restoreBackup(file, undefined, { kind: 'postgres', url }, blobs));
    line('restore → PostgreSQL (incl. migrate)', total, pgMs);
  }
}
await source.close();
fs.rmSync(work, { recursive: true, force: true });
process.stdout.write(`${count} patients, ${extraEvents} extra audit events\n\n${rows.join('\n')}\n`);
