import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClinic, makePatient, makeStaff } from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

// Issue 20 item 4: the audit screen names patients by number and name, and filters by either.
let t: TestApp;
let admin: SignedInUser;
let adminB: SignedInUser;
let hanako: { id: string; patientNumber: string };
let twinA: { id: string; patientNumber: string };
let twinB: { id: string; patientNumber: string };
let other: { id: string; patientNumber: string };

type Listed = { items: { patientId: string | null; patient: { number: string; name: string } | null }[] };

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = (await makeClinic(t)).id;
  const clinicB = (await makeClinic(t, 'べつの皮膚科')).id;
  admin = await makeStaff(t, clinic, ['admin', 'reception']);
  adminB = await makeStaff(t, clinicB, ['admin', 'reception']);
  hanako = await makePatient(t, admin, {
    familyName: '山田',
    givenName: '花子',
    familyNameKana: 'やまだ',
    givenNameKana: 'はなこ',
  });
  const twin = { familyName: '佐藤', givenName: '優', familyNameKana: 'さとう', givenNameKana: 'ゆう' };
  twinA = await makePatient(t, admin, twin);
  twinB = await makePatient(t, admin, { ...twin, birthDate: '1975-01-02' });
  // Facility B's patient, also 山田 花子: never found nor named from facility A.
  other = await makePatient(t, adminB, {
    familyName: '山田',
    givenName: '花子',
    familyNameKana: 'やまだ',
    givenNameKana: 'はなこ',
  });
  for (const p of [hanako, twinA]) {
    await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.id}`, headers: admin.headers });
  }
});
afterAll(() => t.close());

const list = (query: string, who = admin) =>
  t.app.inject({ method: 'GET', url: `/api/v1/audit-events?${query}`, headers: who.headers });
const patientsOf = (body: Listed) => new Set(body.items.map((e) => e.patientId));

describe('the audit list filtered by a patient number or name', () => {
  it.each(['P-000001', '1', '000001', 'p1', '１'])('finds 山田 花子 by %s', async (text) => {
    expect(hanako.patientNumber).toBe('P-000001');
    const res = await list(`patient=${encodeURIComponent(text)}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Listed;
    expect(body.items.length).toBeGreaterThan(0);
    expect(patientsOf(body)).toEqual(new Set([hanako.id]));
  });

  it('finds 山田 花子 by name and by reading, only in the caller’s facility', async () => {
    for (const text of ['山田 花子', '山田', 'やまだ']) {
      const res = await list(`patient=${encodeURIComponent(text)}`);
      expect(res.statusCode, text).toBe(200);
      expect(patientsOf(res.json() as Listed)).toEqual(new Set([hanako.id]));
    }
    const fromB = await list(`patient=${encodeURIComponent('山田 花子')}`, adminB);
    expect(fromB.statusCode).toBe(200);
    expect(patientsOf(fromB.json() as Listed)).toEqual(new Set([other.id]));
  });

  it('answers several matches with the patients to choose from, then filters by the one chosen', async () => {
    const res = await list(`patient=${encodeURIComponent('佐藤')}`);
    expect(res.statusCode).toBe(422);
    const problem = res.json() as { code: string; errors: { path: string }[]; patients: { id: string }[] };
    expect(problem.code).toBe('PATIENT_AMBIGUOUS');
    expect(problem.errors.map((e) => e.path)).toEqual(['patient']);
    expect(problem.patients.map((p) => p.id).sort()).toEqual([twinA.id, twinB.id].sort());
    const chosen = await list(`patient=${encodeURIComponent('佐藤')}&patientId=${twinA.id}`);
    expect(chosen.statusCode).toBe(200);
    expect(patientsOf(chosen.json() as Listed)).toEqual(new Set([twinA.id]));
  });

  it('names the field when no patient matches, or the match is another facility’s', async () => {
    for (const query of [
      `patient=${encodeURIComponent('存在しない')}`,
      `patient=${encodeURIComponent(other.patientNumber)}`,
      `patient=${encodeURIComponent('佐藤')}&patientId=${other.id}`,
    ]) {
      const res = await list(query);
      expect(res.statusCode, query).toBe(422);
      const problem = res.json() as { code: string; errors: { path: string }[] };
      expect(problem.code).toBe('PATIENT_NOT_FOUND');
      expect(problem.errors.map((e) => e.path)).toEqual(['patient']);
    }
  });

  it('exports the same events as the list, with the patient number column', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-events/export.csv?patient=${encodeURIComponent('山田 花子')}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header?.split(',') ?? [];
    const at = columns.indexOf('patientNumber');
    expect(at).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[at]).toBe('P-000001');
  });
});

describe('each event names its patient', () => {
  it('gives the number and name of the caller’s facility’s patients', async () => {
    const body = (await list('limit=100')).json() as Listed;
    const about = body.items.filter((e) => e.patientId === hanako.id);
    expect(about.length).toBeGreaterThan(0);
    for (const event of about) expect(event.patient).toEqual({ number: 'P-000001', name: '山田 花子' });
    const twin = body.items.find((e) => e.patientId === twinA.id);
    expect(twin?.patient).toEqual({ number: twinA.patientNumber, name: '佐藤 優' });
    for (const event of body.items.filter((e) => e.patientId === null)) expect(event.patient).toBeNull();
  });

  it('never names another facility’s patient, and keeps the list to the caller’s facility', async () => {
    const body = (await list('limit=100', adminB)).json() as Listed;
    expect(body.items.some((e) => e.patientId === hanako.id)).toBe(false);
    const own = body.items.filter((e) => e.patientId === other.id);
    expect(own.length).toBeGreaterThan(0);
    for (const event of own) expect(event.patient?.number).toBe(other.patientNumber);
  });
});

describe('a search is a view', () => {
  it('is listed with the access log, not with the changes', async () => {
    const search = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients?q=${encodeURIComponent('やまだ')}`,
      headers: admin.headers,
    });
    expect(search.statusCode).toBe(200);
    const actions = async (kind: string) =>
      ((await list(`kind=${kind}&limit=100`)).json() as { items: { action: string }[] }).items.map(
        (e) => e.action,
      );
    expect(await actions('access')).toContain('search');
    expect(await actions('changes')).not.toContain('search');
  });
});
