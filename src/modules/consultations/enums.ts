/** What the physician plans at the end of a consultation (issue 4). */
export const TREATMENT_PLANS = ['prp', 'fibroblast', 'other', 'none'] as const;
export type TreatmentPlan = (typeof TREATMENT_PLANS)[number];

export const PREGNANCY_STATUSES = ['no', 'yes', 'possible', 'not_applicable'] as const;
export type PregnancyStatus = (typeof PREGNANCY_STATUSES)[number];
