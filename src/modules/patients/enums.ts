export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** A merged record stays, pointing at the one kept; nothing is deleted (ARCHITECTURE.md rule 1). */
export const PATIENT_STATUSES = ['active', 'merged'] as const;
export type PatientStatus = (typeof PATIENT_STATUSES)[number];
