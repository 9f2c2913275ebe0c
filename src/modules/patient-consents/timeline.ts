import { recordTimeline } from '../records/timeline.ts';
import { consentQueries } from './queries.ts';

/**
 * Consents on the patient timeline. Reception holds consents:read and so sees what was agreed (it
 * books the treatment the consent allows); what a withdrawal left is shown with it.
 */
export const consentTimeline = recordTimeline(consentQueries, {
  kind: 'consent',
  permission: 'consents:read',
  summary: (c) => ({
    planId: c.planId,
    documentId: c.documentId,
    withdrawnScopes: c.withdrawnScopes,
    treatmentWithdrawnOn: c.treatmentWithdrawnOn,
  }),
});
