import { recordTimeline } from '../records/timeline.ts';
import { assessmentQueries } from './queries.ts';

/** The scores at a glance: clinical content, for readers with clinical:read only. */
export const assessmentTimeline = recordTimeline(assessmentQueries, {
  kind: 'assessment',
  permission: 'clinical:read',
  summary: (a) => ({
    region: a.region,
    goodmanQualitative: a.goodmanQualitative,
    goodmanQuantitativeScore: a.goodmanQuantitativeScore,
    eccaScore: a.eccaScore,
    patientSatisfaction: a.patientSatisfaction,
    patientBother: a.patientBother,
  }),
});
