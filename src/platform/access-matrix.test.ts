import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClinic } from '../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../test/sessions.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';
import { PERMISSIONS, type Permission, ROLES, type Role, rolesGrant } from './permissions.ts';

/**
 * Walks every operation in /api/openapi.json for every role and for an anonymous caller, and
 * checks the answer against the role matrix (platform/permissions.ts, docs/security.md):
 * 401 without a session, 403 for a role the matrix does not grant, and anything but 401/403 for a
 * role it does. A route added without a declaration cannot even start (see app.test.ts).
 */
type Operation = { method: string; path: string; access: string };

let t: TestApp;
let operations: Operation[];
const sessions = new Map<Role, SignedInUser>();
let clinicId: string;

beforeAll(async () => {
  t = await makeTestApp();
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = Object.entries<Record<string, { 'x-access'?: string }>>(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      access: op['x-access'] ?? '',
    })),
  );
  const clinic = await makeClinic(t);
  clinicId = clinic.id;
  for (const role of ROLES) sessions.set(role, await makeSignedIn(t, [role], { facilityIds: [clinic.id] }));
}, 120_000);
afterAll(() => t.close());

// Signing out ends the session the rest of the walk needs; it is exercised in login.test.ts.
const walked = () => operations.filter((op) => op.path !== '/api/v1/auth/logout');

function call(op: Operation, headers: Record<string, string>) {
  const url = op.path.replace(/\{[^}]+\}/g, '00000000-0000-7000-8000-00000000abcd');
  const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
  return t.app.inject({ method: op.method as 'GET', url, headers, ...(hasBody ? { payload: {} } : {}) });
}

describe('route × role matrix', () => {
  it('finds the operations and each declares its access', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const op of operations) {
      expect(['public', 'authenticated', ...PERMISSIONS], `${op.method} ${op.path}`).toContain(op.access);
    }
  });

  it('answers 401 to an anonymous caller on every non-public operation', async () => {
    for (const op of walked()) {
      const res = await call(op, {});
      if (op.access === 'public') expect(res.statusCode, `${op.method} ${op.path}`).not.toBe(401);
      else expect(res.statusCode, `${op.method} ${op.path}`).toBe(401);
    }
  });

  it.each(ROLES)('enforces the matrix for %s on every operation', async (role) => {
    const session = sessions.get(role) as SignedInUser;
    for (const op of walked()) {
      const res = await call(op, session.headers);
      const label = `${role}: ${op.method} ${op.path} → ${res.statusCode} ${res.body.slice(0, 120)}`;
      const granted =
        op.access === 'public' ||
        op.access === 'authenticated' ||
        rolesGrant([role], op.access as Permission);
      if (granted) expect([401, 403], label).not.toContain(res.statusCode);
      else {
        expect(res.statusCode, label).toBe(403);
        expect(res.json().code, label).toBe('FORBIDDEN');
      }
    }
  });

  it('lets a bearer token act with its role only', async () => {
    // A token gets a role its maker holds: this administrator also works as a technician.
    const admin = await makeSignedIn(t, ['admin', 'technician'], { facilityIds: [clinicId] });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: admin.headers,
      payload: { name: 'freezer sensor', role: 'technician' },
    });
    expect(created.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/facilities', headers: bearer })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer })).statusCode).toBe(
      403,
    );
    // No CSRF for a token: it is not sent by a browser on its own.
    const post = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: bearer,
      payload: {},
    });
    expect(post.statusCode).toBe(403);

    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/api-tokens/${created.json().apiToken.id}/revoke`,
      headers: admin.headers,
      payload: { reason: 'sensor replaced' },
    });
    expect(revoked.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/facilities', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
  });
});
