import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClinic, makePatient } from '../../test/factories.ts';
import { makeSignedIn } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';

/** A person of several facilities works in one at a time, and chooses which (issue 18, defect 6). */

let t: TestApp;
let clinicA: string;
let clinicB: string;
let clinicC: string;

beforeAll(async () => {
  t = await makeTestApp();
  clinicA = (await makeClinic(t, 'A皮膚科')).id;
  clinicB = (await makeClinic(t, 'B皮膚科')).id;
  clinicC = (await makeClinic(t, 'C皮膚科')).id;
}, 120_000);
afterAll(() => t?.close());

const switchTo = (headers: Record<string, string>, facilityId: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/session/facility', headers, payload: { facilityId } });

describe('switching facility', () => {
  it('starts in the first facility, moves to another of one’s own, and is audited', async () => {
    const reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinicA, clinicB] });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: reception.headers });
    expect(me.json().facilityId).toBe(clinicA);
    const patientOfA = await makePatient(t, reception);

    const res = await switchTo(reception.headers, clinicB);
    expect(res.statusCode).toBe(200);
    expect(res.json().facilityId).toBe(clinicB);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'switch_facility'), eq(auditEvents.actorId, reception.id)))
      .orderBy(desc(auditEvents.seq));
    expect(event).toMatchObject({ facilityId: clinicB, entityType: 'session' });

    // The same session now works in B: A's patient is not found there.
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${patientOfA.id}`,
      headers: reception.headers,
    });
    expect(read.statusCode).toBe(404);
  });

  it('refuses a facility one does not belong to, existing or not, alike', async () => {
    const reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinicA] });
    for (const facilityId of [clinicC, '01900000-0000-7000-8000-00000000dead']) {
      const res = await switchTo(reception.headers, facilityId);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ path: 'facilityId', code: 'NOT_YOUR_FACILITY' }),
      ]);
    }
  });

  it('stops working in a facility the person was taken out of', async () => {
    const nurse = await makeSignedIn(t, ['nurse'], { facilityIds: [clinicA, clinicC] });
    const admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA, clinicC] });
    const user = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users/${nurse.id}`,
      headers: admin.headers,
    });
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${nurse.id}`,
      headers: admin.headers,
      payload: { facilityIds: [clinicC], version: user.json().version, reason: '異動' },
    });
    expect(moved.statusCode).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/patients?q=x', headers: nurse.headers });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('NO_FACILITY');
    expect((await switchTo(nurse.headers, clinicC)).statusCode).toBe(200);
  });
});
