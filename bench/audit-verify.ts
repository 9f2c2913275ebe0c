/**
 * Audit chain verification at scale, through the code the job and `saisei audit verify` use.
 *   npx tsx bench/audit-verify.ts [events=200000]                 embedded PGlite (in memory)
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/audit-verify.ts   a PostgreSQL server (fresh database, dropped after)
 * Rows are a valid chain (hashed here through rules.ts, inserted 5,000 at a time): the trail a clinic has.
 * Prints rows/s for the main-thread reference (rules.ts over json_build_array rows) and the fast path
 * (chain-page.ts: one text per page, hashed in 1 and 2 worker threads), and how often a 10 ms timer
 * got to run meanwhile. `--skip-main` leaves out the slow reference (1M rows take minutes with it).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { type ChainedFields, chainHash, GENESIS_HASH } from '../src/modules/audit/rules.ts';
import { verifyAuditChain } from '../src/modules/audit/verify.ts';
import { openBenchDatabase } from './bench-database.ts';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 200_000);
const pageSize = Number(process.env.BENCH_PAGE_SIZE ?? 2000);
const modes = [
  ...(args.includes('--skip-main') ? [] : [{ label: 'main thread', worker: false, workers: 0 }]),
  { label: '1 worker', worker: true, workers: 1 },
  { label: '2 workers', worker: true, workers: 2 },
];

/** A read of a patient, as the recorder writes one: ~400 bytes of text, a small `changes`. */
async function insertChain(db: Database, n: number): Promise<void> {
  let prevHash = GENESIS_HASH;
  const start = Date.UTC(2026, 0, 1);
  for (let from = 1; from <= n; from += 5000) {
    const batch = [];
    for (let i = from; i < Math.min(from + 5000, n + 1); i++) {
      const fields: ChainedFields = {
        id: randomUUID(),
        occurredAt: new Date(start + i * 1000).toISOString(),
        facilityId: '0195f0a0-0000-7000-8000-000000000001',
        actorType: 'user',
        actorId: `u${i % 50}`,
        actorLabel: 'nurse-suzuki',
        action: 'read',
        entityType: 'patient',
        entityId: `e${i}`,
        patientId: randomUUID(),
        changes: { after: { name: '山田 太郎', phone: `03-0000-${i}` } },
        reason: null,
        requestId: `req-${i}`,
      };
      const hash = chainHash(prevHash, fields);
      batch.push({ ...fields, prev_hash: prevHash, hash });
      prevHash = hash;
    }
    await db.execute(sql`insert into audit_events (id, occurred_at, facility_id, actor_type, actor_id, actor_label,
        action, entity_type, entity_id, patient_id, changes, reason, request_id, prev_hash, hash)
      select r.id::uuid, r."occurredAt"::timestamptz, r."facilityId"::uuid, r."actorType", r."actorId", r."actorLabel",
        r.action, r."entityType", r."entityId", r."patientId"::uuid, r.changes, r.reason, r."requestId", r.prev_hash, r.hash
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(id text, "occurredAt" text, "facilityId" text,
        "actorType" text, "actorId" text, "actorLabel" text, action text, "entityType" text, "entityId" text,
        "patientId" text, changes jsonb, reason text, "requestId" text, prev_hash text, hash text)`);
  }
}

const { handle, drop, label } = await openBenchDatabase();
try {
  await handle.migrate();
  await insertChain(handle.db, count);
  await handle.db.execute(sql`analyze audit_events`);
  for (const { label: mode, worker, workers } of modes) {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const start = performance.now();
    const result = await verifyAuditChain(handle.db, { worker, workers, pageSize });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(timer);
    const free = Math.round((ticks / (seconds * 100)) * 100);
    console.log(
      `${label}, ${mode}, pages of ${pageSize}: ${result.checked} events (${result.breakCount} breaks) in ${seconds.toFixed(1)} s = ` +
        `${Math.round(result.checked / seconds)} events/s; event loop free ≈ ${free} %`,
    );
  }
} finally {
  await drop();
}
