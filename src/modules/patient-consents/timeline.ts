import type { TimelineSource } from '../records/timeline.ts';
import { recordTimeline } from '../records/timeline.ts';
import { consentQueries, editionsOf } from './queries.ts';

/**
 * Consents on the patient timeline. Reception holds consents:read and so sees what was agreed (it
 * books the treatment the consent allows); what a withdrawal left is shown with it.
 */
const consentRecords = recordTimeline(consentQueries, {
  kind: 'consent',
  permission: 'consents:read',
  summary: (c) => ({
    planId: c.planId,
    documentId: c.documentId,
    withdrawnScopes: c.withdrawnScopes,
    treatmentWithdrawnOn: c.treatmentWithdrawnOn,
  }),
});

/** The same entries, each saying the edition it was signed under and its therapy ("同意書（第2版）"). */
export const consentTimeline: TimelineSource = {
  ...consentRecords,
  async entries(ex, patientIds) {
    const entries = await consentRecords.entries(ex, patientIds);
    const documentIds = [...new Set(entries.map((entry) => String(entry.summary.documentId)))];
    const editions = new Map((await editionsOf(ex, documentIds)).map((row) => [row.documentId, row]));
    return entries.map((entry) => {
      const document = editions.get(String(entry.summary.documentId));
      return {
        ...entry,
        summary: { ...entry.summary, edition: document?.edition, therapy: document?.therapy },
      };
    });
  },
};
