/**
 * Patient search at the service level (no HTTP), through the same query function the API uses; with
 * BENCH_EXPLAIN=1 it prints each query plan. bench/read-path.ts measures the same searches over HTTP
 * against the floor; this one is for looking at plans.
 *   npm run bench:search -- [patients=50000]            embedded PGlite (in memory)
 *   BENCH_DATABASE_URL=postgres://… npm run bench:search  a PostgreSQL server (a fresh database, dropped after)
 * Prints a markdown table of p50 / p95 per kind of search.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from '../src/cli/bench-data/names.ts';
import { facilities } from '../src/modules/facilities/schema.ts';
import { searchPatients } from '../src/modules/patients/queries.ts';
import { formatPatientNumber, parsePatientQuery, searchKeys } from '../src/modules/patients/rules.ts';
import { patients } from '../src/modules/patients/schema.ts';
import { openBenchDatabase } from './bench-database.ts';

/** `saisei bench-data`'s own lists, so both benches search the same register. */
const GIVEN_NAMES = [...FEMALE_NAMES, ...MALE_NAMES];
const count = Number(process.argv[2] ?? 50_000);
const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;

async function main() {
  const { handle, drop, label } = await openBenchDatabase();
  const { db } = handle;
  await handle.migrate();
  const facilityId = uuidv7();
  await db.insert(facilities).values({ id: facilityId, kind: 'clinic', name: 'Bench clinic' });

  const loadStart = performance.now();
  for (let start = 0; start < count; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(start + 1000, count); i++) {
      const [family, familyKana] = pick(FAMILY_NAMES, i * 7);
      const [given, givenKana] = pick(GIVEN_NAMES, i * 13 + Math.floor(i / 20));
      const phone = `090-${String(1000 + (i % 9000))}-${String((i * 7919) % 10000).padStart(4, '0')}`;
      const person = {
        familyName: family,
        givenName: given,
        familyNameKana: familyKana,
        givenNameKana: givenKana,
        phone,
      };
      rows.push({
        id: uuidv7(),
        facilityId,
        patientNumber: formatPatientNumber(i + 1),
        ...person,
        birthDate: `${1950 + (i % 55)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        sex: i % 3 === 0 ? ('male' as const) : ('female' as const),
        ...searchKeys(person),
      });
    }
    await db.insert(patients).values(rows);
  }
  const loadSeconds = (performance.now() - loadStart) / 1000;
  await db.execute(sql`analyze patients`);

  const cases: [string, string][] = [
    ['patient number', formatPatientNumber(Math.floor(count / 2))],
    ['kana prefix, 2 characters', 'やま'],
    ['kana, 3+ characters (trigram)', 'やまだはな'],
    ['kana, half-width', 'ﾔﾏﾀﾞ'],
    ['kanji, 2 characters (prefix)', '山田'],
    ['kanji, 4 characters (trigram)', '山田花子'],
    ['phone, last 4 digits', '5678'],
    ['birth date (wareki)', 'S25.1.1'],
    ['no query (first page)', ''],
  ];
  const lines = [
    `| search (${count.toLocaleString('en')} patients, ${label}) | rows | p50 ms | p95 ms |`,
    '|---|---|---|---|',
  ];
  for (const [name, text] of cases) {
    const query = text ? parsePatientQuery(text) : undefined;
    const run = () =>
      searchPatients(db, { facilityId, ...(query ? { query } : {}), includeMerged: false, limit: 50 });
    if (process.env.BENCH_EXPLAIN) {
      const plan = await db.execute(
        sql`explain analyze ${sql.raw(
          run()
            .toSQL()
            .sql.replace(
              /\$(\d+)/g,
              (_, n) => `'${String(run().toSQL().params[Number(n) - 1]).replace(/'/g, "''")}'`,
            ),
        )}`,
      );
      console.log(
        `-- ${name}\n${(plan as unknown as { rows: Record<string, string>[] }).rows.map((r) => Object.values(r)[0]).join('\n')}`,
      );
    }
    for (let i = 0; i < 10; i++) await run();
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      rows = (await run()).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => (times[Math.floor(p * (times.length - 1))] ?? 0).toFixed(2);
    lines.push(`| ${name} | ${rows} | ${at(0.5)} | ${at(0.95)} |`);
  }
  console.log(lines.join('\n'));
  console.log(
    `\nLoaded ${count} patients in ${loadSeconds.toFixed(1)} s; heap ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB RSS.`,
  );
  await drop();
}

await main();
