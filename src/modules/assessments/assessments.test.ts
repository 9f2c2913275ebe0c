import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { sealedTrail } from '../../test/audit-trail.ts';
import {
  eccaGrades,
  goodmanCounts,
  makeAssessment,
  makeClinic,
  makeConsultation,
  makePatient,
  makeStaff,
} from '../../test/factories.ts';
import type { SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { scarAssessments } from './schema.ts';

let t: TestApp;
let physician: SignedInUser;
let nurse: SignedInUser;
let reception: SignedInUser;

beforeAll(async () => {
  t = await makeTestApp();
  const clinicId = (await makeClinic(t)).id;
  physician = await makeStaff(t, clinicId, ['physician']);
  nurse = await makeStaff(t, clinicId, ['nurse']);
  reception = await makeStaff(t, clinicId, ['reception']);
});
afterAll(() => t.close());

const newPatient = () => makePatient(t, reception);
const assess = (patientId: string, payload: Record<string, unknown>, staff = physician) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/assessments`,
    headers: staff.headers,
    payload,
  });
const get = (url: string, staff = physician) => t.app.inject({ method: 'GET', url, headers: staff.headers });
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);
const assessmentsOf = (patientId: string) =>
  t.database.db.select().from(scarAssessments).where(eq(scarAssessments.patientId, patientId));

describe('scores computed by the server', () => {
  it('worked example 1: Goodman & Baron 35, ECCA 165', async () => {
    // Goodman & Baron, points × band factor per type (1–10 ×1, 11–20 ×2, > 20 ×3):
    //   A macular 12 → 1 × 2 = 2                               A = 2
    //   B moderate dish 5 → 2 × 1 = 2; punched-out shallow 25 → 2 × 3 = 6   B = 8
    //   C punched-out deep abnormal 1 → 3 × 1 = 3; linear 11 → 3 × 2 = 6      C = 9
    //   D papular 20 → 2 × 2 = 4; keloid area 5 cm² (5–20) → 12              D = 16
    //   total 2 + 8 + 9 + 16 = 35
    // ECCA, weight × grade: icepick 15 × 2 = 30; boxcar 20 × 3 = 60; rolling 25 × 1 = 25;
    //   keloid/hypertrophic > 1 year 50 × 1 = 50 → 165
    const patient = await newPatient();
    const res = await assess(patient.id, {
      goodmanQuantitative: {
        counts: goodmanCounts({
          macularErythematousOrPigmented: 12,
          moderateAtrophicDish: 5,
          punchedOutShallowSmall: 25,
          punchedOutDeepAbnormalBase: 1,
          linearTroughed: 11,
          papular: 20,
        }),
        hypertrophicKeloidAreaCm2: 5,
      },
      ecca: { grades: eccaGrades({ icepick: 2, boxcar: 3, rolling: 1, keloidHypertrophicOld: 1 }) },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(res.headers.location).toBe(`/api/v1/assessments/${body.id}`);
    expect(body.goodmanQuantitativeScore).toBe(35);
    expect(body.scores.goodmanQuantitative.byGroup).toEqual({ A: 2, B: 8, C: 9, D: 16 });
    expect(body.scores.goodmanQuantitative.lines).toContainEqual({
      basis: 'count',
      key: 'punchedOutShallowSmall',
      group: 'B',
      count: 25,
      points: 2,
      factor: 3,
      score: 6,
    });
    expect(body.scores.goodmanQuantitative.lines.at(-1)).toEqual({
      basis: 'area',
      key: 'hypertrophicKeloidAreaCm2',
      group: 'D',
      areaCm2: 5,
      score: 12,
    });
    expect(body.eccaScore).toBe(165);
    expect(body.scores.ecca.lines.map((l: { score: number }) => l.score)).toEqual([30, 60, 25, 0, 0, 50]);
    expect(body.goodmanQuantitative.counts.papular).toBe(20);
    expect(body).toMatchObject({
      assessedOn: todayInTokyo(),
      assessorId: physician.id,
      region: 'whole_face',
    });
  });

  it('worked example 2: Goodman & Baron 38, ECCA 190, and the stored scores read back the same', async () => {
    // Goodman & Baron: A mild dish 30 → 1 × 3 = 3; B shallow broad 10 → 2 × 1 = 2;
    //   C punched-out deep normal 21 → 3 × 3 = 9, deep broad 15 → 3 × 2 = 6 (C = 15);
    //   D area 20.5 cm² (> 20) → 18. Total 3 + 2 + 15 + 18 = 38.
    // ECCA: icepick 15 × 1 = 15; rolling 25 × 3 = 75; elastolysis 30 × 2 = 60; recent hypertrophic
    //   40 × 1 = 40 → 190.
    const patient = await newPatient();
    const res = await assess(patient.id, {
      region: 'left_cheek',
      goodmanQuantitative: {
        counts: goodmanCounts({
          mildAtrophicDish: 30,
          shallowBroadAtrophic: 10,
          punchedOutDeepNormalBase: 21,
          deepBroadAtrophic: 15,
        }),
        hypertrophicKeloidAreaCm2: 20.5,
      },
      ecca: {
        grades: eccaGrades({
          icepick: 1,
          rolling: 3,
          superficialElastolysis: 2,
          hypertrophicInflammatoryRecent: 1,
        }),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().scores.goodmanQuantitative).toMatchObject({
      total: 38,
      byGroup: { A: 3, B: 2, C: 15, D: 18 },
    });
    expect(res.json().scores.ecca.total).toBe(190);
    const read = (await get(`/api/v1/assessments/${res.json().id}`)).json();
    expect(read).toMatchObject({ goodmanQuantitativeScore: 38, eccaScore: 190, region: 'left_cheek' });
    expect(read.goodmanQuantitative.hypertrophicKeloidAreaCm2).toBe(20.5);
  });
});

describe('refusing what cannot be scored', () => {
  it('names a negative count by the path it was sent under, and writes nothing', async () => {
    const patient = await newPatient();
    const res = await assess(patient.id, {
      goodmanQuantitative: { counts: goodmanCounts({ papular: -1 }) },
      ecca: { grades: eccaGrades({ boxcar: 4 }) },
    });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual([
      'goodmanQuantitative.counts.papular:NEGATIVE',
      'ecca.grades.boxcar:OUT_OF_RANGE',
    ]);
    expect(await assessmentsOf(patient.id)).toEqual([]);
  });

  it('names a missing count and an unknown lesion type', async () => {
    const patient = await newPatient();
    const { papular: _left, ...counts } = goodmanCounts();
    const res = await assess(patient.id, { goodmanQuantitative: { counts: { ...counts, papula: 2 } } });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json()).sort()).toEqual([
      'goodmanQuantitative.counts.papular:REQUIRED',
      'goodmanQuantitative.counts:UNKNOWN_FIELD',
    ]);
  });

  it('refuses an assessment with no scale and no rating (422 EMPTY_ASSESSMENT)', async () => {
    const patient = await newPatient();
    const res = await assess(patient.id, { notes: '記載のみ', morphology: {} });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('EMPTY_ASSESSMENT');
  });

  it('refuses a consultation of another patient, naming consultationId', async () => {
    const patient = await newPatient();
    const other = await newPatient();
    const consultation = await makeConsultation(t, physician, other.id);
    const res = await assess(patient.id, { goodmanQualitative: 2, consultationId: consultation.id });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toEqual(['consultationId:OTHER_PATIENT']);
    const own = await makeConsultation(t, physician, patient.id);
    expect((await assess(patient.id, { goodmanQualitative: 2, consultationId: own.id })).statusCode).toBe(
      201,
    );
  });

  it('refuses reception staff as the assessor', async () => {
    const patient = await newPatient();
    const res = await assess(patient.id, { goodmanQualitative: 2, assessorId: reception.id });
    expect(fieldErrors(res.json())).toEqual(['assessorId:NOT_AN_ASSESSOR']);
  });
});

describe('who may record and read', () => {
  it('lets a nurse record (as the assessor) and keeps reception out (403)', async () => {
    const patient = await newPatient();
    const byNurse = await assess(patient.id, { patientRating: { satisfaction: 3, bother: 8 } }, nurse);
    expect(byNurse.statusCode, byNurse.body).toBe(201);
    expect(byNurse.json()).toMatchObject({
      assessorId: nurse.id,
      patientRating: { satisfaction: 3, bother: 8 },
    });
    expect((await assess(patient.id, { goodmanQualitative: 2 }, reception)).statusCode).toBe(403);
    expect((await get(`/api/v1/assessments/${byNurse.json().id}`, reception)).statusCode).toBe(403);
  });

  it('answers 404 to another clinic', async () => {
    const patient = await newPatient();
    const assessment = await makeAssessment(t, physician, patient.id);
    const other = await makeStaff(t, (await makeClinic(t, '別院')).id, ['nurse']);
    expect((await get(`/api/v1/assessments/${assessment.id}`, other)).statusCode).toBe(404);
    expect((await get(`/api/v1/patients/${patient.id}/score-history`, other)).statusCode).toBe(404);
    expect((await assess(patient.id, { goodmanQualitative: 2 }, other)).statusCode).toBe(404);
  });

  it('logs reads of an assessment and of the list', async () => {
    const patient = await newPatient();
    const assessment = await makeAssessment(t, physician, patient.id);
    expect((await get(`/api/v1/assessments/${assessment.id}`, nurse)).statusCode).toBe(200);
    const list = await get(`/api/v1/patients/${patient.id}/assessments`, nurse);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([assessment.id]);
    const reads = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patient.id), eq(auditEvents.action, 'read')));
    expect(reads.map((r) => [r.entityType, r.actorId])).toEqual([
      ['scar_assessment', nurse.id],
      ['scar_assessment_list', nurse.id],
    ]);
  });
});

describe('correcting and voiding', () => {
  it('recomputes the scores on a correction and records the diff with its reason', async () => {
    const patient = await newPatient();
    const assessment = await makeAssessment(t, physician, patient.id, {
      ecca: { grades: eccaGrades({ boxcar: 1 }) },
    });
    expect(assessment.eccaScore).toBe(20);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/assessments/${assessment.id}`,
      headers: physician.headers,
      payload: { ecca: { grades: eccaGrades({ boxcar: 2 }) }, version: 1, reason: '個数の数え直し' },
    });
    expect(res.statusCode, res.body).toBe(200);
    // boxcar 20 × 2 = 40
    expect(res.json()).toMatchObject({ eccaScore: 40, goodmanQualitative: 3, version: 2 });
    const [event] = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, assessment.id), eq(auditEvents.action, 'update')));
    expect(event?.reason).toBe('個数の数え直し');
    expect(event?.changes).toEqual({
      before: { eccaGrades: eccaGrades({ boxcar: 1 }), eccaScore: 20 },
      after: { eccaGrades: eccaGrades({ boxcar: 2 }), eccaScore: 40 },
    });
  });

  it('refuses a stale version (409 STALE_VERSION) and a correction that empties the assessment', async () => {
    const patient = await newPatient();
    const assessment = await makeAssessment(t, physician, patient.id);
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/assessments/${assessment.id}`,
        headers: physician.headers,
        payload,
      });
    const emptied = await patch({ goodmanQualitative: null, version: 1, reason: '削除' });
    expect(emptied.json().code).toBe('EMPTY_ASSESSMENT');
    expect((await patch({ goodmanQualitative: 2, version: 1, reason: '再評価' })).statusCode).toBe(200);
    const stale = await patch({ goodmanQualitative: 4, version: 1, reason: '再評価' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
  });
});

describe('score history', () => {
  it('charts the course oldest first, leaving voided assessments out, and logs the read', async () => {
    const patient = await newPatient();
    const later = await makeAssessment(t, physician, patient.id, {
      assessedOn: '2025-09-01',
      goodmanQualitative: 2,
    });
    const first = await makeAssessment(t, physician, patient.id, {
      assessedOn: '2025-03-01',
      goodmanQuantitative: { counts: goodmanCounts({ papular: 4 }) },
      patientRating: { satisfaction: 2, bother: 9 },
    });
    const mistaken = await makeAssessment(t, physician, patient.id, { assessedOn: '2025-06-01' });
    const voided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${mistaken.id}/void`,
      headers: physician.headers,
      payload: { reason: '別の患者の評価', version: 1 },
    });
    expect(voided.json()).toMatchObject({ status: 'voided', voidReason: '別の患者の評価' });

    const res = await get(`/api/v1/patients/${patient.id}/score-history`, nurse);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      {
        assessmentId: first.id,
        assessedOn: '2025-03-01',
        region: 'whole_face',
        goodmanQualitative: 3,
        // papular 4 → 2 × 1 = 2
        goodmanQuantitativeScore: 2,
        eccaScore: null,
        patientSatisfaction: 2,
        patientBother: 9,
      },
      expect.objectContaining({ assessmentId: later.id, goodmanQualitative: 2 }),
    ]);
    const reads = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patient.id), eq(auditEvents.entityType, 'score_history')));
    expect(reads).toEqual([expect.objectContaining({ action: 'read', actorId: nurse.id })]);
  });
});
