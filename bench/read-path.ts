/**
 * The read path against its floor (issue 19, acceptance 2): the real server over HTTP, and the same
 * SQL it sent for each request replayed on one direct connection, interleaved request by request.
 *   node --import tsx bench/read-path.ts --patients 10000                       PGlite, a new data folder
 *   node --import tsx bench/read-path.ts --data-dir /tmp/rp200k                 PGlite, made once, reused
 *   BENCH_DATABASE_URL=postgres://… node --import tsx bench/read-path.ts --database postgres --patients 50000
 *     (creates saisei_readpath_50000, or reuses it; dropped after unless --keep)
 * Options: --requests N per case (200), --runs N (1; each figure is the median over runs),
 * --only NAME,NAME (cases whose name starts so). Prints markdown tables docs/benchmarks.md takes as is.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { BENCH_NOTE } from '../src/cli/bench-data/generate.ts';
import { startServer } from '../src/platform/server.ts';
import { benchConfig, pgliteTarget, postgresTarget, type Session, signedInStaff } from './read-path-setup.ts';
import { type Captured, type PgliteLike, SqlRecorder, type StatementKind } from './sql-capture.ts';
import { median, medianOfRuns, ms, type Percentiles, percentiles } from './stats.ts';

const { values: opts } = parseArgs({
  options: {
    patients: { type: 'string', default: '10000' },
    database: { type: 'string', default: 'pglite' },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    'database-name': { type: 'string' },
    keep: { type: 'boolean', default: false },
    requests: { type: 'string', default: '200' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const say = (line: string) => process.stderr.write(`${line}\n`);
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const WARM_UP = 20;

type Case = {
  name: string;
  session: 'physician' | 'admin';
  path: (i: number) => string;
  /** The second floor target: the timeline's own SQL p95 (ms). */
  sqlTarget?: number;
};
type Sample = {
  app: number;
  floor: number;
  counts: Record<StatementKind, number>;
  own: Record<StatementKind, number>;
};
type CaseRun = {
  app: Percentiles;
  floor: Percentiles;
  rows: number;
  counts: Record<StatementKind, number>;
  own: Record<StatementKind, number>;
};

const KINDS: StatementKind[] = ['data', 'log', 'auth', 'tx'];
const zero = () => ({ data: 0, log: 0, auth: 0, tx: 0 });

