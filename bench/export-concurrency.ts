/**
 * Simple reads while a long CSV export of the audit trail, then a chain verification, runs (issue 19,
 * acceptance 3): does the long work stall the clinic? A generated history (`saisei bench-data`'s
 * generator), then a patient read every 5 ms through the patient service while each runs; alone first.
 *   node --import tsx bench/export-concurrency.ts [patients=20000]             PGlite in memory
 *   BENCH_DATABASE_URL=postgres://… node --import tsx bench/export-concurrency.ts  a fresh server database
 * Prints p50 / p95 / p99 / max of the reads and the event loop's longest stall, alone and during.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { generateBenchData } from '../src/cli/bench-data/generate.ts';
import { migrateAndAnalyse } from '../src/db/statistics.ts';
import { createAuditService } from '../src/modules/audit/service.ts';
import { createPatientService } from '../src/modules/patients/service.ts';
import { systemContext } from '../src/platform/actor.ts';
import { openBenchDatabase } from './bench-database.ts';

const patientCount = Number(process.argv[2] ?? 20_000);
const READ_EVERY_MS = 5;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  return `${times.length} reads, p50 ${f(quantile(sorted, 0.5))} / p95 ${f(quantile(sorted, 0.95))} / p99 ${f(quantile(sorted, 0.99))} / max ${f(sorted.at(-1) ?? 0)} ms`;
};

/**
 * Reads a patient on a fixed timetable (one due every READ_EVERY_MS) until `until` settles; each read's
 * time counts from when it was due, so a read kept waiting by the export counts its wait.
 */
async function readWhile(read: () => Promise<unknown>, until: Promise<unknown>) {
  const times: number[] = [];
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const start = performance.now();
  for (let k = 0; !done; k++) {
    const due = start + k * READ_EVERY_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    await read();
    times.push(performance.now() - due);
    // Reads that fell behind are skipped, not piled up: a person clicks again, not 20 times.
    k = Math.max(k, Math.floor((performance.now() - start) / READ_EVERY_MS));
  }
  loop.disable();
  return { times, longestStallMs: loop.max / 1e6 };
}

async function main() {
  const { handle, drop, label } = await openBenchDatabase();
  try {
    await migrateAndAnalyse(handle);
    const made = await generateBenchData(handle.db, { patients: patientCount });
    const ctx = systemContext('bench', made.facilityId);
    const patients = createPatientService(handle.db, []);
    const audit = createAuditService(handle.db);
    const ids = (
      (await handle.db.execute(sql`select id from patients order by id limit 500`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows.map((r) => r.id);
    let next = 0;
    const read = () => patients.getPatient(ctx, ids[next++ % ids.length] as string);

    const alone = await readWhile(read, sleep(3000));
    const started = performance.now();
    const exporting = (async () => {
      const { chunks, rowCount } = await audit.exportEvents(ctx, { kind: 'all' });
      let bytes = 0;
      for await (const chunk of chunks) bytes += chunk.length;
      return { rowCount, bytes };
    })();
    const during = await readWhile(read, exporting);
    const exported = await exporting;
    const exportMs = performance.now() - started;

    // The same reads while the whole chain is verified by the background job (hashed in a worker).
    const verifyStarted = performance.now();
    const { job } = await audit.startVerification(undefined);
    const verifying = (async () => {
      while (audit.verification(job.id)?.state === 'running') await sleep(20);
    })();
    const duringVerify = await readWhile(read, verifying);
    const verifyMs = performance.now() - verifyStarted;

    console.log(`## ${label}, ${made.patients} patients, export of ${exported.rowCount} audit events`);
    console.log(`export: ${(exportMs / 1000).toFixed(1)} s, ${(exported.bytes / 1e6).toFixed(1)} MB of CSV`);
    console.log(
      `reads alone:        ${summary(alone.times)}; longest event-loop stall ${alone.longestStallMs.toFixed(0)} ms`,
    );
    console.log(
      `reads during export: ${summary(during.times)}; longest event-loop stall ${during.longestStallMs.toFixed(0)} ms`,
    );
    const verified = audit.verification(job.id)?.state;
    console.log(`verification of the whole chain: ${(verifyMs / 1000).toFixed(1)} s, ${verified}`);
    console.log(
      `reads during verification: ${summary(duringVerify.times)}; longest event-loop stall ${duringVerify.longestStallMs.toFixed(0)} ms`,
    );
  } finally {
    await drop();
  }
}

await main();
