import { and, eq, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedTrail } from '../../test/audit-trail.ts';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeClinic, makePatient, makePublishedTemplate, makeQuestionnaire } from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { signatureDataUrl } from './test-signature.ts';

let t: TestApp;
let admin: SignedInUser;
let reception: SignedInUser;
let physician: SignedInUser;
let adminB: SignedInUser;
let receptionB: SignedInUser;
let templateId: string;

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = (await makeClinic(t, 'A皮膚科')).id;
  const clinicB = (await makeClinic(t, 'B皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinic] });
  reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinic] });
  physician = await makeSignedIn(t, ['physician'], { facilityIds: [clinic] });
  adminB = await makeSignedIn(t, ['admin'], { facilityIds: [clinicB] });
  receptionB = await makeSignedIn(t, ['reception'], { facilityIds: [clinicB] });
  templateId = (await makePublishedTemplate(t, admin)).id;
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);

/** Reception hands the tablet over, the patient answers and signs, reception takes it back. */
async function answeredOnTablet(
  patientId: string,
  answers: { questionId: string; value: unknown }[],
): Promise<string> {
  const { id } = await makeQuestionnaire(t, reception, patientId, templateId);
  expect(
    (await call(reception, 'POST', `/api/v1/questionnaires/${id}/handover`, { pin: '2468' })).statusCode,
  ).toBe(200);
  expect(
    (await call(reception, 'POST', '/api/v1/tablet/questionnaire/answers', { answers })).statusCode,
  ).toBe(200);
  const submitted = await call(reception, 'POST', '/api/v1/tablet/questionnaire/submit', {
    signature: await signatureDataUrl(),
  });
  expect(submitted.statusCode).toBe(200);
  expect((await call(reception, 'POST', '/api/v1/tablet/return', { pin: '2468' })).statusCode).toBe(204);
  return id;
}

describe('a patient questionnaire', () => {
  it('is started by reception on a published template: 201 with its address, to be answered', async () => {
    const patient = await makePatient(t, reception);
    const res = await call(reception, 'POST', `/api/v1/patients/${patient.id}/questionnaires`, {
      templateId,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/questionnaires/${res.json().id}`);
    expect(res.json()).toMatchObject({
      progress: 'in_progress',
      startedBy: reception.id,
      templateId,
      restricted: true,
      answers: null,
    });
  });

  it('is refused on a draft template or another facility’s, naming templateId, writing nothing', async () => {
    const patient = await makePatient(t, reception);
    const draft = await call(admin, 'POST', '/api/v1/questionnaire-templates', { titleJa: '下書き' });
    const foreign = await makePublishedTemplate(t, adminB);
    const before = await databaseSnapshot(t.database.db);
    for (const [id, code] of [
      [draft.json().id, 'templateId:TEMPLATE_NOT_PUBLISHED'],
      [foreign.id, 'templateId:NOT_FOUND'],
    ]) {
      const res = await call(reception, 'POST', `/api/v1/patients/${patient.id}/questionnaires`, {
        templateId: id,
      });
      expect(res.statusCode).toBe(422);
      expect(fieldErrors(res.json())).toEqual([code]);
    }
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('once answered on the tablet, shows the physician the answers and the warnings they raise', async () => {
    const patient = await makePatient(t, reception);
    const id = await answeredOnTablet(patient.id, [
      { questionId: 'allergy', value: true },
      { questionId: 'allergy_detail', value: 'ペニシリン' },
    ]);
    const read = await call(physician, 'GET', `/api/v1/questionnaires/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      progress: 'submitted',
      restricted: false,
      answers: { allergy: true, allergy_detail: 'ペニシリン' },
      warnings: [{ code: 'allergy', questionId: 'allergy' }],
    });
    expect(read.json().signature).toMatch(/^data:image\/png;base64,/);

    // Reception sees that it was submitted, not what it says.
    const listed = await call(reception, 'GET', `/api/v1/patients/${patient.id}/questionnaires`);
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id, progress: 'submitted', restricted: true, answers: null, warnings: null }),
    ]);
  });

  it('is on the timeline: its warnings for the physician, only that it exists for reception', async () => {
    const patient = await makePatient(t, reception);
    const id = await answeredOnTablet(patient.id, [{ questionId: 'allergy', value: false }]);
    const entry = (caller: SignedInUser) =>
      call(caller, 'GET', `/api/v1/patients/${patient.id}/timeline`).then((res) =>
        res.json().entries.find((e: { id: string }) => e.id === id),
      );
    expect(await entry(physician)).toMatchObject({
      kind: 'questionnaire',
      restricted: false,
      summary: { progress: 'submitted', warnings: [] },
    });
    expect(await entry(reception)).toMatchObject({ kind: 'questionnaire', restricted: true, summary: null });
  });

  it('adds an access-log entry for every read', async () => {
    const patient = await makePatient(t, reception);
    const { id } = await makeQuestionnaire(t, reception, patient.id, templateId);
    await call(physician, 'GET', `/api/v1/questionnaires/${id}`);
    const reads = await (await sealedTrail(t.database.db))
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'read')));
    expect(reads).toHaveLength(1);
    expect(reads[0]?.actorId).toBe(physician.id);
  });

  it('is never changed once submitted, not even by SQL, and cannot be handed over again', async () => {
    const patient = await makePatient(t, reception);
    const id = await answeredOnTablet(patient.id, [{ questionId: 'allergy', value: false }]);
    await expect(
      t.database.db.execute(sql`update questionnaires set answers = '{}'::jsonb where id = ${id}`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from questionnaires where id = ${id}`)).rejects.toThrow();
    const again = await call(reception, 'POST', `/api/v1/questionnaires/${id}/handover`, { pin: '2468' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('QUESTIONNAIRE_SUBMITTED');
  });

  it('started in error is voided with a reason, and then is not handed over', async () => {
    const patient = await makePatient(t, reception);
    const { id } = await makeQuestionnaire(t, reception, patient.id, templateId);
    const voided = await call(reception, 'POST', `/api/v1/questionnaires/${id}/void`, { reason: '患者違い' });
    expect(voided.json()).toMatchObject({ status: 'voided', voidReason: '患者違い' });
    const handover = await call(reception, 'POST', `/api/v1/questionnaires/${id}/handover`, { pin: '2468' });
    expect(handover.json().code).toBe('RECORD_VOIDED');
  });

  it('of another facility is not found, read or handed over', async () => {
    const patient = await makePatient(t, reception);
    const { id } = await makeQuestionnaire(t, reception, patient.id, templateId);
    expect((await call(adminB, 'GET', `/api/v1/questionnaires/${id}`)).statusCode).toBe(404);
    const handover = await call(receptionB, 'POST', `/api/v1/questionnaires/${id}/handover`, { pin: '2468' });
    expect(handover.statusCode).toBe(404);
  });
});
