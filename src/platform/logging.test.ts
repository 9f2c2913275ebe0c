import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { totpCode } from '../test/sessions.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';
import { describeError, safeError } from './safe-error.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ env: { LOG_LEVEL: 'trace' } });
});
afterAll(() => t.close());

// Non-negotiable 6: no password, token, TOTP secret or patient name in the logs, even at trace level.
it('keeps secrets and patient names out of the logs', async () => {
  const password = 'Sekret-Passw0rd-Zebra';
  const patientName = '山田花子';
  const setup = await t.app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    payload: {
      clinic: { name: 'ログ確認クリニック' },
      admin: { login: 'log-admin', displayName: '記録 確認', password },
    },
  });
  expect(setup.statusCode).toBe(201);
  const first = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: 'log-admin', password },
  });
  const session = first.cookies.find((c) => c.name === 'saisei_session')?.value as string;
  const headers = { cookie: `saisei_session=${session}`, 'x-csrf-token': first.json().csrfToken };
  const enrol = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enrol', headers });
  const totpSecret: string = enrol.json().secret;
  const code = totpCode(totpSecret);
  const confirm = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/confirm',
    headers,
    payload: { code },
  });
  const recoveryCodes: string[] = confirm.json().recoveryCodes;
  const token = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers,
    payload: { name: 'sensor', role: 'admin' },
  });
  const apiToken: string = token.json().token;
  await t.app.inject({
    method: 'GET',
    url: '/api/v1/facilities',
    headers: { authorization: `Bearer ${apiToken}` },
  });
  // A search as reception would type it; patient routes arrive later, the query string is the risk.
  await t.app.inject({
    method: 'GET',
    url: `/api/v1/patients?q=${encodeURIComponent(patientName)}`,
    headers,
  });
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: 'log-admin', password: `${password}x` },
  });

  const logs = t.logs();
  expect(logs.length).toBeGreaterThan(1000);
  expect(logs).toContain('/api/v1/patients');
  for (const secret of [
    password,
    totpSecret,
    apiToken,
    session,
    headers['x-csrf-token'],
    ...recoveryCodes,
    patientName,
  ]) {
    expect(logs).not.toContain(secret);
  }
  expect(logs).not.toContain(encodeURIComponent(patientName));
});

/**
 * Issue 18, defect 3: a failed query carried its SQL parameters into the error log (names, phone,
 * argon2 hashes, token digests), and PostgreSQL's `detail` and some messages quote the values too.
 * Real database errors are raised with PII-like values, logged at every level and answered through
 * the error handler; the captured log is grepped for every value.
 */
describe('database errors in the logs', () => {
  const name = '蒼井澪音';
  const phone = '090-7788-1234';
  const argon2 = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g';
  const digest = 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9';
  const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

  /** Each failure a real query can raise, with the values in its parameters. */
  const FAILURES: Record<string, (db: Database) => Promise<unknown>> = {
    unique: (db) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`create temp table pii_probe (name text primary key, phone text) on commit drop`);
        await tx.execute(sql`insert into pii_probe values (${name}, ${phone})`);
        await tx.execute(sql`insert into pii_probe values (${name}, ${argon2})`);
      }),
    check: (db) =>
      db.transaction(async (tx) => {
        await tx.execute(
          sql`create temp table pii_check (name text, phone text check (phone ~ '^[0-9]+$')) on commit drop`,
        );
        await tx.execute(sql`insert into pii_check values (${name}, ${phone})`);
      }),
    badText: (db) => db.execute(sql`select ${`${name}\u0000`}::text as v, ${digest} as d`),
    badUuid: (db) => db.execute(sql`select ${name}::uuid as v`),
    literal: (db) => db.execute(sql.raw(`select '${phone}'::int as v`)),
    forced: (db) => db.execute(sql`select ${name}::text || (1 / 0)::text as v, ${digest} as d`),
  };

  let probe: TestApp;
  beforeAll(async () => {
    probe = await makeTestApp({
      env: { LOG_LEVEL: 'trace' },
      extraRoutes: (app, database) => {
        app.post<{ Params: { kind: string } }>(
          '/api/test/db-error/:kind',
          { config: { access: 'public', scope: 'global' } },
          async (request) => {
            const failure = FAILURES[request.params.kind] as (db: Database) => Promise<unknown>;
            try {
              await failure(database.db);
            } catch (error) {
              for (const level of LEVELS) request.log[level]({ err: error }, 'probe');
              throw error;
            }
            throw new Error('the probe query succeeded');
          },
        );
      },
    });
  });
  afterAll(() => probe?.close());

  it('logs what failed and where, never the values, at every level and through the error handler', async () => {
    const answers: Record<string, number> = {};
    for (const kind of Object.keys(FAILURES)) {
      const res = await probe.app.inject({ method: 'POST', url: `/api/test/db-error/${kind}` });
      answers[kind] = res.statusCode;
    }
    // Mapped input errors are refusals, the forced one a server error: both paths are exercised.
    expect(answers).toMatchObject({ unique: 409, check: 422, badUuid: 422, forced: 500 });
    const logs = probe.logs();
    const lines = logs
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const probes = lines.filter((l) => l.msg === 'probe');
    expect(probes.map((l) => l.level)).toEqual(
      expect.arrayContaining([10, 20, 30, 40, 50, 60].flatMap((level) => Array(6).fill(level))),
    );
    // What an operator needs is still there: SQLSTATEs, the constraint, the reason.
    for (const kept of [
      '23505',
      'pii_probe_pkey',
      '23514',
      'pii_check_phone_check',
      '22P02',
      '22012',
      'division by zero',
    ]) {
      expect(logs).toContain(kept);
    }
    for (const value of [name, phone, argon2, '$argon2id$', digest, '7788', encodeURIComponent(name)]) {
      expect(logs, value).not.toContain(value);
    }
    expect(logs).not.toMatch(/Failing row|already exists|params:/);
  });

  it('prints a failed query at the terminal without its values (the CLI)', async () => {
    const error = await FAILURES.unique?.(probe.database.db).catch((e: unknown) => e);
    const text = describeError(error);
    expect(text).toMatch(/^DrizzleQueryError: Failed query: insert into pii_probe values \(\$1, \$2\)/);
    expect(text).toContain('[23505]');
    expect(text).toMatch(/\n\s+at /);
    for (const value of [name, phone, argon2, 'Key (name)']) expect(text).not.toContain(value);
  });

  it('masks quoted values in messages and SQL literals, keeping object names', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "蒼井"'), { code: '22P02' });
    expect(safeError(error).message).toBe('invalid input syntax for type uuid: "…"');
    const named = Object.assign(
      new Error('duplicate key value violates unique constraint "users_login_key"'),
      {
        code: '23505',
        detail: `Key (login)=(${name}) already exists.`,
        constraint: 'users_login_key',
      },
    );
    expect(safeError(named)).toMatchObject({
      message: 'duplicate key value violates unique constraint "users_login_key"',
      constraint: 'users_login_key',
      code: '23505',
    });
    expect(JSON.stringify(safeError(named))).not.toContain(name);
    expect(safeError('蒼井').message).toBe('[a thrown string]');
  });
});
