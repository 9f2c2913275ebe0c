import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeClinic } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

/**
 * A facility's settings are read and changed only while working in it (issue 18, defect 6: an
 * administrator of B changed A's facility record).
 */

let t: TestApp;
let clinicA: string;
let adminA: SignedInUser;
let adminB: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  clinicA = (await makeClinic(t, 'A皮膚科')).id;
  const clinicB = (await makeClinic(t, 'B皮膚科')).id;
  adminA = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA] });
  adminB = await makeSignedIn(t, ['admin'], { facilityIds: [clinicB] });
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });

describe('another facility’s settings', () => {
  it('are not listed, not found, and not changed', async () => {
    const list = await call(adminB, 'GET', '/api/v1/facilities');
    expect(list.json().items.map((f: { id: string }) => f.id)).not.toContain(clinicA);
    expect((await call(adminB, 'GET', `/api/v1/facilities/${clinicA}`)).statusCode).toBe(404);

    const before = await databaseSnapshot(t.database.db);
    const patch = await call(adminB, 'PATCH', `/api/v1/facilities/${clinicA}`, {
      name: '乗っ取り皮膚科',
      version: 1,
      reason: '変更',
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().code).toBe('NOT_FOUND');
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('are the own facility’s to change', async () => {
    const res = await call(adminA, 'PATCH', `/api/v1/facilities/${clinicA}`, {
      phone: '03-1234-5678',
      version: 1,
      reason: '電話番号の登録',
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('registering a facility', () => {
  it('makes its registrar a member, who switches to it to change it', async () => {
    const created = await call(adminA, 'POST', '/api/v1/facilities', {
      kind: 'cpc',
      name: 'A細胞培養加工施設',
    });
    expect(created.statusCode).toBe(201);
    const cpc = created.json().id as string;

    const listed = await call(adminA, 'GET', '/api/v1/facilities');
    expect(listed.json().items.map((f: { id: string }) => f.id)).toEqual([clinicA, cpc]);
    // Still working in the clinic: the CPC's record waits for a switch.
    expect((await call(adminA, 'GET', `/api/v1/facilities/${cpc}`)).statusCode).toBe(404);

    const switched = await call(adminA, 'POST', '/api/v1/auth/session/facility', { facilityId: cpc });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().facilityId).toBe(cpc);
    expect((await call(adminA, 'GET', `/api/v1/facilities/${cpc}`)).statusCode).toBe(200);
    // Nobody else came with it.
    expect((await call(adminB, 'GET', `/api/v1/facilities/${cpc}`)).statusCode).toBe(404);
    await call(adminA, 'POST', '/api/v1/auth/session/facility', { facilityId: clinicA });
  });

  it('is a person’s act: a token, which could be no facility’s member, is refused', async () => {
    const made = await call(adminA, 'POST', '/api/v1/api-tokens', { name: '連携', role: 'admin' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: { authorization: `Bearer ${made.json().token}` },
      payload: { kind: 'cpc', name: 'トークンの施設' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('PERSON_REQUIRED');
  });
});
