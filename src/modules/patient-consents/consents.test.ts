import { and, eq, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/actor.ts';
import { sealedTrail } from '../../test/audit-trail.ts';
import { changedBetween, databaseSnapshot } from '../../test/db-snapshot.ts';
import {
  consentPayload,
  makeActivePlan,
  makeClinic,
  makeConsent,
  makeConsentDocument,
  makePatient,
  makePublishedDocument,
} from '../../test/factories.ts';
import { makeSignedIn, type SignedInUser } from '../../test/sessions.ts';
import { makeTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/schema.ts';
import { documentHash } from '../consents/rules.ts';
import { assertEligible } from '../eligibility/service.ts';
import { storedLotDecision } from './service.ts';

let t: TestApp;
let clinicA: string;
let admin: SignedInUser;
let physician: SignedInUser;
let nurse: SignedInUser;
let reception: SignedInUser;
let physicianB: SignedInUser;
let fibroblastPlan: { id: string; version: number };
let document: { id: string; contentHash: string; edition: number };

beforeAll(async () => {
  t = await makeTestApp();
  clinicA = (await makeClinic(t, 'A皮膚科')).id;
  admin = await makeSignedIn(t, ['admin'], { facilityIds: [clinicA] });
  physician = await makeSignedIn(t, ['physician'], { facilityIds: [clinicA] });
  nurse = await makeSignedIn(t, ['nurse'], { facilityIds: [clinicA] });
  reception = await makeSignedIn(t, ['reception'], { facilityIds: [clinicA] });
  physicianB = await makeSignedIn(t, ['physician'], { facilityIds: [(await makeClinic(t, 'B皮膚科')).id] });
  fibroblastPlan = await makeActivePlan(t, admin, physician.id);
  document = await makePublishedDocument(t, admin, fibroblastPlan.id);
}, 120_000);
afterAll(() => t?.close());

const call = (caller: SignedInUser, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });
const eligibility = (patientId: string, therapy: 'prp' | 'fibroblast', caller = reception) =>
  call(caller, 'GET', `/api/v1/patients/${patientId}/eligibility?therapy=${therapy}`);
const fieldErrors = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.code}`);
const yesterday = () => new Date(Date.now() - 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);

describe('the gate (acceptance 1)', () => {
  it('answers CONSENT_REQUIRED, then eligible after consent, CONSENT_WITHDRAWN after withdrawal, PLAN_INACTIVE when suspended', async () => {
    const patient = await makePatient(t, nurse);
    const before = await eligibility(patient.id, 'fibroblast');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ eligible: false, reasons: [{ code: 'CONSENT_REQUIRED' }] });

    const consent = await makeConsent(t, physician, patient.id, document, { consentedOn: yesterday() });
    const after = (await eligibility(patient.id, 'fibroblast')).json();
    expect(after).toMatchObject({
      eligible: true,
      reasons: [],
      consentId: consent.id,
      planId: fibroblastPlan.id,
    });

    const withdrawn = await call(nurse, 'POST', `/api/v1/consents/${consent.id}/withdraw`, {
      scopes: ['treatment', 'cell_storage'],
      defaultLotDecision: 'dispose',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().scopesInForce).toEqual(['photo_clinical', 'follow_up_contact']);
    expect((await eligibility(patient.id, 'fibroblast')).json()).toMatchObject({
      eligible: false,
      reasons: [{ code: 'CONSENT_WITHDRAWN', consentId: consent.id }],
    });

    const second = await makeConsent(t, physician, patient.id, document, { consentedOn: yesterday() });
    expect((await eligibility(patient.id, 'fibroblast')).json()).toMatchObject({
      eligible: true,
      consentId: second.id,
    });

    const plan = (await call(admin, 'GET', `/api/v1/plans/${fibroblastPlan.id}`)).json();
    const suspend = (status: string, version: number) =>
      call(admin, 'POST', `/api/v1/plans/${fibroblastPlan.id}/status`, {
        status,
        reason: '委員会の指示',
        version,
      });
    const suspended = await suspend('suspended', plan.version);
    expect(suspended.statusCode).toBe(200);
    expect((await eligibility(patient.id, 'fibroblast')).json()).toMatchObject({
      eligible: false,
      reasons: [{ code: 'PLAN_INACTIVE', planId: fibroblastPlan.id }],
    });
    // The function every procedure calls in its transaction refuses with the same code, as a 409.
    const ctx = systemContext('test', clinicA);
    await expect(assertEligible(t.database.db, ctx, patient.id, 'fibroblast')).rejects.toMatchObject({
      status: 409,
      code: 'PLAN_INACTIVE',
    });
    expect((await suspend('active', suspended.json().version)).statusCode).toBe(200);
    await expect(assertEligible(t.database.db, ctx, patient.id, 'fibroblast')).resolves.toMatchObject({
      eligible: true,
    });
  });

  it('answers PLAN_INACTIVE for a therapy with no plan in force, and warns inside the cooling-off days', async () => {
    const patient = await makePatient(t, nurse);
    expect((await eligibility(patient.id, 'prp')).json()).toMatchObject({
      eligible: false,
      reasons: [{ code: 'PLAN_INACTIVE' }],
    });
    await makeConsent(t, physician, patient.id, document);
    const today = (await eligibility(patient.id, 'fibroblast')).json();
    expect(today.eligible).toBe(true);
    expect(today.warnings).toEqual([expect.objectContaining({ code: 'COOLING_OFF' })]);
  });

  it('asks for consent again once the edition it was given under is retired', async () => {
    const plan = await makeActivePlan(t, admin, physician.id, {
      therapy: 'prp',
      riskClass: 3,
      title: 'PRP療法',
    });
    const first = await makePublishedDocument(t, admin, plan.id);
    const patient = await makePatient(t, nurse);
    await makeConsent(t, physician, patient.id, first, {
      answers: prpAnswers(),
      consentedOn: yesterday(),
    });
    expect((await eligibility(patient.id, 'prp')).json().eligible).toBe(true);
    const current = (await call(admin, 'GET', `/api/v1/consent-documents/${first.id}`)).json();
    const retired = await call(admin, 'POST', `/api/v1/consent-documents/${first.id}/retire`, {
      reason: '説明内容の改訂',
      version: current.version,
    });
    expect(retired.statusCode).toBe(200);
    expect((await eligibility(patient.id, 'prp')).json()).toMatchObject({
      eligible: false,
      reasons: [{ code: 'CONSENT_REQUIRED' }],
    });
  });

  it('is logged as a read of the patient, and refused to another facility', async () => {
    const patient = await makePatient(t, nurse);
    await eligibility(patient.id, 'fibroblast');
    const trail = await sealedTrail(t.database.db);
    const entries = await trail
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'patient_eligibility'), eq(auditEvents.patientId, patient.id)));
    expect(entries).toHaveLength(1);
    expect((await eligibility(patient.id, 'fibroblast', physicianB)).statusCode).toBe(404);
  });
});

const prpAnswers = () => ({
  treatment: true,
  cellStorage: null,
  cellStorageYears: null,
  photoClinical: true,
  photoAcademic: true,
  photoAdvertising: false,
  followUpContact: true,
});

describe('a signed consent', () => {
  it('keeps the text the patient signed, byte for byte, after a new edition is published (acceptance 2)', async () => {
    const plan = await makeActivePlan(t, admin, physician.id, { title: '版の確認' });
    const first = await makePublishedDocument(t, admin, plan.id);
    const patient = await makePatient(t, nurse);
    const consent = await makeConsent(t, physician, patient.id, first);
    const second = await makePublishedDocument(t, admin, plan.id);
    expect(second.edition).toBe(first.edition + 1);

    const read = (await call(physician, 'GET', `/api/v1/consents/${consent.id}`)).json();
    expect(read.documentId).toBe(first.id);
    const signedText = (await call(physician, 'GET', `/api/v1/consent-documents/${first.id}`)).json();
    expect(read.documentHash).toBe(first.contentHash);
    expect(documentHash(signedText)).toBe(read.documentHash);
    expect(read.documentHash).not.toBe(second.contentHash);
    // Nor can anything rewrite it underneath: a trigger refuses.
    await expect(
      t.database.db.execute(
        sql`update patient_consents set document_id = ${second.id} where id = ${consent.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`delete from consent_signatures where consent_id = ${consent.id}`),
    ).rejects.toThrow();
  });

  it('is recorded with every answer, the witness and the signature, and the signature reads back', async () => {
    const patient = await makePatient(t, nurse);
    const created = await call(physician, 'POST', `/api/v1/patients/${patient.id}/consents`, {
      ...(await consentBody()),
      witnessId: nurse.id,
      witnessName: null,
    });
    expect(created.statusCode).toBe(201);
    const consent = created.json();
    expect(created.headers.location).toBe(`/api/v1/consents/${consent.id}`);
    expect(consent).toMatchObject({
      explainedBy: physician.id,
      witnessId: nurse.id,
      // The staff witness's name as it was at signing: the printed form names them.
      witnessName: expect.stringMatching(/^Test nurse/),
      cellStorageYears: 5,
      photoAdvertising: false,
      scopesInForce: ['treatment', 'cell_storage', 'photo_clinical', 'follow_up_contact'],
    });
    const image = await call(nurse, 'GET', `/api/v1/consents/${consent.id}/signature`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const trail = await sealedTrail(t.database.db);
    const [createdEvent] = await trail
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'consent'), eq(auditEvents.entityId, consent.id)));
    expect(createdEvent?.changes).toMatchObject({ details: { documentHash: document.contentHash } });
    const viewed = await trail
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'consent_signature'), eq(auditEvents.entityId, consent.id)));
    expect(viewed).toHaveLength(1);
  });

  it('takes a scanned paper form (a JPEG) as the signature, and keeps its type', async () => {
    const patient = await makePatient(t, nurse);
    const scan = await sharp({ create: { width: 420, height: 594, channels: 3, background: '#fafafa' } })
      .jpeg()
      .toBuffer();
    const created = await call(physician, 'POST', `/api/v1/patients/${patient.id}/consents`, {
      ...(await consentBody()),
      signature: { method: 'paper', image: `data:image/jpeg;base64,${scan.toString('base64')}` },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().signatureMethod).toBe('paper');
    const image = await call(physician, 'GET', `/api/v1/consents/${created.json().id}/signature`);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.rawPayload.equals(scan)).toBe(true);
  });

  it('is refused, naming the field and writing nothing, when anything is missing or wrong', async () => {
    const patient = await makePatient(t, nurse);
    const body = await consentBody();
    const cases: [object, number, string][] = [
      [
        { explainedItems: body.explainedItems.filter((i) => i !== 'costs') },
        422,
        'explainedItems.costs:ITEM_NOT_EXPLAINED',
      ],
      [{ answers: { ...body.answers, treatment: false } }, 422, 'answers.treatment:TREATMENT_NOT_AGREED'],
      [
        { answers: { ...body.answers, cellStorage: null, cellStorageYears: null } },
        422,
        'answers.cellStorage:REQUIRED',
      ],
      [{ answers: { ...body.answers, cellStorageYears: null } }, 422, 'answers.cellStorageYears:REQUIRED'],
      [{ witnessName: null }, 422, 'witnessName:REQUIRED'],
      [{ witnessId: physician.id, witnessName: null }, 422, 'witnessId:WITNESS_IS_EXPLAINER'],
      [{ explainedBy: nurse.id }, 422, 'explainedBy:NOT_A_PHYSICIAN'],
      [
        { signature: { method: 'drawn', image: 'data:image/png;base64,AAAA' } },
        422,
        'signature.image:NOT_AN_IMAGE',
      ],
      [{ documentHash: 'f'.repeat(64) }, 409, 'documentHash:DOCUMENT_CHANGED'],
      [{ consentedOn: '2999-01-01' }, 422, 'consentedOn:IN_FUTURE'],
    ];
    for (const [change, status, error] of cases) {
      const before = await databaseSnapshot(t.database.db);
      const res = await call(physician, 'POST', `/api/v1/patients/${patient.id}/consents`, {
        ...body,
        ...change,
      });
      expect(res.statusCode, error).toBe(status);
      expect(fieldErrors(res.json()), error).toContain(error);
      expect(changedBetween(before, await databaseSnapshot(t.database.db)), error).toEqual([]);
    }
  });

  it('is taken only under a published edition, and only by staff who may record it', async () => {
    const patient = await makePatient(t, nurse);
    const draft = await makeConsentDocument(t, admin, fibroblastPlan.id);
    const underDraft = await call(physician, 'POST', `/api/v1/patients/${patient.id}/consents`, {
      ...(await consentBody()),
      documentId: draft.id,
    });
    expect(underDraft.statusCode).toBe(409);
    expect(underDraft.json().code).toBe('DOCUMENT_NOT_IN_USE');
    const byReception = await call(
      reception,
      'POST',
      `/api/v1/patients/${patient.id}/consents`,
      await consentBody(),
    );
    expect(byReception.statusCode).toBe(403);
    const elsewhere = await call(
      physicianB,
      'POST',
      `/api/v1/patients/${patient.id}/consents`,
      await consentBody(),
    );
    expect(elsewhere.statusCode).toBe(404);
  });

  it('refuses storage answers for PRP, which keeps nothing', async () => {
    const plan = await makeActivePlan(t, admin, physician.id, {
      therapy: 'prp',
      riskClass: 3,
      title: 'PRP保管なし',
    });
    const prpDocument = await makePublishedDocument(t, admin, plan.id);
    const patient = await makePatient(t, nurse);
    const res = await call(physician, 'POST', `/api/v1/patients/${patient.id}/consents`, {
      ...(await consentBody()),
      documentId: prpDocument.id,
      documentHash: prpDocument.contentHash,
    });
    expect(res.statusCode).toBe(422);
    expect(fieldErrors(res.json())).toContain('answers.cellStorage:NOT_APPLICABLE');
  });
});

