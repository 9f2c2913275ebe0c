/**
 * Audit chain verification at scale, through the code the job and `saisei audit verify` use.
 *   npx tsx bench/audit-verify.ts [events=200000]                 embedded PGlite (in memory)
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/audit-verify.ts   a PostgreSQL server (fresh database, dropped after)
 * Rows are made by SQL with placeholder hashes: every row is a break, which costs the same to check.
 * Prints rows/s hashing here and in the worker, and how often a 10 ms timer got to run meanwhile.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../src/modules/audit/verify.ts';
import { openBenchDatabase } from './bench-database.ts';

const count = Number(process.argv[2] ?? 200_000);

const { handle, drop, label } = await openBenchDatabase();
try {
  await handle.migrate();
  await handle.db.execute(sql`insert into audit_events (id, occurred_at, facility_id, actor_type, actor_id,
      actor_label, action, entity_type, entity_id, patient_id, changes, reason, request_id, prev_hash, hash)
    select gen_random_uuid(), now() - (i || ' seconds')::interval, gen_random_uuid(), 'user', 'u' || i,
      'nurse-suzuki', 'read', 'patient', 'e' || i, gen_random_uuid(),
      jsonb_build_object('after', jsonb_build_object('phone', '03-0000-' || i, 'name', '山田 太郎')),
      null, 'req-' || i, repeat('0', 64), repeat('0', 64)
    from generate_series(1, ${count}) i`);
  await handle.db.execute(sql`analyze audit_events`);
  for (const worker of [false, true]) {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const start = performance.now();
    const result = await verifyAuditChain(handle.db, { worker });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(timer);
    const free = Math.round((ticks / (seconds * 100)) * 100);
    console.log(
      `${label}, ${worker ? 'worker' : 'main thread'}: ${result.checked} events in ${seconds.toFixed(1)} s = ` +
        `${Math.round(result.checked / seconds)} events/s; event loop free ≈ ${free} %`,
    );
  }
} finally {
  await drop();
}
