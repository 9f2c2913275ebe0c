import sharp from 'sharp';
import {
  ECCA_TYPES,
  type EccaTypeKey,
  GOODMAN_COUNTED_LESIONS,
  type GoodmanCountedLesionKey,
} from '../domain/scar-scales.ts';
import type { AssessmentInput } from '../modules/assessments/service.ts';
import { CONSENT_ITEMS } from '../modules/consents/enums.ts';
import type { ConsultationInput } from '../modules/consultations/service.ts';
import { createFacilityService } from '../modules/facilities/service.ts';
import type { PatientInput } from '../modules/patients/service.ts';
import { multipartForm, phoneJpeg } from '../modules/photos/test-photos.ts';
import { systemContext } from '../platform/actor.ts';
import type { Role } from '../platform/permissions.ts';
import { makeSignedIn, type SignedInUser } from './sessions.ts';
import type { TestApp } from './test-app.ts';

let sequence = 0;

export async function makeClinic(t: TestApp, name = 'テスト皮膚科') {
  return createFacilityService(t.database.db).createFacility(systemContext('test'), { kind: 'clinic', name });
}

/** A signed-in member of `facilityId` with these roles. */
export const makeStaff = (t: TestApp, facilityId: string, roles: Role[]) =>
  makeSignedIn(t, roles, { facilityIds: [facilityId] });

export const patientInput = (overrides: Partial<PatientInput> = {}): PatientInput => {
  sequence += 1;
  return {
    familyName: '見本',
    givenName: `太郎${sequence}`,
    familyNameKana: 'みほん',
    givenNameKana: `たろう${'ー'.repeat(sequence % 5)}${sequence}`.replace(/\d/g, ''),
    birthDate: '1990-05-01',
    sex: 'male',
    ...overrides,
  };
};

/** Registers a patient through the API, as reception does; answers the created record. */
export async function makePatient(t: TestApp, staff: SignedInUser, overrides: Partial<PatientInput> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/patients',
    headers: staff.headers,
    payload: { ...patientInput(overrides), confirmDuplicate: true },
  });
  if (res.statusCode !== 201) throw new Error(`makePatient: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; patientNumber: string; version: number } & Record<string, unknown>;
}

/** Goodman & Baron counts for every lesion type, 0 unless given: the API wants each one. */
export const goodmanCounts = (
  counts: Partial<Record<GoodmanCountedLesionKey, number>> = {},
): Record<GoodmanCountedLesionKey, number> => ({
  ...(Object.fromEntries(GOODMAN_COUNTED_LESIONS.map((row) => [row.key, 0])) as Record<
    GoodmanCountedLesionKey,
    number
  >),
  ...counts,
});

/** ECCA grades for every scar type, 0 unless given. */
export const eccaGrades = (
  grades: Partial<Record<EccaTypeKey, number>> = {},
): Record<EccaTypeKey, number> => ({
  ...(Object.fromEntries(ECCA_TYPES.map((row) => [row.key, 0])) as Record<EccaTypeKey, number>),
  ...grades,
});

type Recorded = { id: string; version: number; patientId: string } & Record<string, unknown>;

/**
 * Records a consultation through the API. The physician defaults to `staff` when a physician; a
 * nurse's or anyone else's call must name one in `overrides.physicianId`.
 */
export async function makeConsultation(
  t: TestApp,
  staff: SignedInUser,
  patientId: string,
  overrides: Partial<ConsultationInput> = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/consultations`,
    headers: staff.headers,
    payload: { chiefComplaint: '頬の陥凹性瘢痕', plan: 'prp', ...overrides },
  });
  if (res.statusCode !== 201) throw new Error(`makeConsultation: ${res.statusCode} ${res.body}`);
  return res.json() as Recorded;
}

/** Records a scar assessment through the API; by default only a Goodman & Baron qualitative grade. */
export async function makeAssessment(
  t: TestApp,
  staff: SignedInUser,
  patientId: string,
  overrides: Partial<AssessmentInput> = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/assessments`,
    headers: staff.headers,
    payload: { goodmanQualitative: 3, ...overrides },
  });
  if (res.statusCode !== 201) throw new Error(`makeAssessment: ${res.statusCode} ${res.body}`);
  return res.json() as Recorded;
}

/** Uploads a clinical photo through the API (a phone JPEG of its own colour unless `image` is given). */
export async function makePhoto(
  t: TestApp,
  staff: SignedInUser,
  patientId: string,
  fields: Record<string, string> = {},
  image?: Buffer,
) {
  const form = multipartForm({ view: 'front', ...fields }, { bytes: image ?? (await phoneJpeg()) });
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/photos`,
    headers: { ...staff.headers, ...form.headers },
    payload: form.payload,
  });
  if (res.statusCode !== 201) throw new Error(`makePhoto: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; contentHash: string; thumbnailHash: string } & Record<string, unknown>;
}

/** Drafts a provision plan through the API (a class II fibroblast plan unless told otherwise). */
export async function makePlan(t: TestApp, staff: SignedInUser, body: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/plans',
    headers: staff.headers,
    payload: {
      therapy: 'fibroblast',
      riskClass: 2,
      title: '自家培養真皮線維芽細胞移植によるにきび瘢痕の治療',
      ...body,
    },
  });
  if (res.statusCode !== 201) throw new Error(`makePlan: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; status: string } & Record<string, unknown>;
}

