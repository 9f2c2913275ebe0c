import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, operationsOf } from '../../test/api-walk.ts';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import { makeClinic, makePatient, makePublishedTemplate, makeQuestionnaire } from '../../test/factories.ts';
import { makeSignedIn, makeUser, type SignedInUser, signIn } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { PIN_ATTEMPTS } from './rules.ts';
import { signatureDataUrl } from './test-signature.ts';

let t: TestApp;
let clinic: string;
let admin: SignedInUser;
let physician: SignedInUser;
let templateId: string;

beforeAll(async () => {
  t = await makeTestApp();
  clinic = (await makeClinic(t, 'A皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinic] });
  physician = await makeSignedIn(t, ['physician'], { facilityIds: [clinic] });
  templateId = (await makePublishedTemplate(t, admin)).id;
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);

/** A tablet: a receptionist's own session, handed to the patient for a new questionnaire. */
async function tablet(pin = '2468', roles: ('reception' | 'admin')[] = ['reception']) {
  const staff = await makeSignedIn(t, roles, { facilityIds: [clinic] });
  const patient = await makePatient(t, physician);
  const otherPatient = await makePatient(t, physician);
  const { id } = await makeQuestionnaire(t, physician, patient.id, templateId);
  const res = await call(staff, 'POST', `/api/v1/questionnaires/${id}/handover`, { pin });
  expect(res.statusCode).toBe(200);
  return { staff, questionnaireId: id, patientId: patient.id, otherPatientId: otherPatient.id };
}

describe('a tablet in patient mode', () => {
  it('reads its questionnaire, with the patient’s name and the questions, and says it is in patient mode', async () => {
    const { staff, questionnaireId } = await tablet();
    const me = await call(staff, 'GET', '/api/v1/auth/session');
    expect(me.json().me.patientMode).toEqual({ questionnaireId });
    const res = await call(staff, 'GET', '/api/v1/tablet/questionnaire');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: questionnaireId, progress: 'in_progress', answers: {} });
    expect(res.json().patient.familyName).toBeTruthy();
    expect(res.json().questions.map((q: { id: string }) => q.id)).toEqual(['allergy', 'allergy_detail']);
  });

  it('cannot read another patient, the patient list or the administration: 403 PATIENT_MODE', async () => {
    const { staff, otherPatientId } = await tablet('1357', ['reception', 'admin']);
    for (const url of [
      `/api/v1/patients/${otherPatientId}`,
      '/api/v1/patients',
      `/api/v1/patients/${otherPatientId}/questionnaires`,
      '/api/v1/users',
      '/api/v1/audit-events',
    ]) {
      const res = await call(staff, 'GET', url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('PATIENT_MODE');
    }
    const logout = await call(staff, 'POST', '/api/v1/auth/logout');
    expect(logout.json().code).toBe('PATIENT_MODE');
  });

  it('is refused every operation of the API but the tablet’s own and “who is signed in”', async () => {
    const { staff } = await tablet('8642');
    const operations = operationsOf(await openApiDocument(t.app));
    const allowed = operations.filter((op) => op.spec['x-patient-mode' as never]).map((op) => op.label);
    expect(allowed.sort()).toEqual([
      'GET /api/v1/auth/me',
      'GET /api/v1/auth/session',
      'GET /api/v1/tablet/questionnaire',
      'POST /api/v1/tablet/questionnaire/answers',
      'POST /api/v1/tablet/questionnaire/submit',
      'POST /api/v1/tablet/return',
    ]);
    const before = await databaseSnapshot(t.database.db);
    for (const op of operations.filter((o) => !allowed.includes(o.label) && o.access !== 'public')) {
      const url = op.path.replace(/\{[^}]+\}/g, '00000000-0000-7000-8000-00000000abcd');
      const res = await call(staff, op.method, url, op.method === 'GET' ? undefined : {});
      expect(res.statusCode, op.label).toBe(403);
      expect(res.json().code, op.label).toBe('PATIENT_MODE');
    }
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('saves answers screen by screen, refusing unknown questions and dropping hidden answers', async () => {
    const { staff } = await tablet();
    const before = await databaseSnapshot(t.database.db);
    const unknown = await call(staff, 'POST', '/api/v1/tablet/questionnaire/answers', {
      answers: [{ questionId: 'smoking', value: true }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(fieldErrors(unknown.json())).toEqual(['answers.smoking:UNKNOWN_QUESTION']);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);

    const yes = await call(staff, 'POST', '/api/v1/tablet/questionnaire/answers', {
      answers: [
        { questionId: 'allergy', value: true },
        { questionId: 'allergy_detail', value: '卵' },
      ],
    });
    expect(yes.json().answers).toEqual({ allergy: true, allergy_detail: '卵' });
    // The patient changes their mind: the follow-up they were shown no more is dropped.
    const no = await call(staff, 'POST', '/api/v1/tablet/questionnaire/answers', {
      answers: [{ questionId: 'allergy', value: false }],
    });
    expect(no.json().answers).toEqual({ allergy: false });
  });

  it('is submitted only with every shown required question answered and a signature with ink', async () => {
    const { staff } = await tablet();
    await call(staff, 'POST', '/api/v1/tablet/questionnaire/answers', {
      answers: [{ questionId: 'allergy', value: true }],
    });
    const signature = await signatureDataUrl();
    const incomplete = await call(staff, 'POST', '/api/v1/tablet/questionnaire/submit', { signature });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('ANSWERS_INCOMPLETE');
    expect(fieldErrors(incomplete.json())).toEqual(['answers.allergy_detail:REQUIRED']);

    await call(staff, 'POST', '/api/v1/tablet/questionnaire/answers', {
      answers: [{ questionId: 'allergy_detail', value: '麻酔薬' }],
    });
    const blank = await call(staff, 'POST', '/api/v1/tablet/questionnaire/submit', {
      signature: await signatureDataUrl({ inked: false }),
    });
    expect(fieldErrors(blank.json())).toEqual(['signature:SIGNATURE_EMPTY']);
    const notPng = await call(staff, 'POST', '/api/v1/tablet/questionnaire/submit', {
      signature: 'data:image/png;base64,AAAA',
    });
    expect(fieldErrors(notPng.json())).toEqual(['signature:INVALID_SIGNATURE']);

    const done = await call(staff, 'POST', '/api/v1/tablet/questionnaire/submit', { signature });
    expect(done.statusCode).toBe(200);
    expect(done.json().progress).toBe('submitted');
    // The tablet no longer shows the answers, and takes no more.
    expect((await call(staff, 'GET', '/api/v1/tablet/questionnaire')).json().answers).toEqual({});
    const late = await call(staff, 'POST', '/api/v1/tablet/questionnaire/answers', {
      answers: [{ questionId: 'allergy', value: false }],
    });
    expect(late.json().code).toBe('QUESTIONNAIRE_SUBMITTED');
  });

  it('is returned with the PIN; a wrong one is counted and audited, and refused', async () => {
    const { staff, otherPatientId } = await tablet('2468');
    const wrong = await call(staff, 'POST', '/api/v1/tablet/return', { pin: '1111' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'PIN_INCORRECT', attemptsLeft: PIN_ATTEMPTS - 1 });
    const failed = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, staff.id), eq(auditEvents.action, 'patient_mode_pin_failed')));
    expect(failed).toHaveLength(1);
    expect((await call(staff, 'GET', `/api/v1/patients/${otherPatientId}`)).statusCode).toBe(403);

    const right = await call(staff, 'POST', '/api/v1/tablet/return', { pin: '2468' });
    expect(right.statusCode).toBe(204);
    expect((await call(staff, 'GET', `/api/v1/patients/${otherPatientId}`)).statusCode).toBe(200);
    expect((await call(staff, 'GET', '/api/v1/auth/me')).json().patientMode).toBeNull();
  });

  it('ends its session at the fifth wrong PIN: the staff member signs in again with their password', async () => {
    const user = await makeUser(t, ['reception'], { facilityIds: [clinic] });
    const staff = await signIn(t, user);
    const patient = await makePatient(t, physician);
    const { id } = await makeQuestionnaire(t, physician, patient.id, templateId);
    await call(staff, 'POST', `/api/v1/questionnaires/${id}/handover`, { pin: '2468' });
    for (let i = 1; i < PIN_ATTEMPTS; i++) {
      expect((await call(staff, 'POST', '/api/v1/tablet/return', { pin: '0000' })).statusCode).toBe(422);
    }
    const locked = await call(staff, 'POST', '/api/v1/tablet/return', { pin: '0000' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('TOO_MANY_ATTEMPTS');
    // Even the right PIN now finds no session.
    const after = await call(staff, 'POST', '/api/v1/tablet/return', { pin: '2468' });
    expect(after.statusCode).toBe(401);
    const again = await signIn(t, user);
    expect((await call(again, 'GET', `/api/v1/patients/${patient.id}`)).statusCode).toBe(200);
  });

  it('is handed over with a PIN of 4 to 8 digits, by a signed-in member of staff', async () => {
    const patient = await makePatient(t, physician);
    const { id } = await makeQuestionnaire(t, physician, patient.id, templateId);
    const before = await databaseSnapshot(t.database.db);
    const short = await call(physician, 'POST', `/api/v1/questionnaires/${id}/handover`, { pin: '12' });
    expect(fieldErrors(short.json())).toEqual(['pin:INVALID_PIN']);
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('routes answer 409 to a session that is not in patient mode', async () => {
    const res = await call(physician, 'GET', '/api/v1/tablet/questionnaire');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('NOT_IN_PATIENT_MODE');
    const back = await call(physician, 'POST', '/api/v1/tablet/return', { pin: '2468' });
    expect(back.json().code).toBe('NOT_IN_PATIENT_MODE');
  });
});
