import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, OptionalText, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { CONSENT_ITEMS, DOCUMENT_STATUSES } from './enums.ts';
import type { ConsentDocumentRow } from './queries.ts';
import type { ConsentDocumentService } from './service.ts';

const ItemSection = z
  .object({
    item: z.enum(CONSENT_ITEMS),
    section: z.string().trim().min(1).max(200).describe('The heading in the Japanese text that explains it'),
  })
  .strict()
  .meta({ id: 'ConsentItemSection' });

const ConsentDocument = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    edition: z.number().int().describe('第N版: numbered per plan'),
    titleJa: z.string(),
    bodyJa: z.string().describe('Markdown'),
    titleEn: z.string().nullable(),
    bodyEn: z.string().nullable(),
    items: z.array(z.object({ item: z.enum(CONSENT_ITEMS), section: z.string() })),
    status: z.enum(DOCUMENT_STATUSES),
    contentHash: z.string().nullable().describe('SHA-256 of the published text (rules.documentHash)'),
    publishedAt: z.string().nullable(),
    revisionNote: z.string().nullable(),
    retiredReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ConsentDocument' });

const ConsentTemplate = z
  .object({
    titleJa: z.string(),
    bodyJa: z.string().describe('Markdown, with 「［要記入：…］」 where only the clinic knows what to write'),
    items: z.array(z.object({ item: z.enum(CONSENT_ITEMS), section: z.string() })),
  })
  .meta({ id: 'ConsentDocumentTemplate' });

const Body = z.string().trim().min(1).max(100_000);
const DraftDocument = z
  .object({
    titleJa: z.string().trim().min(1).max(200),
    bodyJa: Body,
    titleEn: OptionalText(200),
    bodyEn: OptionalText(100_000),
    items: z.array(ItemSection).max(30).optional(),
  })
  .strict();
const EditDocument = z
  .object({
    titleJa: z.string().trim().min(1).max(200).optional(),
    bodyJa: Body.optional(),
    titleEn: OptionalText(200),
    bodyEn: OptionalText(100_000),
    items: z.array(ItemSection).max(30).optional(),
    version: Version,
  })
  .strict();

const PlanParams = z.object({ planId: z.uuid() });

const toDocument = (row: ConsentDocumentRow) => ({
  ...row,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Explanation and consent documents (説明文書・同意文書), versioned per plan. */
export const consentDocumentRoutes =
  (documents: ConsentDocumentService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['consents'];
    const read = { access: 'plans:read', scope: 'facility' } as const;
    const manage = { access: 'plans:manage', scope: 'facility' } as const;

    app.get(
      '/plans/:planId/consent-documents',
      {
        config: read,
        schema: {
          tags,
          summary: "Every edition of the plan's explanation document, newest first",
          params: PlanParams,
          response: { 200: z.object({ items: z.array(ConsentDocument) }) },
        },
      },
      async (request) => ({
        items: (await documents.listForPlan(requestContext(request), request.params.planId)).map(toDocument),
      }),
    );

    app.get(
      '/plans/:planId/consent-documents/template',
      {
        config: read,
        schema: {
          tags,
          summary:
            "The shipped explanation document for the plan's therapy, filled from the plan: the first edition's starting point",
          params: PlanParams,
          response: { 200: ConsentTemplate },
        },
      },
      async (request) => documents.template(requestContext(request), request.params.planId),
    );

    app.post(
      '/plans/:planId/consent-documents',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Draft the next edition (Markdown, with the checklist of required items)',
          params: PlanParams,
          body: DraftDocument,
          response: { 201: ConsentDocument },
        },
      },
      async (request, reply) => {
        const document = await documents.draft(requestContext(request), request.params.planId, request.body);
        return reply
          .status(201)
          .header('location', `/api/v1/consent-documents/${document.id}`)
          .send(toDocument(document));
      },
    );

    app.get(
      '/consent-documents/:id',
      {
        config: read,
        schema: { tags, summary: 'Read one edition', params: IdParams, response: { 200: ConsentDocument } },
      },
      async (request) => toDocument(await documents.get(requestContext(request), request.params.id)),
    );

    app.patch(
      '/consent-documents/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Edit a draft; a published edition is never changed',
          params: IdParams,
          body: EditDocument,
          response: { 200: ConsentDocument },
        },
      },
      async (request) =>
        toDocument(await documents.edit(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/consent-documents/:id/publish',
      {
        config: manage,
        schema: {
          tags,
          summary:
            'Publish a draft: refused (422 DOCUMENT_INCOMPLETE, naming each item) while a required item is not covered',
          params: IdParams,
          body: z
            .object({
              version: Version,
              revisionNote: z
                .string()
                .trim()
                .min(1)
                .max(1000)
                .describe('What this edition changed (改訂内容); "初版" for the first'),
            })
            .strict(),
          response: { 200: ConsentDocument },
        },
      },
      async (request) =>
        toDocument(await documents.publish(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/consent-documents/:id/retire',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Take no new consent under this edition; signed consents keep pointing at it',
          params: IdParams,
          body: z.object({ version: Version, reason: Reason }).strict(),
          response: { 200: ConsentDocument },
        },
      },
      async (request) =>
        toDocument(await documents.retire(requestContext(request), request.params.id, request.body)),
    );
  };