/** The Japanese explanation text of a consent document covering every required item, and its checklist. */
export function completeExplanation() {
  const sections = [
    ['therapy_content', '治療の内容'],
    ['effects_and_risks', '期待される効果と危険'],
    ['alternatives', 'ほかの治療法との比較'],
    ['voluntary_participation', '同意は任意です'],
    ['how_to_withdraw', '同意の撤回'],
    ['privacy', '個人情報の保護'],
    ['costs', '費用'],
    ['individual_variation', '効果には個人差があります'],
    ['cells_and_samples', '細胞と試料の保管・廃棄'],
    ['review_committee', '審査した委員会'],
    ['contact_and_complaints', 'お問い合わせ・苦情の窓口'],
  ] as const;
  return {
    titleJa: '自家培養真皮線維芽細胞移植についての説明書',
    bodyJa: sections.map(([, heading]) => `## ${heading}\n\n${heading}について説明します。\n`).join('\n'),
    items: sections.map(([item, section]) => ({ item, section })),
  };
}

/** Drafts a consent document of the plan through the API (complete unless told otherwise). */
export async function makeConsentDocument(
  t: TestApp,
  staff: SignedInUser,
  planId: string,
  body: Record<string, unknown> = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/plans/${planId}/consent-documents`,
    headers: staff.headers,
    payload: { ...completeExplanation(), ...body },
  });
  if (res.statusCode !== 201) throw new Error(`makeConsentDocument: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; edition: number; status: string } & Record<
    string,
    unknown
  >;
}

let planNumbers = 0;

/**
 * A plan accepted and in force: drafted, filled with what the acceptance notice says, activated
 * (the caller administers the facility; `physicianId` is named responsible).
 */
export async function makeActivePlan(
  t: TestApp,
  admin: SignedInUser,
  physicianId: string,
  body: Record<string, unknown> = {},
) {
  planNumbers += 1;
  const plan = await makePlan(t, admin, {
    planNumber: `PB3${String(250000 + planNumbers).padStart(6, '0')}`,
    committeeName: '東京再生医療等委員会',
    committeeNumber: 'NA8150001',
    submittedOn: '2025-02-01',
    acceptedOn: '2025-04-01',
    responsiblePhysicianId: physicianId,
    ...body,
  });
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/plans/${plan.id}/status`,
    headers: admin.headers,
    payload: { status: 'active', reason: '地方厚生局にて受理', version: plan.version },
  });
  if (res.statusCode !== 200) throw new Error(`makeActivePlan: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; status: string; therapy: string } & Record<
    string,
    unknown
  >;
}

/** A small form: a yes/no that raises the allergy warning, and its follow-up. */
export const allergyQuestions = () => [
  {
    id: 'allergy',
    kind: 'yes_no',
    textJa: 'アレルギーはありますか',
    warning: { code: 'allergy', when: [true] },
  },
  {
    id: 'allergy_detail',
    kind: 'text',
    textJa: '何に対してですか',
    showIf: { questionId: 'allergy', equals: true },
  },
];

/** Drafts a questionnaire form through the API and publishes it (by an administrator or QA). */
export async function makePublishedTemplate(
  t: TestApp,
  manager: SignedInUser,
  body: Record<string, unknown> = {},
) {
  const draft = await t.app.inject({
    method: 'POST',
    url: '/api/v1/questionnaire-templates',
    headers: manager.headers,
    payload: { titleJa: '問診票', questions: allergyQuestions(), ...body },
  });
  if (draft.statusCode !== 201) throw new Error(`makePublishedTemplate: ${draft.statusCode} ${draft.body}`);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/questionnaire-templates/${draft.json().id}/publish`,
    headers: manager.headers,
    payload: { version: draft.json().version, revisionNote: '初版' },
  });
  if (res.statusCode !== 200) throw new Error(`makePublishedTemplate: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; seriesId: string; contentHash: string } & Record<
    string,
    unknown
  >;
}

/** A complete consent document of the plan, published: what a patient signs under. */
export async function makePublishedDocument(t: TestApp, admin: SignedInUser, planId: string) {
  const draft = await makeConsentDocument(t, admin, planId);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/consent-documents/${draft.id}/publish`,
    headers: admin.headers,
    payload: { version: draft.version, revisionNote: '初版' },
  });
  if (res.statusCode !== 200) throw new Error(`makePublishedDocument: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; contentHash: string; edition: number; version: number };
}

