import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import {
  consentPayload,
  makeActivePlan,
  makeClinic,
  makeConsent,
  makePatient,
  makePhoto,
  makePublishedDocument,
  makeStaff,
} from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: SignedInUser;
let physician: SignedInUser;
let otherPhysician: SignedInUser;
let document: { id: string; contentHash: string };
let treatmentPage: { id: string; slug: string };

type Json = Record<string, unknown>;
const call = (who: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
const get = (url: string) => t.app.inject({ method: 'GET', url });

const DETAILS = {
  treatment: '自家培養真皮線維芽細胞移植（ニキビ跡）',
  period: '3か月',
  sessions: 3,
  cost: '1回 330,000円（税込）、計 990,000円',
  risks: '注入部位の赤み・腫れ・内出血（数日〜1週間）',
};

/** A patient with two front photos; with `advertising`, a consent that agrees to their use on the site. */
async function patientWithPhotos(advertising: boolean) {
  const patient = await makePatient(t, physician, { familyName: '症例', givenName: '花子' });
  const before = await makePhoto(t, physician, patient.id);
  const after = await makePhoto(t, physician, patient.id);
  const { answers } = await consentPayload(document);
  const consent = await makeConsent(t, physician, patient.id, document, {
    answers: { ...answers, photoAdvertising: advertising },
  });
  return { patient, before, after, consent };
}

const place = (who: SignedInUser, body: Json) =>
  call(who, 'POST', '/api/v1/site-cases', { pageId: treatmentPage.id, ...DETAILS, ...body });

beforeAll(async () => {
  t = await makeTestApp();
  const clinic = (await makeClinic(t, '症例テスト皮膚科')).id;
  const other = (await makeClinic(t, '症例テスト別院')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinic] });
  physician = await makeStaff(t, clinic, ['physician']);
  otherPhysician = await makeStaff(t, other, ['physician']);
  const plan = await makeActivePlan(t, admin, physician.id, { title: '症例テスト計画' });
  document = await makePublishedDocument(t, admin, plan.id);
  const made = await call(physician, 'POST', '/api/v1/pages', {
    kind: 'treatment',
    slug: 'fibroblast',
    title: '線維芽細胞治療',
    bodyMd: '本文',
    priceMd: '330,000円',
    risksMd: '赤み',
  });
  expect(made.statusCode, made.body).toBe(201);
  const published = await call(physician, 'POST', `/api/v1/pages/${made.json().id}/publish`, {
    version: made.json().version,
  });
  expect(published.statusCode, published.body).toBe(200);
  treatmentPage = published.json();
}, 120_000);
afterAll(() => t?.close());

