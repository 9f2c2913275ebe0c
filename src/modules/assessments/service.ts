import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, type FieldError, notFound, validationFailed } from '../../platform/errors.ts';
import { facilityOf } from '../../platform/facility-scope.ts';
import { recordAudit } from '../audit/recorder.ts';
import { datedPage, decodeDatedCursor } from '../consultations/cursor.ts';
import { patientForNewRecord, patientIdsToRead } from '../consultations/patient-scope.ts';
import { findConsultation, findFacilityStaff } from '../consultations/queries.ts';
import { clinicalDateProblems } from '../consultations/rules.ts';
import { type AssessmentRegion, isAssessmentRegion } from './enums.ts';
import * as q from './queries.ts';
import {
  assessorProblems,
  consultationLinkProblems,
  correctedMeasures,
  isEmptyAssessment,
  measureColumns,
  measureProblems,
  measuresOf,
  type ScarMeasures,
  scarScores,
} from './rules.ts';

export type AssessmentInput = ScarMeasures & {
  assessedOn?: string | undefined;
  assessorId?: string | undefined;
  consultationId?: string | null | undefined;
  region?: AssessmentRegion | undefined;
  notes?: string | null | undefined;
};
export type AssessmentChanges = Partial<AssessmentInput> & { version: number; reason: string };
export type AssessmentPage = { limit: number; cursor?: string | undefined };
export type VoidRequest = { reason: string; version?: number | undefined };

function regionOf(value: string): AssessmentRegion {
  if (isAssessmentRegion(value)) return value;
  throw new Error(`stored region ${value} is not one of ASSESSMENT_REGIONS`);
}

