import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemContext } from '../../platform/actor.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { facilities } from '../facilities/schema.ts';
import { createFacilityService } from '../facilities/service.ts';
import { users } from '../users/schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const setup = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: payload as object });
const validSetup = {
  clinic: { name: 'みほん皮膚科', postalCode: '９９９－９９０１', phone: '03-0000-0001' },
  admin: { login: 'Inchou', displayName: '見本 院長', password: 'Kanri-Passw0rd-2026!' },
};

it('creates the clinic and its first admin once, then refuses', async () => {
  expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: true });

  const weak = await setup({ ...validSetup, admin: { ...validSetup.admin, password: 'password' } });
  expect(weak.statusCode).toBe(422);
  expect(weak.json().errors).toEqual(
    expect.arrayContaining([expect.objectContaining({ path: 'admin.password', code: 'PASSWORD_TOO_SHORT' })]),
  );
  // The refused attempt left nothing behind: not even the clinic it would have created.
  expect((await t.database.db.select({ n: count() }).from(facilities))[0]?.n).toBe(0);

  const done = await setup(validSetup);
  expect(done.statusCode).toBe(201);
  const [clinic] = await t.database.db.select().from(facilities);
  expect(clinic).toMatchObject({ kind: 'clinic', name: 'みほん皮膚科', postalCode: '999-9901' });
  const [admin] = await t.database.db.select().from(users);
  expect(admin).toMatchObject({ login: 'inchou', roles: ['admin'], active: true });
  expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);

  expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: false });
  const again = await setup({ ...validSetup, admin: { ...validSetup.admin, login: 'intruder' } });
  expect(again.statusCode).toBe(409);
  expect(again.json().code).toBe('SETUP_ALREADY_DONE');
  expect((await t.database.db.select({ n: count() }).from(users))[0]?.n).toBe(1);

  const signIn = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: 'INCHOU', password: validSetup.admin.password },
  });
  expect(signIn.statusCode).toBe(200);
  expect(signIn.json()).toMatchObject({ pending: 'totp_enrolment', facilities: [{ name: 'みほん皮膚科' }] });
});

it('gives the details typed at setup to a clinic made before it (saisei demo, SAISEI_CLINIC_NAME)', async () => {
  const fresh = await makeTestApp();
  try {
    const made = await createFacilityService(fresh.database.db).ensureClinic(
      systemContext('first-run'),
      'デモクリニック',
    );
    const done = await fresh.app.inject({ method: 'POST', url: '/api/v1/setup', payload: validSetup });
    expect(done.statusCode, done.body).toBe(201);
    const rows = await fresh.database.db.select().from(facilities);
    expect(rows).toEqual([
      expect.objectContaining({
        id: made?.id,
        name: 'みほん皮膚科',
        postalCode: '999-9901',
        phone: '03-0000-0001',
      }),
    ]);
    const [change] = await fresh.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'facility'), eq(auditEvents.action, 'update')));
    expect(change?.reason).toBe('初回設定で入力された施設情報');
  } finally {
    await fresh.close();
  }
});