async function main() {
  const patients = Number(opts.patients);
  const requests = Number(opts.requests);
  const runs = Number(opts.runs);
  const target =
    opts.database === 'postgres'
      ? await postgresTarget(
          patients,
          {
            url: opts['database-url'],
            name: opts['database-name'] ?? `saisei_readpath_${patients}`,
            keep: opts.keep,
          },
          say,
        )
      : await pgliteTarget(patients, opts['data-dir'], say);
  const config = benchConfig(target);
  const server = await startServer(config);
  const recorder = new SqlRecorder();
  let floorClient: pg.Client | undefined;
  try {
    const { db } = server.database;
    const address = server.app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    // The floor: one direct connection (PostgreSQL), or PGlite's own query without the recorder.
    let floor: (s: Captured) => Promise<unknown>;
    if (target.kind === 'postgres') {
      const client = new pg.Client({ connectionString: target.url });
      floorClient = client;
      await client.connect();
      recorder.wrapPg(client);
      floor = (s) =>
        client.query({
          text: s.sql,
          values: s.params,
          ...(s.name ? { name: s.name } : {}),
          rowMode: 'array',
        });
    } else {
      const query = recorder.wrapPglite((db as unknown as { $client: PgliteLike }).$client);
      floor = (s) => query(s.sql, s.params, { rowMode: 'array' });
    }

    const [clinic] = rowsOf<{ facility_id: string }>(
      await db.execute(sql`select facility_id from patients where notes = ${BENCH_NOTE} limit 1`),
    );
    if (!clinic) throw new Error('No generated patients in this database.');
    const facilityId = clinic.facility_id;
    const sizes = rowsOf<{ patients: number; consultations: number; audit: number }>(
      await db.execute(sql`select (select count(*)::int from patients) as patients,
        (select count(*)::int from consultations) as consultations, (select count(*)::int from audit_events) as audit`),
    )[0];
    const withRecords = rowsOf<{ id: string }>(
      await db.execute(
        sql`select distinct patient_id as id from consultations where facility_id = ${facilityId} order by 1 limit 50`,
      ),
    ).map((r) => r.id);
    const [middle] = rowsOf<{ n: string }>(
      await db.execute(
        sql`select patient_number as n from patients where facility_id = ${facilityId} order by patient_number offset ${Math.floor((sizes?.patients ?? 2) / 2)} limit 1`,
      ),
    );
    const sessions: Record<Case['session'], Session> = {
      physician: await signedInStaff(server.database, baseUrl, facilityId, 'physician'),
      admin: await signedInStaff(server.database, baseUrl, facilityId, 'admin'),
    };
    const someone = (i: number) => withRecords[i % withRecords.length] as string;
    const search = (q: string) => () => `/api/v1/patients?q=${encodeURIComponent(q)}`;
    const allCases: Case[] = [
      { name: 'search: kana prefix やま', session: 'physician', path: search('やま') },
      { name: 'search: kana trigram やまだはな', session: 'physician', path: search('やまだはな') },
      { name: 'search: kanji 山田', session: 'physician', path: search('山田') },
      { name: 'search: kanji trigram 山田花子', session: 'physician', path: search('山田花子') },
      { name: 'search: half-width ﾔﾏﾀﾞ', session: 'physician', path: search('ﾔﾏﾀﾞ') },
      { name: 'search: phone 5678', session: 'physician', path: search('5678') },
      { name: 'search: birth date S55.5.12', session: 'physician', path: search('S55.5.12') },
      { name: `search: patient number`, session: 'physician', path: search(middle?.n ?? '1') },
      { name: 'patient by id', session: 'physician', path: (i) => `/api/v1/patients/${someone(i)}` },
      {
        name: 'timeline',
        session: 'physician',
        path: (i) => `/api/v1/patients/${someone(i)}/timeline`,
        sqlTarget: 5,
      },
      {
        name: 'consultations of a patient',
        session: 'physician',
        path: (i) => `/api/v1/patients/${someone(i)}/consultations`,
      },
      {
        name: 'audit list, one patient',
        session: 'admin',
        path: (i) => `/api/v1/audit-events?patientId=${someone(i)}`,
      },
      { name: 'audit list, facility page', session: 'admin', path: () => '/api/v1/audit-events' },
    ];
    const cases = allCases.filter(
      (c) => !opts.only || opts.only.split(',').some((prefix) => c.name.startsWith(prefix)),
    );

    // Named statements are prepared once per connection (issue 19: hot queries prepared once).
    let statementsSeen = 0;
    let statementsNamed = 0;
    async function once(c: Case, i: number): Promise<Sample & { rows: number }> {
      recorder.start();
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}${c.path(i)}`, { headers: sessions[c.session] });
      const body = await res.text();
      const app = performance.now() - t0;
      const statements = recorder.take();
      if (process.env.BENCH_SHOW_SQL && i === 0)
        say(
          `-- ${c.name}\n${statements.map((s) => `  [${s.kind}] ${s.sql.replace(/\s+/g, ' ').slice(0, 400)}`).join('\n')}`,
        );
      if (!res.ok) throw new Error(`${c.name}: ${res.status} ${body.slice(0, 300)}`);
      const t1 = performance.now();
      for (const s of statements) if (s.kind === 'data') await floor(s);
      const floorMs = performance.now() - t1;
      statementsSeen += statements.length;
      statementsNamed += statements.filter((s) => s.name).length;
      const counts = zero();
      const own = zero();
      for (const s of statements) {
        counts[s.kind] += 1;
        own[s.kind] += s.ms;
      }
      const parsed = JSON.parse(body) as { items?: unknown[]; entries?: unknown[] };
      return { app, floor: floorMs, counts, own, rows: (parsed.items ?? parsed.entries ?? [parsed]).length };
    }

    async function measure(c: Case): Promise<CaseRun> {
      const samples: Sample[] = [];
      let rows = 0;
      for (let i = 0; i < WARM_UP + requests; i++) {
        const s = await once(c, i);
        rows = s.rows;
        if (i >= WARM_UP) samples.push(s);
      }
      const per = (pick: (s: Sample) => number) => median(samples.map(pick));
      return {
        app: percentiles(samples.map((s) => s.app)),
        floor: percentiles(samples.map((s) => s.floor)),
        rows,
        counts: Object.fromEntries(KINDS.map((k) => [k, per((s) => s.counts[k])])) as Record<
          StatementKind,
          number
        >,
        own: Object.fromEntries(KINDS.map((k) => [k, per((s) => s.own[k])])) as Record<StatementKind, number>,
      };
    }

    const results = new Map<string, CaseRun[]>();
    const loads: string[] = [];
    const exports: ({ app: number; floor: number; rows: number; bytes: number } | undefined)[] = [];
    for (let r = 0; r < runs; r++) {
      loads.push(loadAverage());
      for (const c of cases) {
        results.set(c.name, [...(results.get(c.name) ?? []), await measure(c)]);
      }
      if (!opts.only || opts.only.includes('export'))
        exports.push(await exportOnce(baseUrl, sessions.admin, recorder, floor).catch(reportExport));
      say(`  run ${r + 1}/${runs} done (load ${loads.at(-1)} → ${loadAverage()})`);
    }
    loads.push(loadAverage());

    const label = target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
    console.log(
      `### ${label}, ${(sizes?.patients ?? 0).toLocaleString('en')} patients, ${(sizes?.consultations ?? 0).toLocaleString('en')} consultations, ${(sizes?.audit ?? 0).toLocaleString('en')} audit events`,
    );
    console.log(
      `\n${new Date().toISOString().slice(0, 16)}Z, ${requests} requests a case after ${WARM_UP} warm-ups, median of ${runs} run(s); load average ${loads.join(' | ')}.\n`,
    );
    console.log(table(cases, results));
    const exported = exports.filter((e) => e !== undefined);
    if (exported.length) console.log(`\n${exportLine(exported)}`);
    console.log(`\nPrepared (named) statements: ${statementsNamed} of ${statementsSeen} sent.`);
  } finally {
    recorder.restore();
    await floorClient?.end();
    await server.stop();
    await target.cleanUp();
  }
}

