import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSignedIn } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

// Issue 20 item 11: a fresh page load asks who is signed in without a 401 in the console.
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('GET /api/v1/auth/session', () => {
  it('answers 200 signed out, without a cookie or with one that names no session', async () => {
    for (const headers of [{}, { cookie: 'saisei_session=made-up' }] as Record<string, string>[]) {
      const res = await get('/api/v1/auth/session', headers);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ signedIn: false, me: null });
    }
  });

  it('answers who is signed in, as /auth/me does, with the CSRF token', async () => {
    const nurse = await makeSignedIn(t, ['nurse']);
    const session = await get('/api/v1/auth/session', nurse.headers);
    const me = await get('/api/v1/auth/me', nurse.headers);
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ signedIn: true, me: me.json() });
    expect(session.json().me.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('leaves /auth/me denied to anyone signed out', async () => {
    expect((await get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});
