import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClinic } from '../../test/factories.ts';
import { makeSignedIn, makeUser, signIn, totpCode } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { LOCK_AFTER_FAILURES } from './rules.ts';
import { loginThrottles, sessions } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const login = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
const me = (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
const auditFor = (action: string, entityId?: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(
      entityId
        ? and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId))
        : eq(auditEvents.action, action),
    );

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and answers who signed in', async () => {
    const user = await makeUser(t, ['nurse']);
    const res = await login({ login: user.login.toUpperCase(), password: user.password });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'saisei_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json()).toMatchObject({ id: user.id, login: user.login, roles: ['nurse'], pending: null });
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, user.id));
    expect(event).toMatchObject({ action: 'login', entityType: 'session' });
  });

  it('answers a wrong password and an unknown login alike', async () => {
    const user = await makeUser(t, ['reception']);
    const wrong = await login({ login: user.login, password: 'Not-The-Password-1' });
    const unknown = await login({ login: 'nobody-here', password: 'Not-The-Password-1' });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        detail: 'The login name or password is not correct.',
      });
    }
  });

  it('refuses a deactivated account with the same answer', async () => {
    const facilityIds = [(await makeClinic(t)).id];
    const admin = await makeSignedIn(t, ['admin'], { facilityIds });
    const user = await makeUser(t, ['nurse'], { facilityIds });
    const off = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/deactivate`,
      headers: admin.headers,
      payload: { reason: 'left the clinic' },
    });
    expect(off.statusCode).toBe(200);
    const res = await login({ login: user.login, password: user.password });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });
});

describe('lock after repeated failures', () => {
  it(`locks after ${LOCK_AFTER_FAILURES} wrong passwords, refuses the right one until the lock expires, and audits it all`, async () => {
    const user = await makeUser(t, ['physician']);
    const statuses: number[] = [];
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
      statuses.push((await login({ login: user.login, password: `Wrong-password-${i}` })).statusCode);
    }
    expect(statuses).toEqual([...Array(LOCK_AFTER_FAILURES - 1).fill(401), 429]);

    const right = await login({ login: user.login, password: user.password });
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);

    expect(await auditFor('login_failed', user.id)).toHaveLength(LOCK_AFTER_FAILURES);
    expect(await auditFor('login_locked', user.id)).toHaveLength(1);
    const refused = (await auditFor('login_refused_locked')).filter(
      (e) => (e.changes as { details?: { login?: string } }).details?.login === user.login,
    );
    expect(refused).toHaveLength(1);

    // The lock expires: move it into the past, as time would.
    await t.database.db
      .update(loginThrottles)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(loginThrottles.login, user.login));
    expect((await login({ login: user.login, password: user.password })).statusCode).toBe(200);
  });

  it('locks an unknown login name the same way', async () => {
    let last = 0;
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++)
      last = (await login({ login: 'ghost-user', password: 'Whatever-123456' })).statusCode;
    expect(last).toBe(429);
  });
});

describe('sessions', () => {
  it('tells the client the limits it checks before sending', async () => {
    const nurse = await makeSignedIn(t, ['nurse']);
    const res = await me(nurse.headers);
    expect(res.json().limits).toEqual({ photoMaxMb: t.config.photoMaxMb });
  });

  it('ends at sign-out', async () => {
    const nurse = await makeSignedIn(t, ['nurse']);
    expect((await me(nurse.headers)).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: nurse.headers });
    expect(out.statusCode).toBe(204);
    const after = await me(nurse.headers);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
  });

  it('ends after the idle time', async () => {
    const nurse = await makeSignedIn(t, ['nurse']);
    const idleSince = new Date(Date.now() - (t.config.sessionIdleMinutes + 1) * 60_000);
    await t.database.db.update(sessions).set({ lastSeenAt: idleSince }).where(eq(sessions.userId, nurse.id));
    expect((await me(nurse.headers)).statusCode).toBe(401);
  });

  it('ends after the absolute time even when active', async () => {
    const nurse = await makeSignedIn(t, ['nurse']);
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, nurse.id));
    expect((await me(nurse.headers)).statusCode).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const admin = await makeSignedIn(t, ['admin']);
    const payload = { kind: 'cpc', name: 'CSRF test CPC' };
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: { cookie: admin.headers.cookie },
      payload,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('CSRF_TOKEN_INVALID');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: { cookie: admin.headers.cookie, 'x-csrf-token': 'forged' },
      payload,
    });
    expect(forged.statusCode).toBe(403);
    const withToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: admin.headers,
      payload,
    });
    expect(withToken.statusCode).toBe(201);
  });

  it('ends the other sessions when the password changes, keeping this one', async () => {
    const user = await makeUser(t, ['reception']);
    const first = await signIn(t, user);
    const second = await signIn(t, user);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: second.headers,
      payload: { currentPassword: user.password, newPassword: 'A-brand-new-passw0rd' },
    });
    expect(res.statusCode).toBe(204);
    expect((await me(first.headers)).statusCode).toBe(401);
    expect((await me(second.headers)).statusCode).toBe(200);
    expect((await login({ login: user.login, password: user.password })).statusCode).toBe(401);
    expect((await login({ login: user.login, password: 'A-brand-new-passw0rd' })).statusCode).toBe(200);
  });

  it('refuses a new password that breaks the policy, naming the field', async () => {
    const nurse = await makeSignedIn(t, ['nurse']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: nurse.headers,
      payload: { currentPassword: nurse.password, newPassword: 'short' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'newPassword', code: 'PASSWORD_TOO_SHORT' })]),
    );
  });
});

describe('two-factor sign-in', () => {
  it('asks for the code after a correct password, refuses a wrong one, accepts the right one', async () => {
    const qa = await makeUser(t, ['qa']);
    const secret = qa.totpSecret as string;
    const noCode = await login({ login: qa.login, password: qa.password });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('TOTP_REQUIRED');
    const wrongCode = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await login({ login: qa.login, password: qa.password, totp: wrongCode });
    expect(wrong.json().code).toBe('INVALID_TOTP');
    const right = await login({ login: qa.login, password: qa.password, totp: totpCode(secret) });
    expect(right.statusCode).toBe(200);
  });

  it('takes each code once: an overheard code cannot be replayed', async () => {
    const qa = await makeUser(t, ['qa']);
    const code = totpCode(qa.totpSecret as string);
    const first = await login({ login: qa.login, password: qa.password, totp: code });
    expect(first.statusCode).toBe(200);
    const replay = await login({ login: qa.login, password: qa.password, totp: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('INVALID_TOTP');
  });

  it('makes an admin without TOTP enrol before anything else, then issues single-use recovery codes', async () => {
    const facilityIds = [(await makeClinic(t)).id];
    const setupAdmin = await makeSignedIn(t, ['admin'], { facilityIds });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: setupAdmin.headers,
      payload: {
        login: `new-admin-${process.pid}`,
        displayName: '新任 管理者',
        roles: ['admin'],
        facilityIds,
        password: 'Initial-Passw0rd-123',
      },
    });
    expect(created.statusCode).toBe(201);
    const fresh = {
      id: created.json().id,
      login: `new-admin-${process.pid}`,
      password: 'Own-Chosen-Passw0rd-456',
    };
    const session = await signIn(t, { ...fresh, password: 'Initial-Passw0rd-123' });
    // The administrator who made the account knows its first password: it is replaced first.
    expect((await me(session.headers)).json().pending).toBe('password_change');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: session.headers,
      payload: { currentPassword: 'Initial-Passw0rd-123', newPassword: fresh.password },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await me(session.headers)).json().pending).toBe('totp_enrolment');
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: session.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('TOTP_ENROLMENT_REQUIRED');

    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrol',
      headers: session.headers,
    });
    expect(enrol.statusCode).toBe(200);
    const { secret, qrCodeDataUrl, otpauthUrl } = enrol.json();
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirm',
      headers: session.headers,
      payload: { code: totpCode(secret) },
    });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: session.headers })).statusCode,
    ).toBe(200);

    const withRecovery = await login({
      login: fresh.login,
      password: fresh.password,
      recoveryCode: recoveryCodes[0],
    });
    expect(withRecovery.statusCode).toBe(200);
    const reused = await login({
      login: fresh.login,
      password: fresh.password,
      recoveryCode: recoveryCodes[0],
    });
    expect(reused.json().code).toBe('INVALID_TOTP');
  });

  it('does not let an admin turn two-factor off', async () => {
    const admin = await makeSignedIn(t, ['admin']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/disable',
      headers: admin.headers,
      payload: { password: admin.password },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('TOTP_REQUIRED_FOR_ROLE');
  });
});

describe('per-address rate limit', () => {
  it('answers 429 TOO_MANY_ATTEMPTS past the configured number of sign-ins a minute', async () => {
    const limited = await makeTestApp({ env: { SAISEI_LOGIN_RATE_PER_MINUTE: '3' } });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { login: 'x', password: 'y' },
        });
        codes.push(res.json().code);
      }
      expect(codes).toEqual([
        'INVALID_CREDENTIALS',
        'INVALID_CREDENTIALS',
        'INVALID_CREDENTIALS',
        'TOO_MANY_ATTEMPTS',
      ]);
    } finally {
      await limited.close();
    }
  });
});
