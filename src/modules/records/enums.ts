/** A patient record is corrected by a new version or voided with a reason, never deleted. */
export const RECORD_STATUSES = ['recorded', 'voided'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
