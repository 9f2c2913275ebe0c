import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../src/test/test-database.ts';
import { groupOf, summarise } from './profile-summary.ts';
import { classify, type PgliteLike, SqlRecorder } from './sql-capture.ts';
import { median, medianOfRuns, percentiles, quantile } from './stats.ts';

describe('classify', () => {
  it('tells the request’s own reads from the log, the sign-in lookups and the transaction', () => {
    expect(classify('select "id" from "patients" where "patients"."merged_into_id" = $1')).toBe('data');
    expect(
      classify('select "seq", "id" from "audit_events" where "audit_events"."facility_id" = $1 limit $2'),
    ).toBe('data');
    expect(classify('select pg_advisory_xact_lock(7301, 1)')).toBe('log');
    expect(
      classify('select "seq", "hash" from "audit_events" order by "audit_events"."seq" desc limit $1'),
    ).toBe('log');
    expect(classify('insert into "audit_events" ("seq") values (default)')).toBe('log');
    expect(classify('select "id", "token_hash" from "sessions" where "sessions"."token_hash" = $1')).toBe(
      'auth',
    );
    expect(classify('select "id", "login" from "users" where "users"."id" = $1')).toBe('auth');
    expect(classify('update "sessions" set "last_seen_at" = $1')).toBe('auth');
    expect(classify('BEGIN')).toBe('tx');
    expect(classify('  commit')).toBe('tx');
  });

  it('counts a read that joins the staff table as the request’s data', () => {
    expect(
      classify(
        'select "c"."id" from "consultations" "c" left join "users" on "users"."id" = "c"."physician_id"',
      ),
    ).toBe('data');
  });
});

describe('statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect(quantile(samples, 0.5)).toBe(50);
    expect(quantile(samples, 0.95)).toBe(95);
    expect(quantile(samples, 0.99)).toBe(99);
    expect(quantile([], 0.5)).toBe(0);
    expect(percentiles([2, 4]).mean).toBe(3);
  });

  it('takes each percentile’s median over runs', () => {
    const run = (p95: number) => ({ p50: 1, p95, p99: p95 * 2, mean: 1 });
    expect(medianOfRuns([run(3), run(30), run(4)])).toEqual({ p50: 1, p95: 4, p99: 8, mean: 1 });
    expect(median([5, 1, 3])).toBe(3);
  });
});

describe('SqlRecorder', () => {
  it('records what the app sends, inside transactions too, and only while started', async () => {
    const handle = await openTestDatabase();
    const recorder = new SqlRecorder();
    const floor = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    try {
      let direct: (text: string) => Promise<unknown>;
      if (handle.kind === 'postgres') {
        await floor.connect();
        recorder.wrapPg(floor);
        direct = (text) => floor.query(text);
      } else {
        const query = recorder.wrapPglite((handle.db as unknown as { $client: PgliteLike }).$client);
        direct = (text) => query(text);
      }
      await handle.db.execute(sql`select 1`);
      recorder.start();
      await handle.db.execute(sql`select ${7}::int as n`);
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(1, 2)`);
      });
      await direct('select 2');
      const taken = recorder.take();
      expect(taken.map((s) => s.kind)).toEqual(['data', 'tx', 'log', 'tx']);
      expect(taken[0]?.sql).toBe('select $1::int as n');
      expect(taken[0]?.params).toEqual([7]);
      await handle.db.execute(sql`select 3`);
      expect(recorder.take()).toEqual([]);
    } finally {
      recorder.restore();
      if (handle.kind === 'postgres') await floor.end();
      await handle.close();
    }
  });
});

describe('profile summary', () => {
  it('groups self time by package and project folder, leaving idle time out', () => {
    expect(groupOf('file:///w/node_modules/fastify/lib/route.js', 'x')).toBe('fastify');
    expect(groupOf('file:///w/node_modules/@electric-sql/pglite/dist/index.js', 'x')).toBe(
      '@electric-sql/pglite',
    );
    expect(groupOf('file:///w/src/modules/audit/recorder.ts', 'x')).toBe('src/modules/audit');
    expect(groupOf('node:internal/streams/readable', 'x')).toBe('node:internal');
    expect(groupOf('', '(garbage collector)')).toBe('(garbage collector)');
    const node = (id: number, url: string, hitCount: number, functionName = 'f') => ({
      id,
      callFrame: { url, functionName },
      hitCount,
    });
    const shares = summarise({
      nodes: [
        node(1, '', 50, '(idle)'),
        node(2, 'file:///node_modules/zod/v4/a.js', 10),
        node(3, 'file:///node_modules/pg/lib/c.js', 30),
      ],
    });
    expect(shares).toEqual([
      { group: 'pg', share: 0.75 },
      { group: 'zod', share: 0.25 },
    ]);
  });
});