const reportExport = (error: unknown) => {
  say(`  export failed: ${String(error).slice(0, 300)}`);
  return undefined;
};

/**
 * The facility's audit trail of the last 12 months as CSV (the app refuses more than 100,000 rows: ≈ 71k
 * at 200k patients, whose history spans 5 years), its page reads replayed as the floor.
 */
async function exportOnce(
  baseUrl: string,
  session: Session,
  recorder: SqlRecorder,
  floor: (s: Captured) => Promise<unknown>,
) {
  recorder.start();
  const t0 = performance.now();
  const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const res = await fetch(`${baseUrl}/api/v1/audit-events/export.csv?from=${from}`, { headers: session });
  const text = await res.text();
  const app = performance.now() - t0;
  const statements = recorder.take();
  if (!res.ok) throw new Error(`export: ${res.status} ${text.slice(0, 300)}`);
  const t1 = performance.now();
  for (const s of statements) if (s.kind === 'data') await floor(s);
  const rows = text.split('\n').filter(Boolean).length - 1;
  return { app, floor: performance.now() - t1, rows, bytes: Buffer.byteLength(text) };
}

function exportLine(runs: { app: number; floor: number; rows: number; bytes: number }[]) {
  const app = median(runs.map((r) => r.app));
  const floor = median(runs.map((r) => r.floor));
  const rows = runs[0]?.rows ?? 0;
  const rate = (t: number) => Math.round(rows / (t / 1000)).toLocaleString('en');
  return `| CSV export, the facility's last 12 months | rows | MB | app s | app rows/s | floor s | floor rows/s | ratio |
|---|---|---|---|---|---|---|---|
| median of ${runs.length} | ${rows.toLocaleString('en')} | ${((runs[0]?.bytes ?? 0) / 1e6).toFixed(1)} | ${(app / 1000).toFixed(2)} | ${rate(app)} | ${(floor / 1000).toFixed(2)} | ${rate(floor)} | ${(app / floor).toFixed(1)} |`;
}

function table(cases: Case[], results: Map<string, CaseRun[]>) {
  const lines = [
    '| case | rows | app p50 / p95 / p99 ms | app req/s | floor p50 / p95 / p99 ms | p95 ratio | p95 app − floor | target | statements data+log+auth+tx | in app, SQL p50: data / log / auth+tx ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of cases) {
    const list = results.get(c.name) ?? [];
    const app = medianOfRuns(list.map((r) => r.app));
    const floor = medianOfRuns(list.map((r) => r.floor));
    const last = list.at(-1);
    const diff = app.p95 - floor.p95;
    const verdicts = [diff <= 2 ? 'met' : `missed by ${ms(diff - 2)}`];
    if (c.sqlTarget !== undefined)
      verdicts.push(
        floor.p95 <= c.sqlTarget
          ? `SQL ≤ ${c.sqlTarget}: met`
          : `SQL ≤ ${c.sqlTarget}: missed by ${ms(floor.p95 - c.sqlTarget)}`,
      );
    const counts = last ? KINDS.map((k) => last.counts[k]).join('+') : '';
    const own = last ? `${ms(last.own.data)} / ${ms(last.own.log)} / ${ms(last.own.auth + last.own.tx)}` : '';
    lines.push(
      `| ${c.name} | ${last?.rows ?? 0} | ${ms(app.p50)} / ${ms(app.p95)} / ${ms(app.p99)} | ${Math.round(1000 / app.mean)} | ${ms(floor.p50)} / ${ms(floor.p95)} / ${ms(floor.p99)} | ${(app.p95 / floor.p95).toFixed(1)} | ${ms(diff)} | ${verdicts.join('; ')} | ${counts} | ${own} |`,
    );
  }
  return lines.join('\n');
}

await main();
