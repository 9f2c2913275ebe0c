import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../modules/audit/schema.ts';
import { sealAccessLog } from '../modules/audit/sealer.ts';
import { verifyAuditChain } from '../modules/audit/verify.ts';
import { sessions } from '../modules/auth/schema.ts';
import { patients } from '../modules/patients/schema.ts';
import { nextTotpCode } from '../test/authenticator.ts';
import { makeClinic, makeConsultation, makePatient, makeStaff, patientInput } from '../test/factories.ts';
import { makeUser, type SignedInUser } from '../test/sessions.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';

/**
 * Races through the real app. With TEST_DATABASE_URL the database is a PostgreSQL server reached
 * through a pool of several connections, so the requests below really overlap (issue 18 found two
 * patients made by one double submit there); on PGlite they run one statement at a time and the
 * same assertions hold trivially.
 */
let t: TestApp;
let clinicId: string;
let reception: SignedInUser;
let physician: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  clinicId = (await makeClinic(t)).id;
  reception = await makeStaff(t, clinicId, ['reception']);
  physician = await makeStaff(t, clinicId, ['physician']);
});
afterAll(() => t.close());

const codes = (responses: { statusCode: number; json(): { code?: string } }[]) =>
  responses.map((r) => (r.statusCode < 300 ? r.statusCode : `${r.statusCode} ${r.json().code}`)).sort();

describe('racing requests', () => {
  it('50 identical registrations at once make exactly one patient; the others are told of it', async () => {
    const input = patientInput({
      familyNameKana: 'きょうそう',
      givenNameKana: 'いちろう',
      birthDate: '1977-07-07',
    });
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.app.inject({ method: 'POST', url: '/api/v1/patients', headers: reception.headers, payload: input }),
      ),
    );
    expect(codes(responses)).toEqual([201, ...Array(49).fill('409 POSSIBLE_DUPLICATE')]);
    const [made] = await t.database.db
      .select({ n: count() })
      .from(patients)
      .where(and(eq(patients.facilityId, clinicId), eq(patients.birthDate, '1977-07-07')));
    expect(made?.n).toBe(1);
    const created = responses.find((r) => r.statusCode === 201)?.json().patientNumber;
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      expect(refused.json().duplicates.map((d: { patientNumber: string }) => d.patientNumber)).toEqual([
        created,
      ]);
    }
  });

  it('racing corrections of one record with the same version: exactly one wins', async () => {
    const patient = await makePatient(t, reception);
    const consultation = await makeConsultation(t, physician, patient.id);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/v1/consultations/${consultation.id}`,
          headers: physician.headers,
          payload: { findings: `所見 ${i}`, version: consultation.version, reason: '追記' },
        }),
      ),
    );
    expect(codes(responses)).toEqual([200, ...Array(11).fill('409 STALE_VERSION')]);
    const winner = responses.find((r) => r.statusCode === 200)?.json();
    expect(winner.version).toBe(consultation.version + 1);
    const [updates] = await t.database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, consultation.id), eq(auditEvents.action, 'update')));
    expect(updates?.n).toBe(1);
  });

  it('reads, writes and seals racing each other leave one intact chain holding every entry once', async () => {
    const patient = await makePatient(t, reception);
    const consultation = await makeConsultation(t, physician, patient.id);
    await sealAccessLog(t.database.db);
    const [before] = await t.database.db.select({ n: count() }).from(auditEvents);
    const read = () =>
      t.app.inject({ method: 'GET', url: `/api/v1/patients/${patient.id}`, headers: physician.headers });
    const write = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/patients/${patient.id}/consultations`,
        headers: physician.headers,
        payload: { chiefComplaint: `競合 ${i}`, plan: 'prp' },
      });
    const work = await Promise.all([
      ...Array.from({ length: 30 }, read),
      ...Array.from({ length: 10 }, (_, i) => write(i)),
      ...Array.from({ length: 5 }, () => sealAccessLog(t.database.db, 7)),
      t.app.inject({
        method: 'GET',
        url: `/api/v1/consultations/${consultation.id}`,
        headers: physician.headers,
      }),
    ]);
    const responses = work.filter((w): w is Awaited<ReturnType<typeof read>> => typeof w === 'object');
    expect(codes(responses)).toEqual([...Array(31).fill(200), ...Array(10).fill(201)].sort());
    await sealAccessLog(t.database.db);
    const [after] = await t.database.db.select({ n: count() }).from(auditEvents);
    // 30 patient reads and one consultation read, 10 creations: each one event, none twice.
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(41);
    const chain = await verifyAuditChain(t.database.db);
    expect(chain).toMatchObject({ ok: true, breakCount: 0 });
  });

  it('racing sign-ins with one TOTP code: exactly one session', async () => {
    const admin = await makeUser(t, ['admin'], { facilityIds: [clinicId] });
    if (!admin.totpSecret) throw new Error('an admin is made with TOTP enrolled');
    const { code } = await nextTotpCode(admin.totpSecret, undefined);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { login: admin.login, password: admin.password, totp: code },
        }),
      ),
    );
    expect(codes(responses)).toEqual([200, ...Array(7).fill('401 INVALID_TOTP')]);
    const [made] = await t.database.db
      .select({ n: count() })
      .from(sessions)
      .where(eq(sessions.userId, admin.id));
    expect(made?.n).toBe(1);
  });
});
