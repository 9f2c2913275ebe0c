import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { editionColumns, editionConstraints } from '../editions/columns.ts';
import { facilities } from '../facilities/schema.ts';
import { recordColumns, recordConstraints } from '../records/columns.ts';
import { users } from '../users/schema.ts';
import { QUESTIONNAIRE_PROGRESS, TEMPLATE_ORIGINS } from './enums.ts';
import type { Answers, Question, RaisedWarning } from './types.ts';

/**
 * An edition of an intake questionnaire form (問診票), versioned like the consent documents: a
 * draft is edited; once published its questions never change (a trigger in the migration refuses
 * it) and carry their SHA-256; a retired one starts no new questionnaire. The editions of one form
 * share a series (the first edition's id) and are numbered in it.
 */
export const questionnaireTemplates = pgTable(
  'questionnaire_templates',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    seriesId: uuid('series_id').notNull(),
    edition: integer('edition').notNull(),
    titleJa: text('title_ja').notNull(),
    titleEn: text('title_en'),
    questions: jsonb('questions').$type<Question[]>().notNull().default([]),
    /** 'default': installed from the one the product ships (default-template.ts). */
    origin: text('origin', { enum: TEMPLATE_ORIGINS }),
    ...editionColumns(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    ...editionConstraints('questionnaire_templates', t),
    check('questionnaire_templates_origin_check', sql`${t.origin} is null or ${t.origin} = 'default'`),
    uniqueIndex('questionnaire_templates_edition_idx').on(t.seriesId, t.edition),
    // What a questionnaire's composite foreign key points at: a template of its own facility.
    unique('questionnaire_templates_facility_template_key').on(t.facilityId, t.id),
    // The shipped template is installed once per facility (its later editions share the series).
    uniqueIndex('questionnaire_templates_default_idx')
      .on(t.facilityId)
      .where(sql`${t.origin} = 'default' and ${t.edition} = 1`),
  ],
);

/**
 * A patient's questionnaire (a patient record on the kernel): started by staff for a published
 * template, answered by the patient on the tablet, signed and submitted. Once submitted its answers,
 * signature and warnings never change (a trigger refuses it); it can still be voided.
 */
export const questionnaires = pgTable(
  'questionnaires',
  {
    ...recordColumns(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id),
    templateId: uuid('template_id').notNull(),
    progress: text('progress', { enum: QUESTIONNAIRE_PROGRESS }).notNull().default('in_progress'),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    answersSavedAt: timestamp('answers_saved_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    /** The patient's signature as drawn on the tablet: a PNG data URL. */
    signature: text('signature'),
    /** Derived at submission from the answers (rules.raisedWarnings), kept with them. */
    warnings: jsonb('warnings').$type<RaisedWarning[]>().notNull().default([]),
  },
  (t) => [
    check('questionnaires_progress_check', sql`${t.progress} in ('in_progress', 'submitted')`),
    check(
      'questionnaires_submitted_signed',
      sql`${t.progress} = 'in_progress' or (${t.submittedAt} is not null and ${t.signature} is not null)`,
    ),
    foreignKey({
      name: 'questionnaires_template_facility_fk',
      columns: [t.facilityId, t.templateId],
      foreignColumns: [questionnaireTemplates.facilityId, questionnaireTemplates.id],
    }),
    index('questionnaires_template_idx').on(t.templateId),
    ...recordConstraints('questionnaires', t, t.startedOn),
  ],
);
