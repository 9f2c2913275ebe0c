import { recordTimeline } from '../records/timeline.ts';
import { questionnaireQueries } from './queries.ts';

/**
 * This module's entries on the patient timeline: reception sees that a questionnaire was started,
 * when and by whom; readers of the answers also see whether it was submitted and which warnings it
 * raised (the answers themselves are read, and logged, with the record).
 */
export const questionnaireTimeline = recordTimeline(questionnaireQueries, {
  kind: 'questionnaire',
  permission: 'questionnaires:read',
  summary: (q) => ({
    progress: q.progress,
    submittedAt: q.submittedAt?.toISOString() ?? null,
    warnings: [...new Set(q.warnings.map((w) => w.code))],
  }),
});
