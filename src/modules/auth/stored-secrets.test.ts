import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareData } from '../../platform/app.ts';
import { loadSecretKey, SecretKeyError } from '../../platform/secret-box.ts';
import { nextTotpCode } from '../../test/authenticator.ts';
import { makeSignedIn } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { users } from '../users/schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const storedSecret = async (id: string) =>
  (await t.database.db.select({ s: users.totpSecret }).from(users).where(eq(users.id, id)))[0]?.s;

async function enrolled() {
  const nurse = await makeSignedIn(t, ['nurse']);
  const enrol = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/enrol',
    headers: nurse.headers,
  });
  const secret: string = enrol.json().secret;
  const first = await nextTotpCode(secret, undefined);
  const confirm = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/confirm',
    headers: nurse.headers,
    payload: { code: first.code },
  });
  expect(confirm.statusCode).toBe(200);
  return { nurse, secret, step: first.step };
}

const signInWithTotp = async (login: string, password: string, code: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password, totp: code } });

describe('TOTP secrets at rest', () => {
  it('stores the secret sealed, never in the clear, and two-factor sign-in still works', async () => {
    const { nurse, secret, step } = await enrolled();
    const stored = await storedSecret(nurse.id);
    expect(stored).toMatch(/^sealed:v1:/);
    expect(stored).not.toContain(secret);
    const next = await nextTotpCode(secret, step);
    expect((await signInWithTotp(nurse.login, nurse.password, next.code)).statusCode).toBe(200);
  });

  it('seals a secret an older version stored in the clear, at start, with an audit event', async () => {
    const { nurse, secret, step } = await enrolled();
    await t.database.db.update(users).set({ totpSecret: secret }).where(eq(users.id, nurse.id));
    await prepareData(t.database, t.config);
    expect(await storedSecret(nurse.id)).toMatch(/^sealed:v1:/);
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, nurse.id));
    expect(events.map((e) => e.action)).toContain('totp_secret_sealed');
    const next = await nextTotpCode(secret, step);
    expect((await signInWithTotp(nurse.login, nurse.password, next.code)).statusCode).toBe(200);
  });

  it('refuses to start with a key that does not open the stored secrets, changing nothing', async () => {
    const { nurse } = await enrolled();
    const before = await storedSecret(nurse.id);
    await expect(prepareData(t.database, t.config, randomBytes(32))).rejects.toBeInstanceOf(SecretKeyError);
    await expect(prepareData(t.database, t.config, randomBytes(32))).rejects.toThrow(/does not open/);
    expect(await storedSecret(nurse.id)).toBe(before);
  });
});

describe('the secret key file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-key-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const config = (file: string) => ({
    secretKey: undefined,
    dataDir: path.join(dir, 'data'),
    secretKeyFile: file,
  });

  it('is made once at first start, readable by the owner only, and reused after', () => {
    const file = path.join(dir, 'data-secret.key');
    const key = loadSecretKey(config(file));
    expect(key).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(config(file))).toEqual(key);
  });

  it('is refused inside the data folder, where a copy of the folder would carry it', () => {
    expect(() => loadSecretKey(config(path.join(dir, 'data', 'secret.key')))).toThrow(SecretKeyError);
  });
});
