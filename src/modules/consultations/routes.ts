import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Config } from '../../platform/config.ts';
import {
  DateOnly,
  IdParams,
  Instant,
  ListQuery,
  listOf,
  OptionalText,
  Reason,
  Version,
} from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { PREGNANCY_STATUSES, RECORD_STATUSES, TREATMENT_PLANS } from './enums.ts';
import { type Consultation, createConsultationService } from './service.ts';

const Warning = z
  .object({
    code: z.enum(['ISOTRETINOIN_RECENT', 'PREGNANCY', 'KELOID_TENDENCY']),
    message: z.string(),
  })
  .meta({ id: 'ConsultationWarning' });

const Screening = z.boolean().nullable().describe('null: not asked');

const ConsultationSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    facilityId: z.uuid(),
    consultedOn: DateOnly,
    physicianId: z.uuid(),
    physicianName: z.string(),
    chiefComplaint: z.string(),
    acneHistory: z.string().nullable(),
    priorTreatments: z.string().nullable(),
    isotretinoinWithin6Months: Screening,
    keloidTendency: Screening,
    anticoagulants: Screening,
    pregnancy: z.enum(PREGNANCY_STATUSES).nullable(),
    findings: z.string().nullable(),
    plan: z.enum(TREATMENT_PLANS),
    planNotes: z.string().nullable(),
    nextAppointmentAt: z.string().nullable(),
    status: z.enum(RECORD_STATUSES),
    voidReason: z.string().nullable(),
    warnings: z
      .array(Warning)
      .describe('Cautions for the physician about the plan; the consultation is recorded all the same'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Consultation' });

const ConsultationFields = z.object({
  consultedOn: DateOnly.optional().describe('Default: today in Japan'),
  physicianId: z
    .uuid()
    .optional()
    .describe('An active physician of the facility; default: the caller, when the caller is a physician'),
  chiefComplaint: z.string().trim().min(1).max(2000),
  acneHistory: OptionalText(4000),
  priorTreatments: OptionalText(4000),
  isotretinoinWithin6Months: Screening.optional(),
  keloidTendency: Screening.optional(),
  anticoagulants: Screening.optional(),
  pregnancy: z.enum(PREGNANCY_STATUSES).nullish(),
  findings: OptionalText(8000),
  plan: z.enum(TREATMENT_PLANS),
  planNotes: OptionalText(4000),
  nextAppointmentAt: Instant.nullish().describe('After the start of the consultation day'),
});

const RecordConsultation = ConsultationFields.strict();
const CorrectConsultation = ConsultationFields.partial()
  .extend({ version: Version, reason: Reason })
  .strict();
const VoidRecord = z
  .object({ reason: Reason, version: Version.optional().describe('Refused as STALE_VERSION if outdated') })
  .strict();
const PatientParams = z.object({ patientId: z.uuid() });

const toConsultation = (c: Consultation) => ({
  ...c,
  nextAppointmentAt: c.nextAppointmentAt?.toISOString() ?? null,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

/** Registered under /api/v1/patients/{patientId}/consultations and /api/v1/consultations. */
export const consultationRoutes =
  ({ db }: { db: Database; config: Config }): FastifyPluginAsyncZod =>
  async (app) => {
    const consultations = createConsultationService(db);
    const tags = ['consultations'];

    app.post(
      '/patients/:patientId/consultations',
      {
        config: { access: 'clinical:write' },
        schema: {
          tags,
          summary: "Record a consultation: the physician's assessment and plan",
          params: PatientParams,
          body: RecordConsultation,
          response: { 201: ConsultationSchema },
        },
      },
      async (request, reply) => {
        const consultation = await consultations.recordConsultation(
          requestContext(request),
          request.params.patientId,
          request.body,
        );
        return reply
          .status(201)
          .header('location', `/api/v1/consultations/${consultation.id}`)
          .send(toConsultation(consultation));
      },
    );

    app.get(
      '/patients/:patientId/consultations',
      {
        config: { access: 'clinical:read' },
        schema: {
          tags,
          summary: "A patient's consultations, newest first, voided ones marked (logged)",
          params: PatientParams,
          querystring: ListQuery.strict(),
          response: { 200: listOf(ConsultationSchema) },
        },
      },
      async (request) => {
        const page = await consultations.listConsultations(
          requestContext(request),
          request.params.patientId,
          request.query,
        );
        return { items: page.items.map(toConsultation), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/consultations/:id',
      {
        config: { access: 'clinical:read' },
        schema: {
          tags,
          summary: 'Read a consultation (logged)',
          params: IdParams,
          response: { 200: ConsultationSchema },
        },
      },
      async (request) =>
        toConsultation(await consultations.getConsultation(requestContext(request), request.params.id)),
    );

    app.patch(
      '/consultations/:id',
      {
        config: { access: 'clinical:write' },
        schema: {
          tags,
          summary: 'Correct a consultation (version and reason required)',
          params: IdParams,
          body: CorrectConsultation,
          response: { 200: ConsultationSchema },
        },
      },
      async (request) =>
        toConsultation(
          await consultations.correctConsultation(requestContext(request), request.params.id, request.body),
        ),
    );

    app.post(
      '/consultations/:id/void',
      {
        config: { access: 'clinical:write' },
        schema: {
          tags,
          summary: 'Void a consultation recorded in error; it stays, marked voided',
          params: IdParams,
          body: VoidRecord,
          response: { 200: ConsultationSchema },
        },
      },
      async (request) =>
        toConsultation(
          await consultations.voidConsultation(requestContext(request), request.params.id, request.body),
        ),
    );
  };
