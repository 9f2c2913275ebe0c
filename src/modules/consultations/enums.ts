/** What the physician plans at the end of a consultation (issue 4). */
export const TREATMENT_PLANS = ['prp', 'fibroblast', 'other', 'none'] as const;
export type TreatmentPlan = (typeof TREATMENT_PLANS)[number];

/** A record is corrected by a new version or voided with a reason, never deleted. */
export const RECORD_STATUSES = ['recorded', 'voided'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const PREGNANCY_STATUSES = ['no', 'yes', 'possible', 'not_applicable'] as const;
export type PregnancyStatus = (typeof PREGNANCY_STATUSES)[number];
