/**
 * What bench/read-path.ts measures against: a generated clinic (made once, or reused), the real
 * server started as `saisei serve` starts it, and signed-in staff sessions made as the tests make them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Secret } from 'otpauth';
import pg from 'pg';
import { BENCH_NOTE, generateBenchData } from '../src/cli/bench-data/generate.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { migrateAndAnalyse } from '../src/db/statistics.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { sealTotpSecret } from '../src/modules/auth/stored-secrets.ts';
import { updateUserRow } from '../src/modules/users/queries.ts';
import { createUserService } from '../src/modules/users/service.ts';
import { systemContext } from '../src/platform/actor.ts';
import { type Config, loadConfig } from '../src/platform/config.ts';
import type { Role } from '../src/platform/permissions.ts';
import { createSecretBox } from '../src/platform/secret-box.ts';
import { nextTotpCode } from '../src/test/authenticator.ts';

/** A fixed key for the bench's own TOTP secrets, so a reused data folder opens with the same key. */
const BENCH_SECRET_KEY = Buffer.alloc(32, 19);
const PASSWORD = 'Bench-Read-Path-42-Floor';

export type BenchTarget = {
  kind: 'pglite' | 'postgres';
  /** Where the server's config points (DATABASE_URL or the data folder). */
  env: Record<string, string>;
  /** For the floor's direct connection on PostgreSQL. */
  url?: string;
  /** Drops what this run created (the PostgreSQL database); a data folder given is kept. */
  cleanUp(): Promise<void>;
  describe: string;
};

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Generates the clinic when the database holds no generated patients; returns how many it holds. */
async function ensureData(handle: DatabaseHandle, patients: number, say: (line: string) => void) {
  await migrateAndAnalyse(handle);
  const [row] = rowsOf<{ n: number }>(
    await handle.db.execute(sql`select count(*)::int as n from patients where notes = ${BENCH_NOTE}`),
  );
  if ((row?.n ?? 0) > 0) return row?.n ?? 0;
  const started = Date.now();
  const made = await generateBenchData(handle.db, {
    patients,
    progress: (done) => {
      if (done % 50_000 === 0) say(`  generated ${done.toLocaleString('en')} patients`);
    },
  });
  say(`  bench-data: ${made.patients} patients in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return made.patients;
}

export async function pgliteTarget(
  patients: number,
  dataDir: string | undefined,
  say: (line: string) => void,
): Promise<BenchTarget & { patients: number }> {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'saisei-read-path-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
  const held = await ensureData(handle, patients, say).finally(() => handle.close());
  return {
    kind: 'pglite',
    patients: held,
    env: { SAISEI_DATA_DIR: dir },
    describe: `PGlite data folder ${dir}`,
    // A folder made for this run goes with it; a folder given (made once, reused) stays.
    cleanUp: async () => {
      if (!dataDir) removeRunFolder(dir);
    },
  };
}

/**
 * A PostgreSQL database: the one `url` names (kept), or `name` created on BENCH_DATABASE_URL's server
 * when it does not exist yet (dropped after unless `keep`).
 */
export async function postgresTarget(
  patients: number,
  options: { url?: string | undefined; name: string; keep: boolean },
  say: (line: string) => void,
): Promise<BenchTarget & { patients: number }> {
  let url = options.url;
  let drop: (() => Promise<void>) | undefined;
  if (!url) {
    const server = process.env.BENCH_DATABASE_URL;
    if (!server) throw new Error('--database postgres needs BENCH_DATABASE_URL (or --database-url).');
    if (!/^[a-z_][a-z0-9_]*$/.test(options.name))
      throw new Error(`Not a plain database name: ${options.name}`);
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    const exists = await admin.query('select 1 from pg_database where datname = $1', [options.name]);
    if (exists.rowCount === 0) await admin.query(`create database ${options.name}`);
    await admin.end();
    const made = new URL(server);
    made.pathname = `/${options.name}`;
    url = made.toString();
    if (!options.keep)
      drop = async () => {
        const again = new pg.Client({ connectionString: server });
        await again.connect();
        await again.query(`drop database ${options.name} with (force)`);
        await again.end();
      };
  }
  const handle = await openDatabase({ kind: 'postgres', url });
  const held = await ensureData(handle, patients, say).finally(() => handle.close());
  const runFolder = mkdtempSync(path.join(tmpdir(), 'saisei-read-path-'));
  return {
    kind: 'postgres',
    patients: held,
    env: { DATABASE_URL: url, SAISEI_DATA_DIR: runFolder },
    url,
    describe: `PostgreSQL database ${new URL(url).pathname.slice(1)}`,
    cleanUp: async () => {
      await drop?.();
      removeRunFolder(runFolder);
    },
  };
}

/** The server's settings: as `saisei serve` reads them, on a free port, logging errors only. */
export function benchConfig(target: BenchTarget): Config {
  const dataDir = target.env.SAISEI_DATA_DIR ?? tmpdir();
  return loadConfig({
    ...target.env,
    PORT: '0',
    HOST: '127.0.0.1',
    // Request lines and warnings (no web build) would interleave with the tables on stdout.
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
    SAISEI_INSECURE_COOKIES: 'true',
    SAISEI_LOGIN_RATE_PER_MINUTE: '1000',
    SAISEI_SECRET_KEY: BENCH_SECRET_KEY.toString('base64'),
    SAISEI_AUDIT_ANCHOR_FILE: anchorFileOf(dataDir),
    SAISEI_AUDIT_ANCHOR_MINUTES: '0',
  });
}

export type Session = { cookie: string; 'x-csrf-token': string };

/**
 * A member of staff of the clinic, signed in over HTTP as a person would (TOTP for the roles that
 * need it, sealed under the server's key as src/test/sessions.ts does).
 */
export async function signedInStaff(
  handle: DatabaseHandle,
  baseUrl: string,
  facilityId: string,
  role: Role,
): Promise<Session> {
  const login = `bench-${role}-${process.pid}-${Date.now() % 100_000}`;
  const users = createUserService(handle.db);
  const user = await inTransaction(handle.db, (tx) =>
    users.insertUser(tx, systemContext('bench'), {
      login,
      displayName: `ベンチ ${role}`,
      roles: [role],
      facilityIds: [facilityId],
      password: PASSWORD,
    }),
  );
  let totp: string | undefined;
  if (role === 'admin' || role === 'qa') {
    const secret = new Secret({ size: 20 }).base32;
    await handle.db.transaction((tx) =>
      updateUserRow(tx, user.id, {
        totpSecret: sealTotpSecret(createSecretBox(BENCH_SECRET_KEY), user.id, secret),
        totpEnabledAt: new Date(),
      }),
    );
    totp = (await nextTotpCode(secret, undefined)).code;
  }
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD, ...(totp ? { totp } : {}) }),
  });
  const body = (await res.json()) as { csrfToken?: string };
  if (!res.ok) throw new Error(`sign-in of ${role} failed: ${res.status} ${JSON.stringify(body)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, 'x-csrf-token': String(body.csrfToken) };
}

/** The run's folder and the anchor file benchConfig puts beside it. */
function removeRunFolder(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  rmSync(anchorFileOf(dir), { force: true });
}

const anchorFileOf = (dataDir: string) =>
  path.join(path.dirname(dataDir), `${path.basename(dataDir)}-anchors.log`);
