import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, IdParams, OptionalText, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { CONSENT_ITEMS } from '../consents/enums.ts';
import { NamedStaff, RecordDay, recordFields, registerRecordRoutes } from '../records/routes.ts';
import { CONSENT_SCOPES, LOT_DECISIONS, SIGNATURE_METHODS } from './enums.ts';
import { MAX_STORAGE_YEARS } from './rules.ts';
import type { PatientConsent, PatientConsentService } from './service.ts';

const Answers = z
  .object({
    treatment: z.boolean().describe('Must be true: a consent record is consent to the treatment'),
    cellStorage: z.boolean().nullable().describe('Fibroblast: keep the cells for later; PRP: null'),
    cellStorageYears: z.number().int().min(1).max(MAX_STORAGE_YEARS).nullable(),
    photoClinical: z.boolean().describe('Photos in the clinical record'),
    photoAcademic: z.boolean().describe('Photos in academic presentations and papers, unidentifiable'),
    photoAdvertising: z.boolean().describe('Photos on the public site and in advertising'),
    followUpContact: z.boolean().describe('Contact for the follow-up the plan defines'),
  })
  .strict()
  .meta({ id: 'ConsentAnswers' });

const PatientConsentSchema = z
  .object({
    ...recordFields,
    consentedOn: DateOnly,
    planId: z.uuid(),
    documentId: z.uuid(),
    documentHash: z.string().describe('SHA-256 of the edition as signed (equal to its contentHash, forever)'),
    ...Answers.shape,
    explainedItems: z.array(z.string()),
    explainedBy: z.uuid(),
    explainedByName: z.string(),
    witnessId: z.uuid().nullable(),
    witnessName: z.string().nullable(),
    signatureMethod: z.enum(SIGNATURE_METHODS),
    signedAt: z.string(),
    withdrawnScopes: z.array(z.enum(CONSENT_SCOPES)),
    treatmentWithdrawnOn: DateOnly.nullable(),
    scopesInForce: z.array(z.enum(CONSENT_SCOPES)).describe('Agreed and not withdrawn'),
  })
  .meta({ id: 'PatientConsent' });

const RecordConsent = z
  .object({
    consentedOn: RecordDay,
    documentId: z.uuid().describe('A published edition of an active plan of this facility'),
    documentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        examples: ['0'.repeat(64)],
        description:
          'The contentHash of the text shown to the patient; refused as DOCUMENT_CHANGED if not the published one',
      }),
    answers: Answers,
    explainedItems: z
      .array(z.enum(CONSENT_ITEMS))
      .max(CONSENT_ITEMS.length)
      .describe('Each item the physician walked through; all are required'),
    explainedBy: NamedStaff('The physician who explained; default: the caller, when a physician'),
    witnessId: z.uuid().nullish().describe('A member of staff who witnessed the signature'),
    witnessName: OptionalText(100).describe('Or a witness who is not staff, by name'),
    signature: z
      .object({
        method: z.enum(SIGNATURE_METHODS),
        image: z
          .string()
          .max(3_000_000)
          .describe('data:image/png;base64,… (drawn) or a PNG/JPEG scan of the signed paper form'),
      })
      .strict(),
  })
  .strict();

const Withdraw = z
  .object({
    withdrawnOn: DateOnly.optional().describe('Default: today in Japan'),
    scopes: z.array(z.enum(CONSENT_SCOPES)).min(1).max(CONSENT_SCOPES.length),
    reason: OptionalText(500).describe('Only if the patient gave one: withdrawing needs no reason'),
    defaultLotDecision: z
      .enum(LOT_DECISIONS)
      .nullish()
      .describe(
        'For every stored lot not named below; required when cells are stored and treatment or storage is withdrawn',
      ),
    lotDecisions: z
      .array(
        z.object({ lotNumber: z.string().trim().min(1).max(40), decision: z.enum(LOT_DECISIONS) }).strict(),
      )
      .max(100)
      .optional(),
    version: Version.optional(),
  })
  .strict();

const Withdrawal = z
  .object({
    id: z.uuid(),
    consentId: z.uuid(),
    withdrawnOn: DateOnly,
    scopes: z.array(z.enum(CONSENT_SCOPES)),
    reason: z.string().nullable(),
    defaultLotDecision: z.enum(LOT_DECISIONS).nullable(),
    lotDecisions: z.array(z.object({ lotNumber: z.string(), decision: z.enum(LOT_DECISIONS) })),
    recordedBy: z.uuid().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ConsentWithdrawal' });

const toConsent = (c: PatientConsent) => ({
  ...c,
  signedAt: c.signedAt.toISOString(),
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

/** Registered under /api/v1/patients/{patientId}/consents and /api/v1/consents. */
export const patientConsentRoutes =
  (consents: PatientConsentService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['consents'];
    const access = { read: 'consents:read', write: 'consents:write' } as const;
    registerRecordRoutes(app, {
      collection: 'consents',
      tags,
      item: PatientConsentSchema,
      present: toConsent,
      access,
      operations: {
        create: {
          summary: 'Record a signed consent: every scope answered, the signature, the document hash',
          body: RecordConsent,
          run: consents.create,
        },
        list: { summary: "A patient's consents, newest first (logged)", run: consents.list },
        get: { summary: 'Read a consent (logged)', run: consents.get },
        void: {
          summary: 'Void a consent recorded in error (a withdrawal by the patient is /withdraw)',
          run: consents.void,
        },
      },
    });

    app.post(
      '/consents/:id/withdraw',
      {
        config: { access: access.write, scope: 'facility' },
        schema: {
          tags,
          summary: 'Record that the patient withdraws all or part of a consent, and each stored lot’s fate',
          params: IdParams,
          body: Withdraw,
          response: { 200: PatientConsentSchema },
        },
      },
      async (request) =>
        toConsent(await consents.withdraw(requestContext(request), request.params.id, request.body)),
    );

    app.get(
      '/consents/:id/withdrawals',
      {
        config: { access: access.read, scope: 'facility' },
        schema: {
          tags,
          summary: "A consent's withdrawals, oldest first (logged)",
          params: IdParams,
          response: { 200: z.object({ items: z.array(Withdrawal) }) },
        },
      },
      async (request) => {
        const rows = await consents.withdrawals(requestContext(request), request.params.id);
        return { items: rows.map((w) => ({ ...w, recordedAt: w.recordedAt.toISOString() })) };
      },
    );

    app.get(
      '/consents/:id/signature',
      {
        config: { access: access.read, scope: 'facility' },
        schema: {
          tags,
          summary: 'The signature as given: PNG drawn, or the scanned form (logged); ETag is its SHA-256',
          params: IdParams,
          response: {
            200: {
              description: 'PNG or JPEG bytes',
              content: {
                'image/png': { schema: z.string().meta({ format: 'binary' }) },
                'image/jpeg': { schema: z.string().meta({ format: 'binary' }) },
              },
            },
          },
        },
      },
      async (request, reply) =>
        sendSignature(reply, await consents.signature(requestContext(request), request.params.id)),
    );
  };

/** Never cached: each view asks again, so each lands in the access log. */
function sendSignature(
  reply: FastifyReply,
  signature: { mediaType: string; imageHash: string; image: Buffer },
) {
  return reply
    .type(signature.mediaType)
    .header('etag', `"${signature.imageHash}"`)
    .header('cache-control', 'private, no-store')
    .send(signature.image);
}
