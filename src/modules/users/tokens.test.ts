import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeClinic, makeConsultation, makePatient } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

/**
 * API tokens are made for the facility one works in, with a role one holds (issue 18, defect 6: an
 * administrator of B minted a physician token for A and read A's consultations with it).
 */

let t: TestApp;
let clinicA: string;
let adminA: SignedInUser;
let adminB: SignedInUser;
let physicianA: SignedInUser;
let tokenOfA: string;

beforeAll(async () => {
  t = await makeTestApp();
  clinicA = (await makeClinic(t, 'A皮膚科')).id;
  const clinicB = (await makeClinic(t, 'B皮膚科')).id;
  adminA = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA] });
  adminB = await makeSignedIn(t, ['admin'], { facilityIds: [clinicB] });
  physicianA = await makeSignedIn(t, ['physician', 'admin'], { facilityIds: [clinicA] });
  const made = await mint(adminA, { name: 'A の連携', role: 'admin' });
  expect(made.statusCode).toBe(201);
  tokenOfA = made.json().apiToken.id;
}, 120_000);
afterAll(() => t?.close());

function mint(caller: SignedInUser, payload: object) {
  return t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', headers: caller.headers, payload });
}

async function refused(caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) {
  const before = await databaseSnapshot(t.database.db);
  const res = await t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
  expect(changedBetween(before, await databaseSnapshot(t.database.db)), `${method} ${url}`).toEqual([]);
  return res;
}

describe('minting a token', () => {
  it('makes it for the facility one works in', async () => {
    const made = await mint(adminA, { name: '監査連携', role: 'admin' });
    expect(made.statusCode).toBe(201);
    expect(made.json().apiToken).toMatchObject({ facilityId: clinicA, role: 'admin' });
  });

  it('refuses another facility, named or not existing alike, writing nothing', async () => {
    for (const facilityId of [clinicA, '01900000-0000-7000-8000-00000000dead']) {
      const res = await refused(adminB, 'POST', '/api/v1/api-tokens', {
        name: '乗っ取り',
        role: 'admin',
        facilityId,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ path: 'facilityId', code: 'NOT_CURRENT_FACILITY' }),
      ]);
    }
  });

  it('refuses a role the maker does not hold, writing nothing', async () => {
    const res = await refused(adminA, 'POST', '/api/v1/api-tokens', {
      name: '電子カルテ連携',
      role: 'physician',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'ROLE_NOT_HELD',
      errors: [expect.objectContaining({ path: 'role' })],
    });
  });

  it('gives a physician’s token a physician’s reach in its facility only', async () => {
    const made = await mint(physicianA, { name: '画像連携', role: 'physician' });
    expect(made.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${made.json().token}` };
    const patient = await makePatient(t, physicianA);
    const consultation = await makeConsultation(t, physicianA, patient.id);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/consultations/${consultation.id}`,
      headers: bearer,
    });
    expect(read.statusCode).toBe(200);
  });
});

describe('another facility’s tokens', () => {
  it('are not listed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: adminB.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((tok: { id: string }) => tok.id)).not.toContain(tokenOfA);
  });

  it('are not found when revoked, and stay valid', async () => {
    const res = await refused(adminB, 'POST', `/api/v1/api-tokens/${tokenOfA}/revoke`, { reason: '不正' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});
