import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { systemContext } from '../../platform/actor.ts';
import { sealedTrail } from '../../test/audit-trail.ts';
import {
  makeAssessment,
  makeClinic,
  makeConsultation,
  makePatient,
  makeStaff,
} from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { createUserService } from '../users/service.ts';
import { consultations } from './schema.ts';

let t: TestApp;
let clinicId: string;
let physician: SignedInUser;
let nurse: SignedInUser;
let reception: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  clinicId = (await makeClinic(t)).id;
  physician = await makeStaff(t, clinicId, ['physician']);
  nurse = await makeStaff(t, clinicId, ['nurse']);
  reception = await makeStaff(t, clinicId, ['reception']);
});
afterAll(() => t.close());

const newPatient = () => makePatient(t, reception);

const post = (url: string, staff: SignedInUser, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers: staff.headers, payload });
const get = (url: string, staff: SignedInUser) =>
  t.app.inject({ method: 'GET', url, headers: staff.headers });
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);

const auditRows = async (entityId: string, action: string) =>
  (await sealedTrail(t.database.db))
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));

describe('recording a consultation', () => {
  it('answers 201 with a Location, dated today in Japan, the physician being the caller', async () => {
    const patient = await newPatient();
    const res = await post(`/api/v1/patients/${patient.id}/consultations`, physician, {
      chiefComplaint: '両頬のクレーター',
      plan: 'fibroblast',
      keloidTendency: false,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(res.headers.location).toBe(`/api/v1/consultations/${body.id}`);
    expect(body).toMatchObject({
      patientId: patient.id,
      consultedOn: todayInTokyo(),
      physicianId: physician.id,
      plan: 'fibroblast',
      isotretinoinWithin6Months: null,
      status: 'recorded',
      warnings: [],
      version: 1,
    });
    expect(body.physicianName).toEqual(expect.any(String));
    expect(await auditRows(body.id, 'create')).toHaveLength(1);
  });

  it('records a plan despite cautions, answers them and keeps them in the audit event', async () => {
    const patient = await newPatient();
    const res = await post(`/api/v1/patients/${patient.id}/consultations`, physician, {
      chiefComplaint: 'アイスピック型瘢痕',
      plan: 'prp',
      isotretinoinWithin6Months: true,
      pregnancy: 'possible',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings.map((w: { code: string }) => w.code)).toEqual([
      'ISOTRETINOIN_RECENT',
      'PREGNANCY',
    ]);
    const [event] = await auditRows(res.json().id, 'create');
    expect(event?.changes).toMatchObject({ details: { warnings: ['ISOTRETINOIN_RECENT', 'PREGNANCY'] } });
  });

  it('lets a nurse record the consultation of a named physician, and not without one', async () => {
    const patient = await newPatient();
    const url = `/api/v1/patients/${patient.id}/consultations`;
    const unnamed = await post(url, nurse, { chiefComplaint: '相談', plan: 'none' });
    expect(unnamed.statusCode).toBe(422);
    expect(fieldErrors(unnamed.json())).toEqual(['physicianId:REQUIRED']);
    const named = await post(url, nurse, { chiefComplaint: '相談', plan: 'none', physicianId: physician.id });
    expect(named.statusCode, named.body).toBe(201);
    expect(named.json().physicianId).toBe(physician.id);
  });

  it('refuses as physician a nurse, a physician of another clinic or one who left (NOT_A_PHYSICIAN)', async () => {
    const patient = await newPatient();
    const elsewhere = await makeStaff(t, (await makeClinic(t, '他院')).id, ['physician']);
    const departed = await makeStaff(t, clinicId, ['physician']);
    await createUserService(t.database.db).setActive(
      systemContext('test', clinicId),
      departed.id,
      false,
      '退職',
    );
    for (const physicianId of [nurse.id, elsewhere.id, departed.id]) {
      const res = await post(`/api/v1/patients/${patient.id}/consultations`, nurse, {
        chiefComplaint: '相談',
        plan: 'prp',
        physicianId,
      });
      expect(res.statusCode).toBe(422);
      expect(fieldErrors(res.json())).toEqual(['physicianId:NOT_A_PHYSICIAN']);
    }
  });

  it('names a future date and a next appointment before the consultation day, all at once', async () => {
    const patient = await newPatient();
    const res = await post(`/api/v1/patients/${patient.id}/consultations`, physician, {
      chiefComplaint: '相談',
      plan: 'prp',
      consultedOn: '2999-01-01',
      nextAppointmentAt: '2024-01-01T10:00:00+09:00',
    });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual([
      'consultedOn:IN_FUTURE',
      'nextAppointmentAt:BEFORE_CONSULTATION',
    ]);
    const early = await post(`/api/v1/patients/${patient.id}/consultations`, physician, {
      chiefComplaint: '相談',
      plan: 'prp',
      consultedOn: '2025-04-10',
      nextAppointmentAt: '2025-04-09T23:59:00+09:00',
    });
    expect(fieldErrors(early.json())).toEqual(['nextAppointmentAt:BEFORE_CONSULTATION']);
  });

  it('gives a merged record no new consultations (409 PATIENT_MERGED) and writes nothing', async () => {
    const kept = await newPatient();
    const duplicate = await newPatient();
    const merge = await post(`/api/v1/patients/${duplicate.id}/merge`, reception, {
      intoPatientId: kept.id,
      reason: '二重登録',
    });
    expect(merge.statusCode).toBe(200);
    const res = await post(`/api/v1/patients/${duplicate.id}/consultations`, physician, {
      chiefComplaint: '相談',
      plan: 'none',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PATIENT_MERGED');
    expect(
      await t.database.db.select().from(consultations).where(eq(consultations.patientId, duplicate.id)),
    ).toEqual([]);
  });
});

describe('reading', () => {
  it('logs each read of a consultation in the access log', async () => {
    const patient = await newPatient();
    const consultation = await makeConsultation(t, physician, patient.id);
    const res = await get(`/api/v1/consultations/${consultation.id}`, nurse);
    expect(res.statusCode).toBe(200);
    const reads = await auditRows(consultation.id, 'read');
    expect(reads).toEqual([expect.objectContaining({ actorId: nurse.id, patientId: patient.id })]);
  });

  it('lists newest first, pages through every consultation once, and logs what it showed', async () => {
    const patient = await newPatient();
    const made = [];
    for (const consultedOn of ['2025-01-10', '2025-03-01', '2025-02-01', '2025-03-01']) {
      made.push(await makeConsultation(t, physician, patient.id, { consultedOn }));
    }
    const seen: { id: string; consultedOn: string }[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/api/v1/patients/${patient.id}/consultations?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        physician,
      );
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    // Same day: the later entry first.
    expect(seen.map((c) => c.id)).toEqual([made[3]?.id, made[1]?.id, made[2]?.id, made[0]?.id]);
    const reads = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patient.id), eq(auditEvents.entityType, 'consultation_list')));
    expect(reads).toHaveLength(2);
  });

  it('refuses a cursor it did not make with a field error', async () => {
    const patient = await newPatient();
    const res = await get(`/api/v1/patients/${patient.id}/consultations?cursor=bm90LWEtY3Vyc29y`, physician);
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual(['cursor:INVALID_CURSOR']);
  });
});

describe('correcting and voiding', () => {
  it('records a correction with its diff and reason', async () => {
    const patient = await newPatient();
    const consultation = await makeConsultation(t, physician, patient.id, { plan: 'prp' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/consultations/${consultation.id}`,
      headers: physician.headers,
      payload: { plan: 'fibroblast', keloidTendency: true, version: 1, reason: '治療方針の記載誤り' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      plan: 'fibroblast',
      version: 2,
      warnings: [{ code: 'KELOID_TENDENCY' }],
    });
    const [event] = await auditRows(consultation.id, 'update');
    expect(event?.reason).toBe('治療方針の記載誤り');
    expect(event?.changes).toEqual({
      before: { plan: 'prp', keloidTendency: null },
      after: { plan: 'fibroblast', keloidTendency: true },
    });
  });

  it('refuses a correction based on a stale version (409 STALE_VERSION) and one without a reason', async () => {
    const patient = await newPatient();
    const consultation = await makeConsultation(t, physician, patient.id);
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/consultations/${consultation.id}`,
        headers: physician.headers,
        payload,
      });
    expect((await patch({ findings: '所見', version: 1, reason: '追記' })).statusCode).toBe(200);
    const stale = await patch({ findings: '別の所見', version: 1, reason: '追記' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const unexplained = await patch({ findings: '別の所見', version: 2 });
    expect(fieldErrors(unexplained.json())).toEqual(['reason:REQUIRED']);
  });

  it('voids with a reason: the record stays, marked, and can no longer be changed', async () => {
    const patient = await newPatient();
    const consultation = await makeConsultation(t, physician, patient.id);
    const url = `/api/v1/consultations/${consultation.id}/void`;
    const res = await post(url, nurse, { reason: '別患者のカルテに記載' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'voided', voidReason: '別患者のカルテに記載', version: 2 });
    expect((await get(`/api/v1/consultations/${consultation.id}`, physician)).json().status).toBe('voided');
    const [event] = await auditRows(consultation.id, 'void');
    expect(event?.reason).toBe('別患者のカルテに記載');
    const again = await post(url, nurse, { reason: 'もう一度' });
    expect(again.json().code).toBe('RECORD_VOIDED');
  });
});

describe('who may see what', () => {
  it('answers 404 to another clinic for the patient and the consultation', async () => {
    const patient = await newPatient();
    const consultation = await makeConsultation(t, physician, patient.id);
    const other = await makeStaff(t, (await makeClinic(t, '別院')).id, ['physician']);
    expect((await get(`/api/v1/consultations/${consultation.id}`, other)).statusCode).toBe(404);
    expect((await get(`/api/v1/patients/${patient.id}/consultations`, other)).statusCode).toBe(404);
    const write = await post(`/api/v1/patients/${patient.id}/consultations`, other, {
      chiefComplaint: '相談',
      plan: 'none',
    });
    expect(write.statusCode).toBe(404);
  });

  it('keeps reception out (403), reading or writing', async () => {
    const patient = await newPatient();
    const consultation = await makeConsultation(t, physician, patient.id);
    expect((await get(`/api/v1/consultations/${consultation.id}`, reception)).statusCode).toBe(403);
    const write = await post(`/api/v1/patients/${patient.id}/consultations`, reception, {
      chiefComplaint: '相談',
      plan: 'none',
      physicianId: physician.id,
    });
    expect(write.statusCode).toBe(403);
  });
});

describe('the patient timeline', () => {
  it('shows consultations and assessments in clinical order, a voided one marked', async () => {
    const patient = await newPatient();
    const first = await makeConsultation(t, physician, patient.id, {
      consultedOn: '2025-05-01',
      plan: 'prp',
    });
    const assessment = await makeAssessment(t, nurse, patient.id, { assessedOn: '2025-05-20' });
    const later = await makeConsultation(t, physician, patient.id, {
      consultedOn: '2025-06-01',
      plan: 'fibroblast',
    });
    await post(`/api/v1/consultations/${first.id}/void`, physician, { reason: '重複入力' });

    const res = await get(`/api/v1/patients/${patient.id}/timeline`, physician);
    expect(res.statusCode).toBe(200);
    type Entry = { kind: string; id: string; date: string; status: string; summary: Record<string, unknown> };
    const entries = (res.json().entries as Entry[]).filter((e) => e.kind !== 'registration');
    expect(entries.map((e) => [e.kind, e.id])).toEqual([
      ['consultation', later.id],
      ['assessment', assessment.id],
      ['consultation', first.id],
    ]);
    expect(entries[0]).toMatchObject({
      date: '2025-06-01',
      status: 'recorded',
      summary: { plan: 'fibroblast' },
    });
    expect(entries[1]).toMatchObject({ date: '2025-05-20', summary: { goodmanQualitative: 3 } });
    expect(entries[2]).toMatchObject({ status: 'voided', summary: { voidReason: '重複入力' } });
  });

  it('shows reception that a consultation and an assessment took place, not what they say', async () => {
    const patient = await newPatient();
    const consultation = await makeConsultation(t, physician, patient.id, {
      consultedOn: '2025-06-01',
      chiefComplaint: '右頬のローリング型瘢痕',
    });
    const assessment = await makeAssessment(t, nurse, patient.id, { assessedOn: '2025-06-01' });
    const res = await get(`/api/v1/patients/${patient.id}/timeline`, reception);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('ローリング');
    expect(res.body).not.toContain('goodmanQualitative');
    const clinical = res.json().entries.filter((e: { kind: string }) => e.kind !== 'registration');
    expect(clinical).toEqual([
      expect.objectContaining({
        kind: 'consultation',
        id: consultation.id,
        date: '2025-06-01',
        author: { id: physician.id, name: expect.any(String) },
        restricted: true,
        summary: null,
      }),
      expect.objectContaining({ kind: 'assessment', id: assessment.id, restricted: true, summary: null }),
    ]);
    const forPhysician = await get(`/api/v1/patients/${patient.id}/timeline`, physician);
    expect(forPhysician.body).toContain('ローリング');
    expect(forPhysician.json().entries).toContainEqual(
      expect.objectContaining({
        id: assessment.id,
        restricted: false,
        summary: expect.objectContaining({ goodmanQualitative: 3 }),
      }),
    );
    const [logged] = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'patient_timeline'), eq(auditEvents.actorId, reception.id)))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(logged?.changes).toMatchObject({
      details: {
        entries: expect.arrayContaining([{ kind: 'consultation', id: consultation.id, restricted: true }]),
      },
    });
  });
});
