import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { sealedTrail } from '../../test/audit-trail.ts';
import {
  makeAssessment,
  makeClinic,
  makeConsultation,
  makePatient,
  makeStaff,
} from '../../test/factories.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { patients } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const daysAgo = (n: number) => {
  const date = new Date(`${todayInTokyo()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - n);
  return date.toISOString().slice(0, 10);
};

/** Registration time is the database's; a test of ordering over days moves it back. */
const registeredDaysAgo = (id: string, n: number) =>
  t.database.db
    .update(patients)
    .set({ createdAt: sql`now() - make_interval(days => ${n})` })
    .where(eq(patients.id, id));

it('lists today’s patients first, then by the latest day registered or recorded, only of this clinic', async () => {
  const clinic = await makeClinic(t);
  const other = await makeClinic(t, '他院');
  const reception = await makeStaff(t, clinic.id, ['reception']);
  const physician = await makeStaff(t, clinic.id, ['physician']);
  const elsewhere = await makeStaff(t, other.id, ['reception']);

  const returning = await makePatient(t, reception, { givenName: '再診' });
  const assessed = await makePatient(t, reception, { givenName: '評価' });
  const quiet = await makePatient(t, reception, { givenName: '登録のみ' });
  const newcomer = await makePatient(t, reception, { givenName: '新患' });
  await makePatient(t, elsewhere, { givenName: '他院の患者' });
  await registeredDaysAgo(returning.id, 100);
  await registeredDaysAgo(assessed.id, 50);
  await registeredDaysAgo(quiet.id, 30);
  await makeConsultation(t, physician, returning.id);
  await makeAssessment(t, physician, assessed.id, { assessedOn: daysAgo(10) });

  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/patients/recent',
    headers: reception.headers,
  });
  expect(res.statusCode).toBe(200);
  const body = res.json() as { today: string; items: { patient: { id: string }; lastSeenOn: string }[] };
  expect(body.today).toBe(todayInTokyo());
  expect(body.items.map((r) => [r.patient.id, r.lastSeenOn])).toEqual([
    // Both are today's; the one registered last comes first.
    [newcomer.id, todayInTokyo()],
    [returning.id, todayInTokyo()],
    [assessed.id, daysAgo(10)],
    [quiet.id, daysAgo(30)],
  ]);

  const limited = await t.app.inject({
    method: 'GET',
    url: '/api/v1/patients/recent?limit=2',
    headers: reception.headers,
  });
  expect(limited.json().items).toHaveLength(2);

  // What the list showed is in the access log, as a search's is.
  const logged = await (await sealedTrail(t.database.db))
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'search'), eq(auditEvents.actorId, reception.id)));
  expect(logged.at(-1)?.changes).toMatchObject({
    details: { kind: 'recent', patientIds: [newcomer.id, returning.id] },
  });
});

it('refuses a limit out of range with the field named', async () => {
  const clinic = await makeClinic(t);
  const reception = await makeStaff(t, clinic.id, ['reception']);
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/patients/recent?limit=0',
    headers: reception.headers,
  });
  expect(res.statusCode).toBe(422);
  expect(res.json().errors).toEqual([expect.objectContaining({ path: 'limit' })]);
});
