import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, Instant, OptionalText, Reason, Version } from '../../platform/http-schemas.ts';
import { NamedStaff, RecordDay, recordFields, registerRecordRoutes } from '../records/routes.ts';
import { PREGNANCY_STATUSES, TREATMENT_PLANS } from './enums.ts';
import type { Consultation, ConsultationService } from './service.ts';

const Warning = z
  .object({
    code: z.enum(['ISOTRETINOIN_RECENT', 'PREGNANCY', 'KELOID_TENDENCY']),
    message: z.string(),
  })
  .meta({ id: 'ConsultationWarning' });

const Screening = z.boolean().nullable().describe('null: not asked');

const ConsultationSchema = z
  .object({
    ...recordFields,
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
    warnings: z
      .array(Warning)
      .describe('Cautions for the physician about the plan; the consultation is recorded all the same'),
  })
  .meta({ id: 'Consultation' });

const ConsultationFields = z.object({
  consultedOn: RecordDay,
  physicianId: NamedStaff(
    'An active physician of the facility; default: the caller, when the caller is a physician',
  ),
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

const toConsultation = (c: Consultation) => ({
  ...c,
  nextAppointmentAt: c.nextAppointmentAt?.toISOString() ?? null,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

/** Registered under /api/v1/patients/{patientId}/consultations and /api/v1/consultations. */
export const consultationRoutes =
  (consultations: ConsultationService): FastifyPluginAsyncZod =>
  async (app) => {
    registerRecordRoutes(app, {
      collection: 'consultations',
      tags: ['consultations'],
      item: ConsultationSchema,
      present: toConsultation,
      access: { read: 'clinical:read', write: 'clinical:write' },
      operations: {
        create: {
          summary: "Record a consultation: the physician's assessment and plan",
          body: RecordConsultation,
          run: consultations.create,
        },
        list: {
          summary: "A patient's consultations, newest first, voided ones marked (logged)",
          run: consultations.list,
        },
        get: { summary: 'Read a consultation (logged)', run: consultations.get },
        correct: {
          summary: 'Correct a consultation (version and reason required)',
          body: CorrectConsultation,
          run: consultations.correct,
        },
        void: {
          summary: 'Void a consultation recorded in error; it stays, marked voided',
          run: consultations.void,
        },
      },
    });
  };
