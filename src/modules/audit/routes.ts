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
    patient: z
      .object({ number: z.string(), name: z.string() })
      .nullable()
      .describe("The patient's number and name, when a patient of the caller's facility"),
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
    patient: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe(
        'A patient number (P-000001, 1, 000001) or a name or reading; several matches: 422 PATIENT_AMBIGUOUS with `patients` to choose from',
      ),
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

const ChainBreak = z.object({
  seq: z.number().int(),
  id: z.string().nullable().describe('null for a removed anchored event'),
  problem: z
    .enum(['hash_mismatch', 'link_broken', 'tail_removed', 'tail_rewritten'])
    .describe(
      'hash_mismatch: this event was edited; link_broken: an event before it was removed or moved; tail_removed: the anchored event is gone; tail_rewritten: it has another hash',
    ),
});

const ChainVerification = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().describe('Events whose hash and link were recomputed'),
    breaks: z.array(ChainBreak).describe('The first 100 breaks, in seq order'),
    breakCount: z.number().int().describe('All breaks found'),
    lastSeq: z.number().int().nullable().describe('The newest event checked: keep it as the anchor'),
    lastHash: z.string().nullable(),
  })
  .meta({ id: 'AuditChainVerification' });

const Anchor = z
  .string()
  .regex(/^\d{1,18}:[0-9a-f]{64}$/, 'SEQ:HASH')
  .describe('The anchor kept outside the database (`saisei audit anchor`, the anchor file): SEQ:HASH');

const StartVerification = z.object({ expected: Anchor.optional() }).strict();

const Verification = z
  .object({
    id: z.string(),
    state: z.enum(['running', 'done', 'failed']),
    startedAt: Instant,
    finishedAt: Instant.nullable(),
    checked: z.number().int().describe('Events hashed so far'),
    total: z.number().int().describe('Events to check: the trail up to its newest event at the start'),
    expected: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
    result: ChainVerification.nullable().describe('Once done'),
  })
  .meta({ id: 'AuditVerification' });

const VerificationParams = z.object({ id: z.guid() }).strict();

/** Audit trail and access log for admins and QA: list, filter, CSV export, chain verification. */
export const auditRoutes =
  (audit: AuditService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['audit'];

    app.get(
      '/audit-events',
      {
        config: { access: 'audit:read', scope: 'facility' },
        schema: {
          tags,
          summary: 'List audit events, newest first',
          querystring: AuditEventListQuery,
          response: { 200: listOf(AuditEvent) },
        },
      },
      async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return audit.listEvents(requestContext(request), filter, { limit, cursor });
      },
    );

    app.get(
      '/audit-events/export.csv',
      {
        config: { access: 'audit:read', scope: 'facility' },
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

    /*
     * Verification is global: the chain is one for the whole database (a facility's events alone do
     * not link), and a job reveals only seqs, ids and hashes, never an event's content or facility.
     */
    const verificationConfig = { access: 'audit:read', scope: 'global' } as const;

    app.post(
      '/audit/verifications',
      {
        config: verificationConfig,
        schema: {
          tags,
          summary: 'Start verifying the hash chain in the background (or get the one running)',
          body: StartVerification,
          response: { 202: Verification },
        },
      },
      async (request, reply) => {
        const { job } = await audit.startVerification(request.body.expected);
        return reply.status(202).header('location', `/api/v1/audit/verifications/${job.id}`).send(job);
      },
    );

    app.get(
      '/audit/verifications/:id',
      {
        config: verificationConfig,
        schema: {
          tags,
          summary: 'Progress and result of a chain verification',
          params: VerificationParams,
          response: { 200: Verification },
        },
      },
      async (request) => audit.verification(request.params.id),
    );
  };