/** A signature as the tablet's pad sends it: a real PNG, a dark stroke on white (drawn once per test file). */
let drawn: Promise<string> | undefined;
export function drawnSignature(): Promise<string> {
  drawn ??= sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#fff"/><path d="M20 70 C60 10 90 90 140 40 S220 80 280 30" stroke="#123" stroke-width="4" fill="none"/></svg>',
    ),
  )
    .png()
    .toBuffer()
    .then((png) => `data:image/png;base64,${png.toString('base64')}`);
  return drawn;
}

/** Every explanation item, walked through. */
export const ALL_ITEMS_EXPLAINED = [...CONSENT_ITEMS];

/** What the tablet sends at the end of a consent walk: fibroblast answers, every item, a witness, a drawn signature. */
export async function consentPayload(document: { id: string; contentHash: string }) {
  return {
    documentId: document.id,
    documentHash: document.contentHash,
    answers: {
      treatment: true,
      cellStorage: true as boolean | null,
      cellStorageYears: 5 as number | null,
      photoClinical: true,
      photoAcademic: false,
      photoAdvertising: false,
      followUpContact: true,
    },
    explainedItems: ALL_ITEMS_EXPLAINED as string[],
    witnessName: '田中 花子（母）' as string | null,
    signature: { method: 'drawn', image: await drawnSignature() },
  };
}

/** A signed consent of the patient under a published document (fibroblast answers unless told otherwise). */
export async function makeConsent(
  t: TestApp,
  physician: SignedInUser,
  patientId: string,
  document: { id: string; contentHash: string },
  body: Record<string, unknown> = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/consents`,
    headers: physician.headers,
    payload: { ...(await consentPayload(document)), ...body },
  });
  if (res.statusCode !== 201) throw new Error(`makeConsent: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; documentHash: string } & Record<string, unknown>;
}

/** Starts a patient's questionnaire on a published template, through the API. */
export async function makeQuestionnaire(
  t: TestApp,
  staff: SignedInUser,
  patientId: string,
  templateId: string,
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/questionnaires`,
    headers: staff.headers,
    payload: { templateId },
  });
  if (res.statusCode !== 201) throw new Error(`makeQuestionnaire: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; progress: string } & Record<string, unknown>;
}

/** A supply item of the caller's facility (a PRP kit unless told otherwise). */
export async function makeSupplyItem(t: TestApp, staff: SignedInUser, body: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/supply-items',
    headers: staff.headers,
    payload: { name: 'PRPキット', kind: 'kit', unit: 'キット', storageCondition: 'room', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`makeSupplyItem: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; gtin: string | null } & Record<string, unknown>;
}

let lotSequence = 0;

/** A lot received into quarantine; `release: true` has a QA member release it as well. */
export async function receiveSupplyLot(
  t: TestApp,
  staff: SignedInUser,
  itemId: string,
  body: Record<string, unknown> = {},
  release?: SignedInUser,
) {
  lotSequence += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/supply-lots',
    headers: staff.headers,
    payload: {
      itemId,
      lotNumber: `LOT${lotSequence}`,
      expiresOn: '2030-12-31',
      quantityReceived: 10,
      ...body,
    },
  });
  if (res.statusCode !== 201) throw new Error(`receiveSupplyLot: ${res.statusCode} ${res.body}`);
  const lot = res.json() as { id: string; version: number; lotNumber: string } & Record<string, unknown>;
  if (!release) return lot;
  const released = await t.app.inject({
    method: 'POST',
    url: `/api/v1/supply-lots/${lot.id}/release`,
    headers: release.headers,
    payload: { version: lot.version },
  });
  if (released.statusCode !== 200) throw new Error(`release: ${released.statusCode} ${released.body}`);
  return released.json() as typeof lot;
}

export async function makeStoragePlace(t: TestApp, staff: SignedInUser, body: Record<string, unknown> = {}) {
  lotSequence += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/storage-places',
    headers: staff.headers,
    payload: { name: `処置室冷蔵庫${lotSequence}`, kind: 'fridge', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`makeStoragePlace: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number } & Record<string, unknown>;
}

/** Attaches a certificate of analysis (a PDF unless other bytes are given). */
export async function attachCertificate(
  t: TestApp,
  staff: SignedInUser,
  lotId: string,
  bytes = minimalPdf(),
) {
  const form = multipartForm({}, { bytes, filename: 'coa.pdf', contentType: 'application/pdf' });
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/supply-lots/${lotId}/certificate`,
    headers: { ...staff.headers, ...form.headers },
    payload: form.payload,
  });
}

/** The smallest file that starts as a PDF does (`%PDF-`): what the certificate check reads. */
export const minimalPdf = () => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
