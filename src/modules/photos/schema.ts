import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { scarAssessments } from '../assessments/schema.ts';
import { RECORD_STATUSES } from '../consultations/enums.ts';
import { consultations } from '../consultations/schema.ts';
import { facilities } from '../facilities/schema.ts';
import { patients } from '../patients/schema.ts';
import { users } from '../users/schema.ts';
import { PHOTO_VIEWS } from './enums.ts';

/**
 * A clinical photo. The image itself is stored content-addressed (by the SHA-256 of the bytes kept,
 * after location data was stripped); the row says whose it is, which view, and when it was taken.
 */
export const patientPhotos = pgTable(
  'patient_photos',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
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
    status: text('status', { enum: RECORD_STATUSES }).notNull().default('recorded'),
    voidReason: text('void_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('patient_photos_view_check', sql`${t.view} in ('front', 'left45', 'right45', 'left90', 'right90')`),
    check('patient_photos_status_check', sql`${t.status} in ('recorded', 'voided')`),
    index('patient_photos_patient_idx').on(t.patientId, t.view, t.takenOn),
  ],
);
