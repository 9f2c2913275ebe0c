/** Every module's tables, gathered for Drizzle (queries) and drizzle-kit (migrations). */

export * from '../modules/assessments/schema.ts';
export * from '../modules/audit/schema.ts';
export * from '../modules/auth/schema.ts';
export * from '../modules/consents/schema.ts';
export * from '../modules/consultations/schema.ts';
export * from '../modules/facilities/schema.ts';
export * from '../modules/patient-consents/schema.ts';
export * from '../modules/patients/schema.ts';
export * from '../modules/photos/schema.ts';
export * from '../modules/plans/schema.ts';
export * from '../modules/prp/schema.ts';
export * from '../modules/questionnaires/schema.ts';
export * from '../modules/site/schema.ts';
export * from '../modules/supply-lots/schema.ts';
export * from '../modules/users/schema.ts';
