import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeClinic } from '../../test/factories.ts';
import { makeSignedIn, makeUser, type SignedInUser, type TestUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

/**
 * Staff accounts are bound to facilities (issue 18, defect 6): an administrator sees the accounts of
 * the facility they work in, and changes one only when they administer every facility it belongs to.
 */

let t: TestApp;
let clinicA: string;
let clinicB: string;
let adminA: SignedInUser;
let adminB: SignedInUser;
let adminAB: SignedInUser;
let nurseA: TestUser;
let sharedNurse: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  clinicA = (await makeClinic(t, 'A皮膚科')).id;
  clinicB = (await makeClinic(t, 'B皮膚科')).id;
  adminA = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA] });
  adminB = await makeSignedIn(t, ['admin'], { facilityIds: [clinicB] });
  adminAB = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA, clinicB] });
  nurseA = await makeUser(t, ['nurse'], { facilityIds: [clinicA] });
  sharedNurse = await makeUser(t, ['nurse'], { facilityIds: [clinicA, clinicB] });
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });

/** Calls, and checks that the refused request changed no table (the audit trail included). */
async function refused(caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) {
  const before = await databaseSnapshot(t.database.db);
  const res = await call(caller, method, url, payload);
  expect(changedBetween(before, await databaseSnapshot(t.database.db)), `${method} ${url}`).toEqual([]);
  return res;
}

const RESET = { password: 'Taken-Over-Passw0rd-9', reason: '本人から依頼' };

describe('an administrator of another facility', () => {
  it('does not see a user of facility A in the list', async () => {
    const res = await call(adminB, 'GET', '/api/v1/users?limit=500');
    expect(res.statusCode).toBe(200);
    const logins = res.json().items.map((u: { login: string }) => u.login);
    expect(logins).not.toContain(nurseA.login);
    expect(logins).toContain(sharedNurse.login);
  });

  it.each([
    ['GET', ''],
    ['PATCH', '', { displayName: '乗っ取り', version: 1, reason: 'x' }],
    ['POST', '/reset-password', RESET],
    ['POST', '/reset-totp', { reason: 'x' }],
    ['POST', '/deactivate', { reason: 'x' }],
    ['POST', '/reactivate', { reason: 'x' }],
  ] as const)('gets 404 for %s /users/{A’s user}%s and changes nothing', async (method, suffix, body?) => {
    const res = await refused(adminB, method, `/api/v1/users/${nurseA.id}${suffix}`, body);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('cannot put an account into facility A', async () => {
    const created = await refused(adminB, 'POST', '/api/v1/users', {
      login: `intruder-${process.pid}`,
      displayName: '侵入 者',
      roles: ['physician'],
      facilityIds: [clinicB, clinicA],
      password: 'Intruder-Passw0rd-77',
    });
    expect(created.statusCode).toBe(422);
    expect(created.json().errors).toEqual([
      expect.objectContaining({ path: 'facilityIds.1', code: 'FACILITY_NOT_ADMINISTERED' }),
    ]);
  });
});

describe('a person of two facilities', () => {
  it('is shown to an administrator of one of them as not changeable by them', async () => {
    const res = await call(adminA, 'GET', `/api/v1/users/${sharedNurse.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ changeable: false, facilityIds: [clinicA, clinicB].sort() });
    expect((await call(adminA, 'GET', `/api/v1/users/${nurseA.id}`)).json().changeable).toBe(true);
  });

  it.each([
    ['PATCH', '', { roles: ['nurse', 'physician'], version: 1, reason: '兼務' }],
    ['POST', '/reset-password', RESET],
    ['POST', '/reset-totp', { reason: '機種変更' }],
    ['POST', '/deactivate', { reason: '退職' }],
  ] as const)(
    'is not changed by an administrator of only one (%s %s): 403, nothing written',
    async (method, suffix, body) => {
      const res = await refused(adminA, method, `/api/v1/users/${sharedNurse.id}${suffix}`, body);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().code).toBe('USER_BELONGS_ELSEWHERE');
    },
  );

  it('is changed by an administrator of both', async () => {
    const res = await call(adminAB, 'POST', `/api/v1/users/${sharedNurse.id}/reset-password`, RESET);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mustChangePassword: true, changeable: true });
  });

  it('is not moved out of a facility by an administrator of the other one', async () => {
    const res = await refused(adminA, 'PATCH', `/api/v1/users/${sharedNurse.id}`, {
      facilityIds: [clinicA],
      version: 1,
      reason: '異動',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('USER_BELONGS_ELSEWHERE');
  });
});

describe('memberships an administrator gives', () => {
  it('name only facilities they administer, the current one included for a new account', async () => {
    const base = {
      displayName: '新人 看護師',
      roles: ['nurse'],
      password: 'Newcomer-Passw0rd-31',
    };
    const elsewhere = await refused(adminA, 'POST', '/api/v1/users', {
      ...base,
      login: `elsewhere-${process.pid}`,
      facilityIds: [],
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors[0]).toMatchObject({
      path: 'facilityIds',
      code: 'CURRENT_FACILITY_REQUIRED',
    });

    const moved = await refused(adminA, 'PATCH', `/api/v1/users/${nurseA.id}`, {
      facilityIds: [clinicA, clinicB],
      version: 1,
      reason: '兼務',
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().errors[0]).toMatchObject({
      path: 'facilityIds.1',
      code: 'FACILITY_NOT_ADMINISTERED',
    });

    // An administrator of both may share a person between them.
    const shared = await call(adminAB, 'PATCH', `/api/v1/users/${nurseA.id}`, {
      facilityIds: [clinicA, clinicB],
      version: 1,
      reason: '兼務',
    });
    expect(shared.statusCode).toBe(200);
    expect(shared.json().facilityIds).toEqual([clinicA, clinicB].sort());
  });

  it('keep an active administrator in every facility', async () => {
    const clinicC = (await makeClinic(t, 'C皮膚科')).id;
    const onlyAdminC = await makeSignedIn(t, ['admin'], { facilityIds: [clinicC] });
    const { version } = (await call(onlyAdminC, 'GET', `/api/v1/users/${onlyAdminC.id}`)).json();
    const res = await refused(onlyAdminC, 'PATCH', `/api/v1/users/${onlyAdminC.id}`, {
      roles: ['reception'],
      version,
      reason: '役割変更',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('LAST_ADMIN');
  });
});

describe('a new account made by an administrator', () => {
  it('must choose its own password at the first sign-in (the administrator knows the first one)', async () => {
    const login = `newcomer-${process.pid}`;
    const password = 'Newcomer-Passw0rd-47';
    const made = await call(adminA, 'POST', '/api/v1/users', {
      login,
      displayName: '新人 受付',
      roles: ['reception'],
      password,
      facilityIds: [clinicA],
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ mustChangePassword: true });

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login, password },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    expect(signIn.json()).toMatchObject({ pending: 'password_change' });
  });
});