describe('placing a before/after case', () => {
  it('refuses 409 ADVERTISING_CONSENT_REQUIRED without the consent, writing nothing', async () => {
    const { patient, before, after } = await patientWithPhotos(false);
    const snapshot = await databaseSnapshot(t.database.db);
    const res = await place(physician, {
      patientId: patient.id,
      beforePhotoId: before.id,
      afterPhotoId: after.id,
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('ADVERTISING_CONSENT_REQUIRED');
    expect(changedBetween(snapshot, await databaseSnapshot(t.database.db))).toEqual([]);
  });

  it('names each missing detail (CASE_DETAIL_REQUIRED), and refuses another patient’s photo or another view', async () => {
    const { patient, before, after } = await patientWithPhotos(true);
    const ids = { patientId: patient.id, beforePhotoId: before.id, afterPhotoId: after.id };
    const bare = await call(physician, 'POST', '/api/v1/site-cases', { pageId: treatmentPage.id, ...ids });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors.map((e: Json) => [e.path, e.code])).toEqual(
      ['treatment', 'period', 'sessions', 'cost', 'risks'].map((p) => [p, 'CASE_DETAIL_REQUIRED']),
    );

    const stranger = await patientWithPhotos(true);
    const notHers = await place(physician, { ...ids, afterPhotoId: stranger.after.id });
    expect(notHers.statusCode).toBe(422);
    expect(notHers.json().errors).toMatchObject([{ path: 'afterPhotoId', code: 'PHOTO_NOT_OF_PATIENT' }]);

    const side = await makePhoto(t, physician, patient.id, { view: 'left45' });
    const differ = await place(physician, { ...ids, afterPhotoId: side.id });
    expect(differ.statusCode).toBe(422);
    expect(differ.json().errors).toMatchObject([{ path: 'afterPhotoId', code: 'VIEWS_DIFFER' }]);
  });

  it('refuses a photo of another facility, and a placer who may not read clinical records', async () => {
    const { patient, before } = await patientWithPhotos(true);
    const elsewhere = await makePatient(t, otherPhysician);
    const foreignPhoto = await makePhoto(t, otherPhysician, elsewhere.id);
    const foreign = await place(physician, {
      patientId: patient.id,
      beforePhotoId: before.id,
      afterPhotoId: foreignPhoto.id,
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors).toMatchObject([{ path: 'afterPhotoId', code: 'PHOTO_NOT_OF_PATIENT' }]);
    const foreignPatient = await place(physician, {
      patientId: elsewhere.id,
      beforePhotoId: foreignPhoto.id,
      afterPhotoId: before.id,
    });
    expect(foreignPatient.statusCode).toBe(404);

    const byAdmin = await place(admin, {
      patientId: patient.id,
      beforePhotoId: before.id,
      afterPhotoId: (await makePhoto(t, physician, patient.id)).id,
    });
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().code).toBe('CLINICAL_READ_REQUIRED');
  });
});

describe('a placed case on the public page', () => {
  it('is shown with every detail and unretouched photos without metadata, until the patient withdraws consent', async () => {
    const { patient, before, after, consent } = await patientWithPhotos(true);
    const placed = await place(physician, {
      patientId: patient.id,
      beforePhotoId: before.id,
      afterPhotoId: after.id,
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const caseId = placed.json().id as string;
    const audit = await call(admin, 'GET', `/api/v1/site-cases?pageId=${treatmentPage.id}`);
    expect(audit.json().items.map((c: Json) => c.id)).toContain(caseId);

    const page = await get(`/treatments/${treatmentPage.slug}`);
    expect(page.statusCode).toBe(200);
    for (const text of [
      DETAILS.treatment,
      DETAILS.period,
      '3回',
      DETAILS.cost,
      DETAILS.risks,
      '無修正',
      `/cases/${caseId}/before.jpg`,
      `/cases/${caseId}/after.jpg`,
    ])
      expect(page.body, text).toContain(text);
    expect(page.body).not.toContain('症例 花子');
    expect(page.body).not.toContain(patient.id);
    expect(page.body).not.toContain(patient.patientNumber);
    expect(page.headers['content-security-policy']).toMatch(/img-src 'self'/);

    for (const which of ['before', 'after']) {
      const image = await get(`/cases/${caseId}/${which}.jpg`);
      expect(image.statusCode, which).toBe(200);
      expect(image.headers['content-type']).toBe('image/jpeg');
      const metadata = await sharp(image.rawPayload).metadata();
      expect(metadata.format).toBe('jpeg');
      expect(metadata.exif, which).toBeUndefined();
      expect(metadata.xmp, which).toBeUndefined();
      expect(metadata.iptc, which).toBeUndefined();
    }
    // The srcset's smaller WebP, also without metadata.
    expect(page.body).toContain(`/cases/${caseId}/before-480.webp 480w`);
    const small = await get(`/cases/${caseId}/before-480.webp`);
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-type']).toBe('image/webp');
    const smallMetadata = await sharp(small.rawPayload).metadata();
    expect(smallMetadata.format).toBe('webp');
    expect(smallMetadata.width).toBeLessThanOrEqual(480);
    expect(smallMetadata.exif).toBeUndefined();
    expect((await get(`/cases/${caseId}/before-500.webp`)).statusCode).toBe(404);

    const withdrawn = await call(physician, 'POST', `/api/v1/consents/${consent.id}/withdraw`, {
      scopes: ['photo_advertising'],
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after2 = await get(`/treatments/${treatmentPage.slug}`);
    expect(after2.body).not.toContain(caseId);
    expect(after2.body).not.toContain(DETAILS.treatment);
    expect((await get(`/cases/${caseId}/before.jpg`)).statusCode).toBe(404);
    expect((await get(`/cases/${caseId}/after.jpg`)).statusCode).toBe(404);
    expect((await get(`/cases/${caseId}/after-960.webp`)).statusCode).toBe(404);
  });

  it('is taken off by withdrawing the case with a reason, and kept', async () => {
    const { patient, before, after } = await patientWithPhotos(true);
    const placed = (
      await place(physician, { patientId: patient.id, beforePhotoId: before.id, afterPhotoId: after.id })
    ).json();
    expect((await get(`/cases/${placed.id}/after.jpg`)).statusCode).toBe(200);
    const res = await call(admin, 'POST', `/api/v1/site-cases/${placed.id}/withdraw`, {
      version: placed.version,
      reason: '写真を差し替えるため',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', withdrawReason: '写真を差し替えるため' });
    expect((await get(`/cases/${placed.id}/after.jpg`)).statusCode).toBe(404);
    expect((await get(`/treatments/${treatmentPage.slug}`)).body).not.toContain(placed.id);
    expect((await get('/cases/not-a-case/before.jpg')).statusCode).toBe(404);
    expect((await get(`/cases/${placed.id}/secret.png`)).statusCode).toBe(404);
  });

  it('is taken off when one of its photos is voided', async () => {
    const { patient, before, after } = await patientWithPhotos(true);
    const placed = (
      await place(physician, { patientId: patient.id, beforePhotoId: before.id, afterPhotoId: after.id })
    ).json();
    expect((await get(`/treatments/${treatmentPage.slug}`)).body).toContain(placed.id);
    const voided = await call(physician, 'POST', `/api/v1/photos/${before.id}/void`, {
      reason: '別の患者さんの写真を登録していた',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect((await get(`/treatments/${treatmentPage.slug}`)).body).not.toContain(placed.id);
    expect((await get(`/cases/${placed.id}/before.jpg`)).statusCode).toBe(404);
    expect((await get(`/cases/${placed.id}/after.jpg`)).statusCode).toBe(404);
  });
});
