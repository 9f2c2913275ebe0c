import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DateOnly,
  IdParams,
  ListQuery,
  listOf,
  OptionalText,
  Reason,
  Version,
} from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { FILE_FIELD, readUploadForm, uploadLimits } from '../photos/upload.ts';
import { CERTIFICATE_TYPES, LOT_STATUSES, SUPPLY_KINDS } from './enums.ts';
import { SupplyItem, toItem } from './items.routes.ts';
import type { LotPresented, SupplyService } from './service.ts';

/** Certificates of analysis: PDF, PNG or JPEG up to 10 MB (issue 22). */
export const CERTIFICATE_MAX_MB = 10;

const Quantity = z.number().int().min(1).max(1_000_000);

const Certificate = z.object({
  type: z.enum(CERTIFICATE_TYPES).nullable(),
  size: z.number().int().nullable(),
  name: z.string().nullable(),
  uploadedAt: z.string().nullable(),
  url: z.string(),
});

const SupplyLot = z
  .object({
    id: z.uuid(),
    itemId: z.uuid(),
    itemName: z.string(),
    itemKind: z.enum(SUPPLY_KINDS),
    unit: z.string(),
    gtin: z.string().nullable(),
    lotNumber: z.string(),
    expiresOn: DateOnly,
    daysToExpiry: z.number().int().describe('Negative once expired'),
    expired: z.boolean(),
    quantityReceived: z.number().int(),
    quantityRemaining: z.number().int(),
    receivedOn: DateOnly,
    receivedBy: z.uuid().nullable(),
    receivedByName: z.string().nullable(),
    status: z.enum(LOT_STATUSES),
    decidedBy: z.uuid().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    storagePlaceId: z.uuid().nullable(),
    storagePlaceName: z.string().nullable(),
    note: z.string().nullable(),
    certificate: Certificate.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SupplyLot' });

const ReceiveLot = z
  .object({
    itemId: z.uuid(),
    lotNumber: z.string().trim().min(1).max(20).describe('As on the label (GS1 AI 10: up to 20 characters)'),
    expiresOn: DateOnly,
    quantityReceived: Quantity,
    receivedOn: DateOnly.optional().describe('Default: today in Japan'),
    storagePlaceId: z.uuid().nullish(),
    note: OptionalText(1000),
  })
  .strict();
const CorrectLot = z
  .object({
    version: Version,
    reason: Reason,
    lotNumber: z.string().trim().min(1).max(20).optional(),
    expiresOn: DateOnly.optional(),
    storagePlaceId: z.uuid().nullish(),
    note: OptionalText(1000),
  })
  .strict();
const Release = z.object({ version: Version, note: OptionalText(500) }).strict();
const Reject = z.object({ version: Version, reason: Reason }).strict();
const StockCount = z
  .object({ version: Version, countedQuantity: z.number().int().min(0).max(1_000_000), reason: Reason })
  .strict();
const CertificateFields = z.object({ name: OptionalText(200) }).strict();
const CertificateForm = CertificateFields.extend({
  [FILE_FIELD]: z.file().describe('PDF, PNG or JPEG, told apart by content; at most 10 MB'),
});

const LotListQuery = ListQuery.extend({
  itemId: z.uuid().optional(),
  status: z.enum(LOT_STATUSES).optional(),
  expiringWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .describe('Lots with stock, not rejected, expiring within N days (expired ones included)'),
}).strict();
const ScanQuery = z
  .object({ code: z.string().min(1).max(200).describe('What the scanner typed: a GS1 element string') })
  .strict();

const LotUseRow = z
  .object({
    id: z.uuid(),
    quantity: z.number().int(),
    entityType: z.string(),
    entityId: z.uuid(),
    field: z.string(),
    usedOn: DateOnly,
    patientId: z.uuid().nullable(),
    patientNumber: z.string().nullable(),
    patientName: z.string().nullable(),
    usedByName: z.string().nullable(),
  })
  .meta({ id: 'SupplyLotUse' });

const ScanResult = z
  .object({
    gtin: z.string().nullable(),
    lotNumber: z.string().nullable(),
    expiresOn: DateOnly.nullable(),
    productionDate: DateOnly.nullable(),
    serial: z.string().nullable(),
    elements: z.array(z.object({ ai: z.string(), value: z.string() })),
    item: SupplyItem.nullable().describe('The item with this GTIN, when the facility has one'),
    lot: SupplyLot.nullable().describe('The lot of that item with this number, when received'),
  })
  .meta({ id: 'SupplyScan' });

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const toLot = (lot: LotPresented) => ({
  ...lot,
  decidedAt: iso(lot.decidedAt),
  createdAt: lot.createdAt.toISOString(),
  updatedAt: lot.updatedAt.toISOString(),
  certificate: lot.certificate && { ...lot.certificate, uploadedAt: iso(lot.certificate.uploadedAt) },
});

const Binary = z.string().meta({ format: 'binary' });
const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/** Supply items and lots (issue 22): facility records, read by clinical and CPC staff. */
export const supplyRoutes =
  (supplies: SupplyService): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(fastifyMultipart, { limits: uploadLimits(CERTIFICATE_MAX_MB * 1024 * 1024) });
    const tags = ['supplies'];
    const read = { access: 'supplies:read', scope: 'facility' } as const;
    const write = { access: 'supplies:write', scope: 'facility' } as const;
    const release = { access: 'supplies:release', scope: 'facility' } as const;

    app.get(
      '/supply-lots',
      {
        config: read,
        schema: {
          tags,
          summary: 'Lots, first to expire first',
          querystring: LotListQuery,
          response: { 200: listOf(SupplyLot) },
        },
      },
      async (request) => {
        const { itemId, status, expiringWithinDays, ...page } = request.query;
        const list = await supplies.listLots(
          requestContext(request),
          { itemId, status, expiringWithinDays },
          page,
        );
        return { items: list.items.map(toLot), nextCursor: list.nextCursor };
      },
    );

    app.get(
      '/supply-lots/scan',
      {
        config: read,
        schema: {
          tags,
          summary:
            'Read a scanned GS1 label (AIs 01, 10, 17; 11 and 21 read too): the item and the lot if known',
          querystring: ScanQuery,
          response: { 200: ScanResult },
        },
      },
      async (request) => {
        const scan = await supplies.scan(requestContext(request), request.query.code);
        return { ...scan, item: scan.item && toItem(scan.item), lot: scan.lot && toLot(scan.lot) };
      },
    );

    app.post(
      '/supply-lots',
      {
        config: write,
        schema: {
          tags,
          summary: 'Receive a lot (it waits in quarantine for QA)',
          body: ReceiveLot,
          response: { 201: SupplyLot },
        },
      },
      async (request, reply) => {
        const lot = await supplies.receive(requestContext(request), request.body);
        return reply.status(201).header('location', `/api/v1/supply-lots/${lot.id}`).send(toLot(lot));
      },
    );

    app.get(
      '/supply-lots/:id',
      { config: read, schema: { tags, summary: 'One lot', params: IdParams, response: { 200: SupplyLot } } },
      async (request) => toLot(await supplies.getLot(requestContext(request), request.params.id)),
    );

    app.patch(
      '/supply-lots/:id',
      {
        config: write,
        schema: {
          tags,
          summary: 'Correct a lot as received (with the reason)',
          params: IdParams,
          body: CorrectLot,
          response: { 200: SupplyLot },
        },
      },
      async (request) =>
        toLot(await supplies.correctLot(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/supply-lots/:id/release',
      {
        config: release,
        schema: {
          tags,
          summary: 'QA releases a lot in quarantine for use',
          params: IdParams,
          body: Release,
          response: { 200: SupplyLot },
        },
      },
      async (request) =>
        toLot(await supplies.release(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/supply-lots/:id/reject',
      {
        config: release,
        schema: {
          tags,
          summary: 'QA rejects a lot (also a released one: a recall), with the reason',
          params: IdParams,
          body: Reject,
          response: { 200: SupplyLot },
        },
      },
      async (request) =>
        toLot(await supplies.reject(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/supply-lots/:id/stock-count',
      {
        config: write,
        schema: {
          tags,
          summary: 'Record a stock count: the counted quantity becomes the stock, with why',
          params: IdParams,
          body: StockCount,
          response: { 200: SupplyLot },
        },
      },
      async (request) =>
        toLot(await supplies.adjustStock(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/supply-lots/:id/certificate',
      {
        config: write,
        schema: {
          tags,
          summary:
            'Attach the certificate of analysis (multipart/form-data: PDF, PNG or JPEG, at most 10 MB)',
          consumes: ['multipart/form-data'],
          params: IdParams,
          body: CertificateForm,
          response: { 200: SupplyLot },
        },
        // The multipart body is read and checked in the handler (as photos do); the schema documents it.
        validatorCompiler: ({ schema, httpPart, method, url }) =>
          httpPart === 'body'
            ? (data) => ({ value: data })
            : validatorCompiler({ schema: schema as unknown as z.ZodType, method, url, httpPart }),
      },
      async (request) => {
        const { fields, file } = await readUploadForm(
          request,
          CertificateFields,
          CERTIFICATE_MAX_MB,
          'certificate',
        );
        return toLot(
          await supplies.attachCertificate(requestContext(request), request.params.id, file, fields.name),
        );
      },
    );

    app.get(
      '/supply-lots/:id/certificate',
      {
        config: read,
        schema: {
          tags,
          summary: "The lot's certificate of analysis as uploaded",
          params: IdParams,
          response: {
            200: {
              description: 'The file',
              content: {
                'application/pdf': { schema: Binary },
                'image/png': { schema: Binary },
                'image/jpeg': { schema: Binary },
              },
            },
          },
        },
      },
      async (request, reply) =>
        sendCertificate(reply, await supplies.certificate(requestContext(request), request.params.id)),
    );

    app.get(
      '/supply-lots/:id/uses',
      {
        config: { access: 'clinical:read', scope: 'facility' },
        schema: {
          tags,
          summary: 'Which procedures used the lot, for which patients, newest first (logged)',
          params: IdParams,
          querystring: ListQuery.strict(),
          response: { 200: listOf(LotUseRow) },
        },
      },
      async (request) => supplies.usesOf(requestContext(request), request.params.id, request.query),
    );
  };

function sendCertificate(
  reply: FastifyReply,
  file: { bytes: Buffer; type: string; hash: string; lotNumber: string },
) {
  const safe = file.lotNumber.replace(/[^A-Za-z0-9_-]/g, '_');
  return reply
    .type(file.type)
    .header('etag', `"${file.hash}"`)
    .header('cache-control', 'private, max-age=60')
    .header('content-disposition', `inline; filename="CoA-${safe}.${EXTENSIONS[file.type] ?? 'bin'}"`)
    .send(file.bytes);
}
