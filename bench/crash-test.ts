/**
 * Crash test: the real server under a write load, killed with SIGKILL at random moments and
 * restarted on the same data, again and again. After each kill the database is opened directly and
 * every write the API acknowledged (2xx) must be there with its audit event; at the end the audit
 * chain must verify (`saisei audit verify`). Results: docs/reliability.md.
 *
 *   node --import tsx bench/crash-test.ts [--kills 20] [--database pglite|postgres] [--database-url URL]
 *                                         [--window 3000]  (ms a round may run after its first write)
 *
 * With postgres, the database named by --database-url (default: a new `saisei_crash_<random>` on
 * 127.0.0.1) is created here and dropped at the end. Exit 0 only when nothing acknowledged was lost.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type OpenOptions, openDatabase } from '../src/db/client.ts';
import { runSaisei } from '../src/test/cli-process.ts';
import { startServerProcess } from '../src/test/server-process.ts';
import { missingWrites } from './crash-check.ts';
import { type Ack, runLoad, signIn } from './crash-load.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    database: { type: 'string', default: 'pglite' },
    'database-url': { type: 'string' },
    // The longest a round runs on after its first write, in ms (a random moment within it).
    window: { type: 'string', default: '3000' },
  },
});
const kills = Number(values.kills);
const windowMs = Number(values.window);
const kind = values.database;
if (!Number.isInteger(kills) || kills < 1 || !(windowMs >= 0) || (kind !== 'pglite' && kind !== 'postgres')) {
  console.error(
    'Usage: crash-test.ts [--kills N] [--database pglite|postgres] [--database-url URL] [--window MS]',
  );
  process.exit(2);
}

const USER = { login: 'crash.dr', password: 'Crash-Test-Physician-2025' };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-crash-'));
const databaseUrl =
  kind === 'postgres'
    ? (values['database-url'] ??
      `postgres://postgres@127.0.0.1:5432/saisei_crash_${randomBytes(4).toString('hex')}`)
    : undefined;
const env: Record<string, string> = {
  SAISEI_DATA_DIR: dataDir,
  SAISEI_INSECURE_COOKIES: 'true',
  SAISEI_LOGIN_RATE_PER_MINUTE: '100000',
  LOG_LEVEL: 'warn',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
};
const direct: OpenOptions = databaseUrl
  ? { kind: 'postgres', url: databaseUrl, poolMax: 2 }
  : { kind: 'pglite', dataDir };

async function adminQuery(sql: string) {
  if (!databaseUrl) return;
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const databaseName = databaseUrl ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) : '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<number> {
  const started = Date.now();
  await adminQuery(`create database "${databaseName}"`);
  const created = await runSaisei(
    [
      'user',
      'create',
      '--login',
      USER.login,
      '--name',
      '試験 医師',
      '--role',
      'physician',
      '--clinic',
      '試験クリニック',
    ],
    { env, stdin: `${USER.password}\n` },
  );
  if (created.code !== 0) throw new Error(`user create failed: ${created.stderr}`);

  const acks: Ack[] = [];
  const patients: { id: string; version: number }[] = [];
  let cutOff = 0;
  const refused: string[] = [];
  const lost: string[] = [];
  for (let round = 1; round <= kills; round++) {
    const server = await startServerProcess(env);
    const session = await signIn(server.url, USER.login, USER.password);
    const before = acks.length;
    const stop = { now: false };
    const load = runLoad(session, acks, patients, stop);
    // A random moment under load (once the first write of the round is through, since the first
    // requests after a start are slow): some writes committed, some in flight.
    for (const deadline = Date.now() + 30_000; acks.length === before && Date.now() < deadline; )
      await sleep(20);
    await sleep(Math.random() * windowMs);
    server.child.kill('SIGKILL');
    await server.exited;
    stop.now = true;
    const stats = await load;
    cutOff += stats.cutOff;
    refused.push(...stats.refused);
    const handle = await openDatabase(direct);
    const missing = await missingWrites(handle, acks.slice(before)).finally(() => handle.close());
    lost.push(...missing);
    console.log(
      `kill ${round}/${kills}: ${acks.length - before} acknowledged, ${stats.cutOff} cut off, ${missing.length} missing`,
    );
  }

  // The last restart: it must come up and take writes; then a clean stop and the full checks.
  const server = await startServerProcess(env);
  const stop = { now: false };
  const load = runLoad(await signIn(server.url, USER.login, USER.password), acks, patients, stop, 1);
  await sleep(500);
  stop.now = true;
  await load;
  server.child.kill('SIGTERM');
  await server.exited;
  const handle = await openDatabase(direct);
  const missingAtEnd = await missingWrites(handle, acks).finally(() => handle.close());
  const verify = await runSaisei(['audit', 'verify'], { env });
  const seconds = Math.round((Date.now() - started) / 1000);

  console.log(`\n${kind}: ${kills} kills, ${kills + 1} starts, ${seconds} s`);
  console.log(`acknowledged writes: ${acks.length} (${countBy(acks)}); cut off in flight: ${cutOff}`);
  console.log(`missing after a kill: ${lost.length}; missing at the end: ${missingAtEnd.length}`);
  console.log(
    `refused writes: ${refused.length}${refused.length ? `\n  ${[...new Set(refused)].join('\n  ')}` : ''}`,
  );
  console.log(`audit verify (exit ${verify.code}): ${(verify.stdout + verify.stderr).trim()}`);
  for (const line of [...lost, ...missingAtEnd].slice(0, 20)) console.log(`  LOST ${line}`);
  return lost.length + missingAtEnd.length + refused.length === 0 && verify.code === 0 ? 0 : 1;
}

function countBy(acks: Ack[]): string {
  const counts = new Map<string, number>();
  for (const ack of acks) counts.set(ack.kind, (counts.get(ack.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await adminQuery(`drop database if exists "${databaseName}" with (force)`).catch(() => {});
}
process.exit(exitCode);