describe('a withdrawal (acceptance 5)', () => {
  it('records its date, scope and the decision for each stored lot, which the cell bank reads back', async () => {
    const patient = await makePatient(t, nurse);
    const consent = await makeConsent(t, physician, patient.id, document, { consentedOn: yesterday() });
    const missingDecision = await call(nurse, 'POST', `/api/v1/consents/${consent.id}/withdraw`, {
      scopes: ['cell_storage'],
    });
    expect(missingDecision.statusCode).toBe(422);
    expect(fieldErrors(missingDecision.json())).toContain('defaultLotDecision:REQUIRED');

    const withdrawn = await call(nurse, 'POST', `/api/v1/consents/${consent.id}/withdraw`, {
      scopes: ['cell_storage'],
      defaultLotDecision: 'keep_until_term_ends',
      lotDecisions: [{ lotNumber: 'W1234 26 000123', decision: 'dispose' }],
      reason: '転居のため',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ withdrawnScopes: ['cell_storage'], treatmentWithdrawnOn: null });
    // Treatment is still consented to: the gate lets it through.
    expect((await eligibility(patient.id, 'fibroblast')).json().eligible).toBe(true);

    const ctx = systemContext('cell bank', clinicA);
    await expect(storedLotDecision(t.database.db, ctx, patient.id, 'W1234 26 000123')).resolves.toMatchObject(
      {
        decision: 'dispose',
      },
    );
    await expect(storedLotDecision(t.database.db, ctx, patient.id, 'W1234 26 000999')).resolves.toMatchObject(
      {
        decision: 'keep_until_term_ends',
      },
    );
    const other = await makePatient(t, nurse);
    await expect(storedLotDecision(t.database.db, ctx, other.id, 'W1234 26 000123')).resolves.toBeNull();

    const again = await call(nurse, 'POST', `/api/v1/consents/${consent.id}/withdraw`, {
      scopes: ['cell_storage'],
      defaultLotDecision: 'dispose',
    });
    expect(again.statusCode).toBe(422);
    expect(fieldErrors(again.json())).toContain('scopes:NOT_IN_FORCE');

    const listed = await call(reception, 'GET', `/api/v1/consents/${consent.id}/withdrawals`);
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        scopes: ['cell_storage'],
        defaultLotDecision: 'keep_until_term_ends',
        lotDecisions: [{ lotNumber: 'W1234 26 000123', decision: 'dispose' }],
        reason: '転居のため',
      }),
    ]);
    const trail = await sealedTrail(t.database.db);
    const [event] = await trail
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'withdraw'), eq(auditEvents.entityId, consent.id)));
    expect(event?.reason).toBe('転居のため');
  });

  it('of only the advertising use of photos leaves the treatment and the rest in force', async () => {
    const patient = await makePatient(t, nurse);
    const consent = await makeConsent(t, physician, patient.id, document, {
      answers: { ...(await consentBody()).answers, photoAdvertising: true },
    });
    const res = await call(nurse, 'POST', `/api/v1/consents/${consent.id}/withdraw`, {
      scopes: ['photo_advertising'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().scopesInForce).not.toContain('photo_advertising');
    expect(res.json().scopesInForce).toContain('treatment');
    const timeline = await call(reception, 'GET', `/api/v1/patients/${patient.id}/timeline`);
    const entry = timeline.json().entries.find((e: { kind: string }) => e.kind === 'consent');
    // The timeline says the edition signed and what the withdrawal took away.
    expect(entry.summary).toMatchObject({
      edition: document.edition,
      therapy: 'fibroblast',
      withdrawnScopes: ['photo_advertising'],
    });
  });
});

const consentBody = () => consentPayload(document);
