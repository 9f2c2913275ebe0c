import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client.ts';

/**
 * PGlite never analyses on its own (STACK.md trap 20): a never-analysed table keeps `reltuples = -1`
 * and the planner guesses (an audit page 228 ms instead of 0.1 ms at 1M rows; issue 19). PostgreSQL's
 * autovacuum does this itself, so these are for PGlite only.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

async function appliedMigrations(handle: DatabaseHandle): Promise<number> {
  const result = (await handle.db.execute(
    sql`select count(*)::int as n from pg_tables where schemaname = 'drizzle' and tablename = '__drizzle_migrations'`,
  )) as unknown as { rows: { n: number }[] };
  if (!result.rows[0]?.n) return 0;
  const applied = (await handle.db.execute(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { n: number }[] };
  return applied.rows[0]?.n ?? 0;
}

async function hasNeverAnalysedTable(handle: DatabaseHandle): Promise<boolean> {
  const result = (await handle.db.execute(
    sql`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' and c.reltuples < 0`,
  )) as unknown as { rows: { n: number }[] };
  return (result.rows[0]?.n ?? 0) > 0;
}

/** Migrates, then analyses PGlite when a migration ran or a table was never analysed. */
export async function migrateAndAnalyse(handle: DatabaseHandle): Promise<void> {
  const before = handle.kind === 'pglite' ? await appliedMigrations(handle) : 0;
  await handle.migrate();
  if (handle.kind !== 'pglite') return;
  if ((await appliedMigrations(handle)) !== before || (await hasNeverAnalysedTable(handle))) {
    await handle.db.execute(sql`analyze`);
  }
}

/** Keeps PGlite's statistics fresh as the clinic's data grows: one ANALYZE a day. */
export function scheduleAnalyse(
  handle: DatabaseHandle,
  onError: (error: unknown) => void,
  everyMs = DAY_MS,
): { stop(): void } {
  if (handle.kind !== 'pglite') return { stop() {} };
  const timer = setInterval(() => {
    handle.db.execute(sql`analyze`).catch(onError);
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
