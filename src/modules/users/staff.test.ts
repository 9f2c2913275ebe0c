import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedTrail } from '../../test/audit-trail.ts';
import { makeClinic } from '../../test/factories.ts';
import { makeSignedIn, makeUser, type SignedInUser, type TestUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';

/**
 * The staff directory: a colleague is named on a record (the witness of a consent, the physician
 * who explained), so every member of staff may read who works at their facility — names and
 * roles, never another facility's people, never a deactivated account.
 */
let t: TestApp;
let admin: SignedInUser;
let reception: SignedInUser;
let nurse: TestUser;
let physician: TestUser;
let leaver: TestUser;
let elsewhere: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  const clinicA = (await makeClinic(t, 'A皮膚科')).id;
  const clinicB = (await makeClinic(t, 'B皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA] });
  reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinicA] });
  nurse = await makeUser(t, ['nurse'], { facilityIds: [clinicA] });
  physician = await makeUser(t, ['physician', 'nurse'], { facilityIds: [clinicA] });
  leaver = await makeUser(t, ['nurse'], { facilityIds: [clinicA] });
  elsewhere = await makeUser(t, ['nurse'], { facilityIds: [clinicB] });
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/users/${leaver.id}/deactivate`,
    headers: admin.headers,
    payload: { reason: '退職' },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
}, 120_000);
afterAll(() => t?.close());

const directory = (caller: SignedInUser, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/staff${query}`, headers: caller.headers });
const trailLength = async () =>
  (await (await sealedTrail(t.database.db)).select({ n: count() }).from(auditEvents))[0]?.n;
const ids = (body: { items: { id: string }[] }) => body.items.map((member) => member.id);

describe('GET /staff', () => {
  it('lists the active staff of the caller’s facility, names and roles only, to any role', async () => {
    const res = await directory(reception);
    expect(res.statusCode).toBe(200);
    const listed = ids(res.json());
    expect(listed).toEqual(expect.arrayContaining([admin.id, reception.id, nurse.id, physician.id]));
    expect(listed).not.toContain(leaver.id);
    expect(listed).not.toContain(elsewhere.id);
    expect(Object.keys(res.json().items[0]).sort()).toEqual(['displayName', 'id', 'roles']);
  });

  it('narrows to one role', async () => {
    const nurses = ids((await directory(reception, '?role=nurse')).json());
    expect(nurses.sort()).toEqual([nurse.id, physician.id].sort());
    expect(ids((await directory(reception, '?role=physician')).json())).toEqual([physician.id]);
  });

  it('refuses an unknown role by name (422), and writes no access-log entry for a directory read', async () => {
    const before = await trailLength();
    const res = await directory(reception, '?role=doctor');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: 'role' });
    await directory(reception);
    expect(await trailLength()).toBe(before);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/staff' })).statusCode).toBe(401);
  });
});
