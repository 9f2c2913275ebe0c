import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { AppError, type FieldError, validationFailed } from '../../platform/errors.ts';
import { recordAccess } from '../audit/access.ts';
import { consultationQueries } from '../consultations/queries.ts';
import type { RecordView } from '../records/queries.ts';
import { clinicalDateProblems, linkedRecordProblems } from '../records/rules.ts';
import { facilityIdOf, patientForReading } from '../records/scope.ts';
import type { Correction, ListPage, StaffNaming } from '../records/service.ts';
import { namedStaff, recordUseCases } from '../records/service.ts';
import { type AssessmentRegion, isAssessmentRegion } from './enums.ts';
import { assessmentQueries, scoreHistory } from './queries.ts';
import {
  assessorProblems,
  correctedMeasures,
  isEmptyAssessment,
  measureColumns,
  measureProblems,
  measuresOf,
  type ScarMeasures,
  scarScores,
} from './rules.ts';
import type { scarAssessments } from './schema.ts';

export type AssessmentInput = ScarMeasures & {
  assessedOn?: string | undefined;
  assessorId?: string | undefined;
  consultationId?: string | null | undefined;
  region?: AssessmentRegion | undefined;
  notes?: string | null | undefined;
};
export type AssessmentChanges = Partial<AssessmentInput> & Correction;

function regionOf(value: string): AssessmentRegion {
  if (isAssessmentRegion(value)) return value;
  throw new Error(`stored region ${value} is not one of ASSESSMENT_REGIONS`);
}

/** An assessment as answered: inputs in the API's shape, the stored scores, and how they were reached. */
function present(view: RecordView<typeof scarAssessments>) {
  const measures = measuresOf(view);
  return {
    id: view.id,
    patientId: view.patientId,
    facilityId: view.facilityId,
    consultationId: view.consultationId,
    assessedOn: view.assessedOn,
    assessorId: view.assessorId,
    assessorName: view.authorName,
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

/** Physicians and nurses score scars; by default the caller. */
const ASSESSOR: StaffNaming = {
  path: 'assessorId',
  whom: 'the physician or nurse who assessed',
  actorStandsInAs: ['physician', 'nurse'],
  problems: assessorProblems,
};

export type AssessmentService = ReturnType<typeof createAssessmentService>;

/**
 * Acne-scar assessments on the records kernel. The server computes every score from the inputs
 * (domain/scar-scores.ts) and stores both.
 */
export function createAssessmentService(db: Database) {
  const audit = {
    entity: 'scar_assessment',
    list: 'scar_assessment_list',
    listedAs: 'assessmentIds',
  } as const;
  const records = recordUseCases(db, { queries: assessmentQueries, noun: 'assessment', audit, present });

  async function checkConsultationLink(tx: Transaction, ctx: RequestContext, patientId: string, id: string) {
    const consultation = await consultationQueries.find(tx, facilityIdOf(ctx), id);
    const problems = linkedRecordProblems(consultation, patientId, {
      path: 'consultationId',
      noun: 'consultation',
    });
    if (problems.length > 0) throw validationFailed(problems);
  }

  return {
    async create(ctx: RequestContext, patientId: string, input: AssessmentInput) {
      const { assessedOn = todayInTokyo(), assessorId, consultationId, region, notes, ...measures } = input;
      checkMeasures(measures, clinicalDateProblems(assessedOn, todayInTokyo(), 'assessedOn'));
      return records.create(ctx, patientId, async (tx) => {
        const assessor = await namedStaff(tx, ctx, ASSESSOR, assessorId);
        if (consultationId) await checkConsultationLink(tx, ctx, patientId, consultationId);
        return {
          consultationId: consultationId ?? null,
          assessedOn,
          assessorId: assessor,
          region: region ?? 'whole_face',
          notes: notes ?? null,
          ...measureColumns(measures),
        };
      });
    },

    list: (ctx: RequestContext, patientId: string, page: ListPage) => records.list(ctx, patientId, page),
    get: records.get,
    void: records.void,

    /** Replaces the measures named, recomputes every score, and records the diff with its reason. */
    async correct(ctx: RequestContext, id: string, changes: AssessmentChanges) {
      const { version, reason, assessedOn, assessorId, consultationId, region, notes, ...measureChanges } =
        changes;
      return records.correct(ctx, id, { version, reason }, async (tx, current) => {
        const measures = correctedMeasures(measuresOf(current), measureChanges);
        checkMeasures(measures, clinicalDateProblems(assessedOn, todayInTokyo(), 'assessedOn'));
        if (assessorId !== undefined && assessorId !== current.assessorId) {
          await namedStaff(tx, ctx, ASSESSOR, assessorId);
        }
        // Only a new link is checked: a correction resending the form keeps a link that was valid.
        if (consultationId && consultationId !== current.consultationId) {
          await checkConsultationLink(tx, ctx, current.patientId, consultationId);
        }
        return {
          ...(assessedOn === undefined ? {} : { assessedOn }),
          ...(assessorId === undefined ? {} : { assessorId }),
          ...(consultationId === undefined ? {} : { consultationId }),
          ...(region === undefined ? {} : { region }),
          ...(notes === undefined ? {} : { notes }),
          ...measureColumns(measures),
        };
      });
    },

    /** The figures for the chart of scores over time, oldest first, voided assessments left out (logged). */
    async scoreHistory(ctx: RequestContext, patientId: string) {
      return inTransaction(db, async (tx) => {
        const { patientIds } = await patientForReading(tx, ctx, patientId);
        const points = await scoreHistory(tx, patientIds);
        await recordAccess(tx, ctx, {
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
