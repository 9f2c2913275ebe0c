import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, type FieldError, notFound, validationFailed } from '../../platform/errors.ts';
import { facilityOf } from '../../platform/facility-scope.ts';
import { recordAudit } from '../audit/recorder.ts';
import { datedPage, decodeDatedCursor } from './cursor.ts';
import type { PregnancyStatus, TreatmentPlan } from './enums.ts';
import { patientForNewRecord, patientIdsToRead } from './patient-scope.ts';
import * as q from './queries.ts';
import {
  clinicalDateProblems,
  consultationWarnings,
  nextAppointmentProblems,
  physicianProblems,
} from './rules.ts';

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
export type ConsultationChanges = Partial<ConsultationInput> & { version: number; reason: string };
export type ConsultationPage = { limit: number; cursor?: string | undefined };
export type VoidRequest = { reason: string; version?: number | undefined };

/** A consultation as answered: the warnings are derived from the record, so every read shows them. */
export const withWarnings = (view: q.ConsultationView) => ({ ...view, warnings: consultationWarnings(view) });
export type Consultation = ReturnType<typeof withWarnings>;

export type ConsultationService = ReturnType<typeof createConsultationService>;

/**
 * Consultations: the physician's own assessment and plan. Each use case checks the facility, works
 * in one transaction and writes its audit event with the same handle (patients/service.ts shape).
 */
export function createConsultationService(db: Database) {
  /** The physician named, or the actor when the actor is one; anyone else must name one. */
  async function resolvePhysician(tx: Transaction, ctx: RequestContext, facilityId: string, id?: string) {
    const { actor } = ctx;
    const physicianId =
      id ?? (actor.kind === 'user' && actor.roles.includes('physician') ? actor.userId : undefined);
    if (!physicianId) {
      throw validationFailed([
        { path: 'physicianId', code: 'REQUIRED', message: 'Name the physician who saw the patient.' },
      ]);
    }
    const problems = physicianProblems(await q.findFacilityStaff(tx, facilityId, physicianId), 'physicianId');
    if (problems.length > 0) throw validationFailed(problems);
    return physicianId;
  }

  /** Re-read with the physician's name after a write, inside the same transaction. */
  async function view(tx: Transaction, facilityId: string, id: string) {
    const found = await q.findConsultation(tx, facilityId, id);
    if (!found) throw new Error(`consultation ${id} vanished inside its own transaction`);
    return withWarnings(found);
  }

  async function loadForChange(tx: Transaction, facilityId: string, id: string, version?: number) {
    const current = await q.findConsultationForUpdate(tx, facilityId, id);
    if (!current) throw notFound('Consultation');
    if (version !== undefined && current.version !== version) {
      throw conflict('STALE_VERSION', 'The consultation was changed by someone else. Reload and try again.');
    }
    if (current.status === 'voided') throw conflict('RECORD_VOIDED', 'This consultation was voided.');
    return current;
  }

  return {
    async recordConsultation(ctx: RequestContext, patientId: string, input: ConsultationInput) {
      const facilityId = facilityOf(ctx.actor);
      const consultedOn = input.consultedOn ?? todayInTokyo();
      const nextAppointmentAt = input.nextAppointmentAt ? new Date(input.nextAppointmentAt) : null;
      const problems = [
        ...clinicalDateProblems(consultedOn, todayInTokyo(), 'consultedOn'),
        ...nextAppointmentProblems(consultedOn, nextAppointmentAt, 'nextAppointmentAt'),
      ];
      if (problems.length > 0) throw validationFailed(problems);
      return inTransaction(db, async (tx) => {
        await patientForNewRecord(tx, facilityId, patientId);
        const physicianId = await resolvePhysician(tx, ctx, facilityId, input.physicianId);
        const row = await q.insertConsultation(tx, {
          ...input,
          id: uuidv7(),
          facilityId,
          patientId,
          consultedOn,
          physicianId,
          nextAppointmentAt,
        });
        const consultation = await view(tx, facilityId, row.id);
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'consultation',
          entityId: row.id,
          patientId,
          after: row,
          // What the physician was cautioned about and recorded anyway: their decision, on the record.
          ...(consultation.warnings.length > 0
            ? { details: { warnings: consultation.warnings.map((w) => w.code) } }
            : {}),
        });
        return consultation;
      });
    },

    /** Newest first, with any records merged into this patient; what was shown goes into the access log. */
    async listConsultations(ctx: RequestContext, patientId: string, page: ConsultationPage) {
      const facilityId = facilityOf(ctx.actor);
      const after = page.cursor ? decodeDatedCursor(page.cursor) : undefined;
      return inTransaction(db, async (tx) => {
        const patientIds = await patientIdsToRead(tx, facilityId, patientId);
        const rows = await q.listConsultations(tx, {
          patientIds,
          ...(after ? { after } : {}),
          limit: page.limit + 1,
        });
        const { items, nextCursor } = datedPage(rows, page.limit, (c) => ({ date: c.consultedOn, id: c.id }));
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'consultation_list',
          entityId: patientId,
          patientId,
          details: { consultationIds: items.map((c) => c.id) },
        });
        return { items: items.map(withWarnings), nextCursor };
      });
    },

    async getConsultation(ctx: RequestContext, id: string) {
      const facilityId = facilityOf(ctx.actor);
      return inTransaction(db, async (tx) => {
        const found = await q.findConsultation(tx, facilityId, id);
        if (!found) throw notFound('Consultation');
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'consultation',
          entityId: id,
          patientId: found.patientId,
        });
        return withWarnings(found);
      });
    },

    async correctConsultation(ctx: RequestContext, id: string, changes: ConsultationChanges) {
      const facilityId = facilityOf(ctx.actor);
      const { version, reason, nextAppointmentAt: appointmentText, ...fields } = changes;
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, facilityId, id, version);
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
          await resolvePhysician(tx, ctx, facilityId, fields.physicianId);
        }
        const updated = await q.updateConsultationRow(tx, id, {
          ...fields,
          ...(appointmentText === undefined ? {} : { nextAppointmentAt }),
        });
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'consultation',
          entityId: id,
          patientId: current.patientId,
          before: current,
          after: updated,
          reason,
        });
        return view(tx, facilityId, id);
      });
    },

    /** Nothing clinical is deleted (ARCHITECTURE.md rule 1): a mistaken record is voided and stays. */
    async voidConsultation(ctx: RequestContext, id: string, request: VoidRequest) {
      const facilityId = facilityOf(ctx.actor);
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, facilityId, id, request.version);
        const updated = await q.updateConsultationRow(tx, id, {
          status: 'voided',
          voidReason: request.reason,
        });
        await recordAudit(tx, ctx, {
          action: 'void',
          entityType: 'consultation',
          entityId: id,
          patientId: current.patientId,
          before: { status: current.status },
          after: { status: updated.status, voidReason: updated.voidReason },
          reason: request.reason,
        });
        return view(tx, facilityId, id);
      });
    },
  };
}
