import { clinicalInstant } from '../../domain/tokyo-date.ts';
import type { TimelineSource } from '../patients/timeline.ts';
import { assessmentsOfPatients } from './queries.ts';

/** This module's entries on the patient timeline: the scores at a glance; a voided one stays, marked. */
export const assessmentTimeline: TimelineSource = async (db, patientIds) =>
  (await assessmentsOfPatients(db, patientIds)).map((a) => ({
    at: clinicalInstant(a.assessedOn, a.createdAt),
    kind: 'assessment',
    id: a.id,
    patientId: a.patientId,
    summary: {
      assessedOn: a.assessedOn,
      region: a.region,
      goodmanQualitative: a.goodmanQualitative,
      goodmanQuantitativeScore: a.goodmanQuantitativeScore,
      eccaScore: a.eccaScore,
      patientSatisfaction: a.patientSatisfaction,
      patientBother: a.patientBother,
      status: a.status,
      ...(a.status === 'voided' ? { voidReason: a.voidReason } : {}),
    },
  }));
