import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { scarAssessments } from '../assessments/schema.ts';
import { consultations } from '../consultations/schema.ts';
import { recordColumns, recordConstraints } from '../records/columns.ts';
import { users } from '../users/schema.ts';
import { PHOTO_VIEWS } from './enums.ts';

/**
 * A clinical photo. The image itself is stored content-addressed (by the SHA-256 of the bytes kept,
 * after location data was stripped); the row says whose it is, which view, and when it was taken.
 */
export const patientPhotos = pgTable(
  'patient_photos',
  {
    ...recordColumns(),
    consultationId: uuid('consultation_id').references(() => consultations.id),
    assessmentId: uuid('assessment_id').references(() => scarAssessments.id),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    view: text('view', { enum: PHOTO_VIEWS }).notNull(),
    contentHash: text('content_hash').notNull(),
    thumbnailHash: text('thumbnail_hash').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    note: text('note'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    check('patient_photos_view_check', sql`${t.view} in ('front', 'left45', 'right45', 'left90', 'right90')`),
    ...recordConstraints('patient_photos', t, t.takenOn),
    // The before/after comparison picks the photo of one view nearest a date.
    index('patient_photos_patient_idx').on(t.patientId, t.view, t.takenOn),
  ],
);
