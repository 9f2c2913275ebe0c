import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { editionColumns, editionConstraints } from '../editions/columns.ts';
import { facilities } from '../facilities/schema.ts';
import { provisionPlans } from '../plans/schema.ts';
import type { ItemSection } from './rules.ts';

/**
 * A versioned explanation and consent document of a plan (説明文書・同意文書). Once published its
 * text never changes (a trigger in the migration refuses it): every signed consent points at the
 * exact words it was given, and their SHA-256.
 */
export const consentDocuments = pgTable(
  'consent_documents',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => provisionPlans.id),
    /** 第1版, 第2版 …: numbered per plan, in the order drafted. */
    edition: integer('edition').notNull(),
    titleJa: text('title_ja').notNull(),
    bodyJa: text('body_ja').notNull(),
    titleEn: text('title_en'),
    bodyEn: text('body_en'),
    items: jsonb('items').$type<ItemSection[]>().notNull().default([]),
    ...editionColumns(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    ...editionConstraints('consent_documents', t),
    uniqueIndex('consent_documents_edition_idx').on(t.planId, t.edition),
    index('consent_documents_facility_idx').on(t.facilityId, t.planId),
  ],
);
