import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { recordQueries } from '../records/queries.ts';
import { scarAssessments } from './schema.ts';

/** An assessment's day is the day the scars were scored; its author, the assessor. */
export const assessmentQueries = recordQueries(scarAssessments, { day: 'assessedOn', author: 'assessorId' });

/** The figures the score chart plots, oldest first; voided assessments are not part of the course. */
export const scoreHistory = (db: Executor, patientIds: string[]) =>
  db
    .select({
      assessmentId: scarAssessments.id,
      assessedOn: scarAssessments.assessedOn,
      region: scarAssessments.region,
      goodmanQualitative: scarAssessments.goodmanQualitative,
      goodmanQuantitativeScore: scarAssessments.goodmanQuantitativeScore,
      eccaScore: scarAssessments.eccaScore,
      patientSatisfaction: scarAssessments.patientSatisfaction,
      patientBother: scarAssessments.patientBother,
    })
    .from(scarAssessments)
    .where(and(inArray(scarAssessments.patientId, patientIds), eq(scarAssessments.status, 'recorded')))
    .orderBy(asc(scarAssessments.assessedOn), asc(scarAssessments.id));
