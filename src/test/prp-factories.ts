import { makeActivePlan, makeConsent, makePublishedDocument } from './factories.ts';
import type { SignedInUser } from './sessions.ts';
import type { TestApp } from './test-app.ts';

/** A PRP consent's answers: nothing is stored, so no storage scope. */
export const prpConsentAnswers = () => ({
  treatment: true,
  cellStorage: null,
  cellStorageYears: null,
  photoClinical: true,
  photoAcademic: false,
  photoAdvertising: false,
  followUpContact: true,
});

/** An active class III PRP plan of the admin's facility with a published explanation document. */
export async function makePrpPlan(
  t: TestApp,
  admin: SignedInUser,
  physicianId: string,
  body: Record<string, unknown> = {},
) {
  const plan = await makeActivePlan(t, admin, physicianId, {
    therapy: 'prp',
    riskClass: 3,
    title: 'PRP療法',
    ...body,
  });
  const document = await makePublishedDocument(t, admin, plan.id);
  return { plan, document };
}

/** The patient consents to PRP under the document (so the gate lets a session through). */
export const makePrpConsent = (
  t: TestApp,
  physician: SignedInUser,
  patientId: string,
  document: { id: string; contentHash: string },
) => makeConsent(t, physician, patientId, document, { answers: prpConsentAnswers() });

/** A session started at the chair through the API (the patient must have passed the gate). */
export async function makePrpSession(t: TestApp, staff: SignedInUser, patientId: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${patientId}/prp-sessions`,
    headers: staff.headers,
    payload: {},
  });
  if (res.statusCode !== 201) throw new Error(`makePrpSession: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number } & Record<string, unknown>;
}
