import { afterAll, beforeAll, expect, it } from 'vitest';
import { totpCode } from '../test/sessions.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';

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