/** An assessment as answered: inputs in the API's shape, the stored scores, and how they were reached. */
function present(view: q.AssessmentView) {
  const measures = measuresOf(view);
  return {
    id: view.id,
    patientId: view.patientId,
    facilityId: view.facilityId,
    consultationId: view.consultationId,
    assessedOn: view.assessedOn,
    assessorId: view.assessorId,
    assessorName: view.assessorName,
    region: regionOf(view.region),
    ...measures,
    notes: view.notes,
    goodmanQuantitativeScore: view.goodmanQuantitativeScore,
    eccaScore: view.eccaScore,
    scores: scarScores(measures),
    status: view.status,
    voidReason: view.voidReason,
    version: view.version,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}
export type Assessment = ReturnType<typeof present>;

/** Field problems first; only well-formed measures can be judged empty. */
function checkMeasures(measures: ScarMeasures, problems: FieldError[]): void {
  problems.push(...measureProblems(measures));
  if (problems.length > 0) throw validationFailed(problems);
  if (isEmptyAssessment(measures)) {
    throw new AppError(
      422,
      'EMPTY_ASSESSMENT',
      'Record at least one scale (Goodman & Baron, ECCA, morphology) or the patient’s own rating.',
    );
  }
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;

/**
 * Acne-scar assessments. The server computes every score from the inputs (domain/scar-scores.ts)
 * and stores both; each write is one transaction with its audit event.
 */
export function createAssessmentService(db: Database) {
  /** The assessor named, or the actor when the actor is a person; checked against the facility's staff. */
  async function resolveAssessor(tx: Transaction, ctx: RequestContext, facilityId: string, id?: string) {
    const assessorId = id ?? (ctx.actor.kind === 'user' ? ctx.actor.userId : undefined);
    if (!assessorId) {
      throw validationFailed([
        { path: 'assessorId', code: 'REQUIRED', message: 'Name the physician or nurse who assessed.' },
      ]);
    }
    const problems = assessorProblems(await findFacilityStaff(tx, facilityId, assessorId), 'assessorId');
    if (problems.length > 0) throw validationFailed(problems);
    return assessorId;
  }

  async function checkConsultationLink(tx: Transaction, facilityId: string, patientId: string, id: string) {
    const consultation = await findConsultation(tx, facilityId, id);
    const problems = consultationLinkProblems(consultation, patientId, 'consultationId');
    if (problems.length > 0) throw validationFailed(problems);
  }

  async function view(tx: Transaction, facilityId: string, id: string) {
    const found = await q.findAssessment(tx, facilityId, id);
    if (!found) throw new Error(`assessment ${id} vanished inside its own transaction`);
    return present(found);
  }

  async function loadForChange(tx: Transaction, facilityId: string, id: string, version?: number) {
    const current = await q.findAssessmentForUpdate(tx, facilityId, id);
    if (!current) throw notFound('Assessment');
    if (version !== undefined && current.version !== version) {
      throw conflict('STALE_VERSION', 'The assessment was changed by someone else. Reload and try again.');
    }
    if (current.status === 'voided') throw conflict('RECORD_VOIDED', 'This assessment was voided.');
    return current;
  }

  return {
    async recordAssessment(ctx: RequestContext, patientId: string, input: AssessmentInput) {
      const facilityId = facilityOf(ctx.actor);
      const { assessedOn = todayInTokyo(), assessorId, consultationId, region, notes, ...measures } = input;
      checkMeasures(measures, clinicalDateProblems(assessedOn, todayInTokyo(), 'assessedOn'));
      return inTransaction(db, async (tx) => {
        await patientForNewRecord(tx, facilityId, patientId);
        const assessor = await resolveAssessor(tx, ctx, facilityId, assessorId);
        if (consultationId) await checkConsultationLink(tx, facilityId, patientId, consultationId);
        const row = await q.insertAssessment(tx, {
          id: uuidv7(),
          facilityId,
          patientId,
          consultationId: consultationId ?? null,
          assessedOn,
          assessorId: assessor,
          region: region ?? 'whole_face',
          notes: notes ?? null,
          ...measureColumns(measures),
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'scar_assessment',
          entityId: row.id,
          patientId,
          after: row,
        });
        return view(tx, facilityId, row.id);
      });
    },

    /** Newest first, with any records merged into this patient; what was shown goes into the access log. */
    async listAssessments(ctx: RequestContext, patientId: string, page: AssessmentPage) {
      const facilityId = facilityOf(ctx.actor);
      const after = page.cursor ? decodeDatedCursor(page.cursor) : undefined;
      return inTransaction(db, async (tx) => {
        const patientIds = await patientIdsToRead(tx, facilityId, patientId);
        const rows = await q.listAssessments(tx, {
          patientIds,
          ...(after ? { after } : {}),
          limit: page.limit + 1,
        });
        const { items, nextCursor } = datedPage(rows, page.limit, (a) => ({ date: a.assessedOn, id: a.id }));
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'scar_assessment_list',
          entityId: patientId,
          patientId,
          details: { assessmentIds: items.map((a) => a.id) },
        });
        return { items: items.map(present), nextCursor };
      });
    },

    async getAssessment(ctx: RequestContext, id: string) {
      const facilityId = facilityOf(ctx.actor);
      return inTransaction(db, async (tx) => {
        const found = await q.findAssessment(tx, facilityId, id);
        if (!found) throw notFound('Assessment');
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'scar_assessment',
          entityId: id,
          patientId: found.patientId,
        });
        return present(found);
      });
    },

    /** Replaces the measures named, recomputes every score, and records the diff with its reason. */
    async correctAssessment(ctx: RequestContext, id: string, changes: AssessmentChanges) {
      const facilityId = facilityOf(ctx.actor);
      const { version, reason, assessedOn, assessorId, consultationId, region, notes, ...measureChanges } =
        changes;
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, facilityId, id, version);
        const measures = correctedMeasures(measuresOf(current), measureChanges);
        checkMeasures(measures, clinicalDateProblems(assessedOn, todayInTokyo(), 'assessedOn'));
        if (assessorId !== undefined && assessorId !== current.assessorId) {
          await resolveAssessor(tx, ctx, facilityId, assessorId);
        }
        // Only a new link is checked: a correction resending the form keeps a link that was valid.
        if (consultationId && consultationId !== current.consultationId) {
          await checkConsultationLink(tx, facilityId, current.patientId, consultationId);
        }
        const updated = await q.updateAssessmentRow(tx, id, {
          ...(assessedOn === undefined ? {} : { assessedOn }),
          ...(assessorId === undefined ? {} : { assessorId }),
          ...(consultationId === undefined ? {} : { consultationId }),
          ...(region === undefined ? {} : { region }),
          ...(notes === undefined ? {} : { notes }),
          ...measureColumns(measures),
        });
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'scar_assessment',
          entityId: id,
          patientId: current.patientId,
          before: current,
          after: updated,
          reason,
        });
        return view(tx, facilityId, id);
      });
    },

    /** Nothing clinical is deleted (ARCHITECTURE.md rule 1): a mistaken assessment is voided and stays. */
    async voidAssessment(ctx: RequestContext, id: string, request: VoidRequest) {
      const facilityId = facilityOf(ctx.actor);
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, facilityId, id, request.version);
        const updated = await q.updateAssessmentRow(tx, id, { status: 'voided', voidReason: request.reason });
        await recordAudit(tx, ctx, {
          action: 'void',
          entityType: 'scar_assessment',
          entityId: id,
          patientId: current.patientId,
          before: { status: current.status },
          after: { status: updated.status, voidReason: updated.voidReason },
          reason: request.reason,
        });
        return view(tx, facilityId, id);
      });
    },

    /** The figures for the chart of scores over time, oldest first, voided assessments left out (logged). */
    async scoreHistory(ctx: RequestContext, patientId: string) {
      const facilityId = facilityOf(ctx.actor);
      return inTransaction(db, async (tx) => {
        const patientIds = await patientIdsToRead(tx, facilityId, patientId);
        const points = await q.scoreHistory(tx, patientIds);
        await recordAudit(tx, ctx, {
          action: 'read',
          entityType: 'score_history',
          entityId: patientId,
          patientId,
          details: { assessmentIds: points.map((p) => p.assessmentId) },
        });
        return points.map((p) => ({ ...p, region: regionOf(p.region) }));
      });
    },
  };
}
