import type { Database } from '../../db/client.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { type FieldError, validationFailed } from '../../platform/errors.ts';
import type { RecordView } from '../records/queries.ts';
import { clinicalDateProblems } from '../records/rules.ts';
import type { Correction, ListPage, StaffNaming } from '../records/service.ts';
import { namedStaff, recordUseCases } from '../records/service.ts';
import type { PregnancyStatus, TreatmentPlan } from './enums.ts';
import { consultationQueries } from './queries.ts';
import { consultationWarnings, nextAppointmentProblems, physicianProblems } from './rules.ts';
import type { consultations } from './schema.ts';

export type ConsultationInput = {
  consultedOn?: string | undefined;
  physicianId?: string | undefined;
  chiefComplaint: string;
  acneHistory?: string | null | undefined;
  priorTreatments?: string | null | undefined;
  isotretinoinWithin6Months?: boolean | null | undefined;
  keloidTendency?: boolean | null | undefined;
  anticoagulants?: boolean | null | undefined;
  pregnancy?: PregnancyStatus | null | undefined;
  findings?: string | null | undefined;
  plan: TreatmentPlan;
  planNotes?: string | null | undefined;
  /** ISO 8601 instant with offset. */
  nextAppointmentAt?: string | null | undefined;
};
export type ConsultationChanges = Partial<ConsultationInput> & Correction;

/** A consultation as answered: the warnings are derived from the record, so every read shows them. */
const present = ({ authorName, ...row }: RecordView<typeof consultations>) => ({
  ...row,
  physicianName: authorName,
  warnings: consultationWarnings(row),
});
export type Consultation = ReturnType<typeof present>;

/** The consultation is the physician's own decision: only a physician is named, by default the caller. */
const PHYSICIAN: StaffNaming = {
  path: 'physicianId',
  whom: 'the physician who saw the patient',
  actorStandsInAs: ['physician'],
  problems: physicianProblems,
};

export type ConsultationService = ReturnType<typeof createConsultationService>;

/** Consultations: the physician's own assessment and plan, on the records kernel. */
export function createConsultationService(db: Database) {
  const audit = { entity: 'consultation', list: 'consultation_list', listedAs: 'consultationIds' } as const;
  const records = recordUseCases(db, { queries: consultationQueries, noun: 'consultation', audit, present });

  return {
    async create(ctx: RequestContext, patientId: string, input: ConsultationInput) {
      const consultedOn = input.consultedOn ?? todayInTokyo();
      const nextAppointmentAt = input.nextAppointmentAt ? new Date(input.nextAppointmentAt) : null;
      const problems = [
        ...clinicalDateProblems(consultedOn, todayInTokyo(), 'consultedOn'),
        ...nextAppointmentProblems(consultedOn, nextAppointmentAt, 'nextAppointmentAt'),
      ];
      if (problems.length > 0) throw validationFailed(problems);
      return records.create(
        ctx,
        patientId,
        async (tx) => ({
          ...input,
          consultedOn,
          physicianId: await namedStaff(tx, ctx, PHYSICIAN, input.physicianId),
          nextAppointmentAt,
        }),
        // What the physician was cautioned about and recorded anyway: their decision, on the record.
        (shown) => (shown.warnings.length > 0 ? { warnings: shown.warnings.map((w) => w.code) } : undefined),
      );
    },

    list: (ctx: RequestContext, patientId: string, page: ListPage) => records.list(ctx, patientId, page),
    get: records.get,
    void: records.void,

    async correct(ctx: RequestContext, id: string, changes: ConsultationChanges) {
      const { version, reason, nextAppointmentAt: appointmentText, ...fields } = changes;
      return records.correct(ctx, id, { version, reason }, async (tx, current) => {
        const nextAppointmentAt =
          appointmentText === undefined
            ? current.nextAppointmentAt
            : appointmentText === null
              ? null
              : new Date(appointmentText);
        const consultedOn = fields.consultedOn ?? current.consultedOn;
        // Name the field the client sent: moving the day can invalidate the stored appointment.
        const appointmentPath = appointmentText === undefined ? 'consultedOn' : 'nextAppointmentAt';
        const problems: FieldError[] = [
          ...clinicalDateProblems(fields.consultedOn, todayInTokyo(), 'consultedOn'),
          ...nextAppointmentProblems(consultedOn, nextAppointmentAt, appointmentPath),
        ];
        if (problems.length > 0) throw validationFailed(problems);
        if (fields.physicianId !== undefined && fields.physicianId !== current.physicianId) {
          await namedStaff(tx, ctx, PHYSICIAN, fields.physicianId);
        }
        return { ...fields, ...(appointmentText === undefined ? {} : { nextAppointmentAt }) };
      });
    },
  };
}
