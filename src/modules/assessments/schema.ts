import { sql } from 'drizzle-orm';
import { check, date, integer, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { consultations } from '../consultations/schema.ts';
import { recordColumns, recordConstraints } from '../records/columns.ts';
import { users } from '../users/schema.ts';

/**
 * An acne-scar assessment (shared/domain/scar-assessment.md). The inputs are stored as entered and
 * the scores as the server computed them (src/domain/scar-scores.ts), so a score can be re-derived.
 */
export const scarAssessments = pgTable(
  'scar_assessments',
  {
    ...recordColumns(),
    consultationId: uuid('consultation_id').references(() => consultations.id),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => users.id),
    /** 'whole_face' unless scored per side or region. */
    region: text('region').notNull().default('whole_face'),
    goodmanQualitative: integer('goodman_qualitative'),
    goodmanCounts: jsonb('goodman_counts'),
    goodmanAreaCm2: numeric('goodman_area_cm2', { precision: 7, scale: 2, mode: 'number' }),
    goodmanQuantitativeScore: integer('goodman_quantitative_score'),
    eccaGrades: jsonb('ecca_grades'),
    eccaScore: integer('ecca_score'),
    icepickCount: integer('icepick_count'),
    boxcarCount: integer('boxcar_count'),
    rollingCount: integer('rolling_count'),
    hypertrophicCount: integer('hypertrophic_count'),
    patientSatisfaction: integer('patient_satisfaction'),
    patientBother: integer('patient_bother'),
    notes: text('notes'),
  },
  (t) => [
    check('scar_assessments_qualitative_check', sql`${t.goodmanQualitative} between 1 and 4`),
    check(
      'scar_assessments_ratings_check',
      sql`${t.patientSatisfaction} between 0 and 10 and ${t.patientBother} between 0 and 10`,
    ),
    ...recordConstraints('scar_assessments', t, t.assessedOn),
  ],
);
