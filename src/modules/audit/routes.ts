import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, Instant, ListQuery, listOf } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { AUDIT_KINDS } from './filter.ts';
import type { AuditService } from './service.ts';

const AuditEvent = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    occurredAt: Instant,
    facilityId: z.string().nullable(),
    actorType: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    patientId: z.string().nullable(),
    changes: z.unknown().describe('Changed fields ({before, after}) and/or details; null for a plain read'),
    reason: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

const DateOrInstant = z.union([DateOnly, Instant]);

const AuditEventFilterQuery = z
  .object({
    actorId: z.string().trim().min(1).max(200).optional(),
    patientId: z.guid().optional(),
    entityType: z.string().trim().min(1).max(100).optional(),
    entityId: z.string().trim().min(1).max(200).optional(),
    action: z
      .string()
      .max(500)
      .transform((v) =>
        v
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      )
      .optional()
      .describe('One action or several, comma-separated: read,login_failed'),
    kind: z.enum(AUDIT_KINDS).default('all').describe('access: patient record reads; changes: all but reads'),
    from: DateOrInstant.optional().describe('Inclusive; a bare date starts at 00:00 Asia/Tokyo'),
    to: DateOrInstant.optional().describe(
      'Exclusive instant; a bare date includes that whole day in Asia/Tokyo',
    ),
  })
  .strict();

const AuditEventListQuery = AuditEventFilterQuery.extend(ListQuery.shape).strict();

/** The CSV body: streamed, so Fastify sends it without serialising. */
const CsvStream = z
  .custom<Readable>((value) => value instanceof Readable)
  .meta({ type: 'string', description: 'CSV with a header row, one event a row, newest first' });

const ChainVerification = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().describe('Events whose hash and link were recomputed'),
    lastSeq: z
      .number()
      .int()
      .nullable()
      .optional()
      .describe('The newest event: keep it to detect a cut tail'),
    lastHash: z.string().nullable().optional(),
    break: z
      .object({ seq: z.number().int(), id: z.string(), problem: z.enum(['hash_mismatch', 'link_broken']) })
      .optional()
      .describe('hash_mismatch: this event was edited; link_broken: an event before it was removed or moved'),
  })
  .meta({ id: 'AuditChainVerification' });

/** Audit trail and access log for admins and QA: list, filter, CSV export, chain verification. */
export const auditRoutes =
  (audit: AuditService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['audit'];

    app.get(
      '/audit-events',
      {
        config: { access: 'audit:read', scope: 'global' },
        schema: {
          tags,
          summary: 'List audit events, newest first',
          querystring: AuditEventListQuery,
          response: { 200: listOf(AuditEvent) },
        },
      },
      async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return audit.listEvents(filter, { limit, cursor });
      },
    );

    app.get(
      '/audit-events/export.csv',
      {
        config: { access: 'audit:read', scope: 'global' },
        schema: {
          tags,
          summary: 'Export audit events as CSV (UTF-8 with BOM); the export is itself audited',
          querystring: AuditEventFilterQuery,
          produces: ['text/csv'],
          response: { 200: CsvStream },
        },
      },
      async (request, reply) => {
        const csv = await audit.exportEvents(requestContext(request), request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${csv.fileName}"`)
          .header('cache-control', 'no-store')
          .send(Readable.from(csv.chunks));
      },
    );

    app.get(
      '/audit-events/verify',
      {
        config: { access: 'audit:read', scope: 'global' },
        schema: {
          tags,
          summary: 'Recompute the hash chain: is any event edited or removed?',
          response: { 200: ChainVerification },
        },
      },
      async () => audit.verifyChain(),
    );
  };
