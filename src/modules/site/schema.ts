import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema.ts';
import { patients } from '../patients/schema.ts';
import { patientPhotos } from '../photos/schema.ts';
import { users } from '../users/schema.ts';
import {
  CASE_STATUSES,
  COMMENT_STATUSES,
  CONTACT_METHODS,
  INQUIRY_STATUSES,
  PAGE_KINDS,
  PAGE_STATUSES,
  THERAPY_INTERESTS,
} from './enums.ts';

const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * A page or article of the clinic's public site (docs/site.md), in Markdown. The row holds the
 * draft being edited; every save is a revision below, and the public sees the revision that was
 * published, from its publication date on (Asia/Tokyo).
 */
export const sitePages = pgTable(
  'site_pages',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    kind: text('kind', { enum: PAGE_KINDS }).notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    bodyMd: text('body_md').notNull().default(''),
    /** Treatment pages: the price or min–max range with common extras (regulatory.md, advertising). */
    priceMd: text('price_md'),
    /** Treatment pages: the main risks and side effects (regulatory.md, advertising). */
    risksMd: text('risks_md'),
    status: text('status', { enum: PAGE_STATUSES }).notNull().default('draft'),
    /** The revision the draft fields hold; each save adds one. */
    revision: integer('revision').notNull().default(1),
    publishedRevision: integer('published_revision'),
    publishedOn: date('published_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    check('site_pages_kind_check', sql`${t.kind} in ('page', 'treatment', 'article')`),
    check('site_pages_status_check', sql`${t.status} in ('draft', 'published', 'withdrawn')`),
    check(
      'site_pages_published_check',
      sql`${t.status} <> 'published' or (${t.publishedRevision} is not null and ${t.publishedOn} is not null)`,
    ),
    uniqueIndex('site_pages_slug_idx').on(t.facilityId, t.kind, t.slug),
  ],
);

/** Every saved state of a page, never changed: what was published on a day can be shown again. */
export const sitePageRevisions = pgTable(
  'site_page_revisions',
  {
    id: uuid('id').primaryKey(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => sitePages.id),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    bodyMd: text('body_md').notNull(),
    priceMd: text('price_md'),
    risksMd: text('risks_md'),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('site_page_revisions_idx').on(t.pageId, t.revision)],
);

/** A question sent through the site's form: the first contact, before anyone is a patient. */
export const inquiries = pgTable(
  'inquiries',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    preferredContact: text('preferred_contact', { enum: CONTACT_METHODS }).notNull(),
    preferredTimes: text('preferred_times'),
    therapy: text('therapy', { enum: THERAPY_INTERESTS }).notNull(),
    message: text('message').notNull(),
    status: text('status', { enum: INQUIRY_STATUSES }).notNull().default('new'),
    /** Set once "make this a patient" has registered them. */
    patientId: uuid('patient_id').references(() => patients.id),
    /** SHA-256 of the sender's address, for the per-address limit; the address itself is not kept. */
    senderKey: text('sender_key').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    check('inquiries_status_check', sql`${t.status} in ('new', 'contacted', 'booked', 'closed')`),
    check('inquiries_contact_check', sql`${t.preferredContact} in ('email', 'phone', 'either')`),
    check('inquiries_therapy_check', sql`${t.therapy} in ('fibroblast', 'prp', 'undecided')`),
    index('inquiries_facility_idx').on(t.facilityId, t.id),
    index('inquiries_sender_idx').on(t.senderKey, t.createdAt),
  ],
);

/** Staff notes on an inquiry (who called back, what was said), appended, never edited. */
export const inquiryNotes = pgTable(
  'inquiry_notes',
  {
    id: uuid('id').primaryKey(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id),
    body: text('body').notNull(),
    writtenBy: uuid('written_by').references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_notes_inquiry_idx').on(t.inquiryId, t.writtenAt)],
);

/**
 * A reader's comment under an article, held until staff approve it. The email is for the clinic's
 * answer only and never published (issue 23); a rejection keeps its reason.
 */
export const articleComments = pgTable(
  'article_comments',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    pageId: uuid('page_id')
      .notNull()
      .references(() => sitePages.id),
    authorName: text('author_name').notNull(),
    email: text('email').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: COMMENT_STATUSES }).notNull().default('pending'),
    rejectReason: text('reject_reason'),
    /** The clinic's answer to a question, published beneath it. */
    answer: text('answer'),
    moderatedBy: uuid('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'date' }),
    senderKey: text('sender_key').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    check('article_comments_status_check', sql`${t.status} in ('pending', 'approved', 'rejected')`),
    check('article_comments_reason_check', sql`${t.status} <> 'rejected' or ${t.rejectReason} is not null`),
    index('article_comments_page_idx').on(t.pageId, t.status, t.createdAt),
    index('article_comments_facility_idx').on(t.facilityId, t.id),
    index('article_comments_sender_idx').on(t.senderKey, t.createdAt),
  ],
);

/**
 * A before/after case shown on a treatment page or article (docs/site.md "Before/after cases"): two
 * unretouched photos of one patient in one view, with the treatment, its period, the number of
 * sessions, the cost and the risks (shared/domain/regulatory.md, "Medical advertising guideline").
 * Shown only while the patient's photo_advertising consent is in force; withdrawn with a reason,
 * never deleted.
 */
export const siteCases = pgTable(
  'site_cases',
  {
    id: uuid('id').primaryKey(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    pageId: uuid('page_id')
      .notNull()
      .references(() => sitePages.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    beforePhotoId: uuid('before_photo_id')
      .notNull()
      .references(() => patientPhotos.id),
    afterPhotoId: uuid('after_photo_id')
      .notNull()
      .references(() => patientPhotos.id),
    treatment: text('treatment').notNull(),
    period: text('period').notNull(),
    sessions: integer('sessions').notNull(),
    cost: text('cost').notNull(),
    risks: text('risks').notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('placed'),
    withdrawReason: text('withdraw_reason'),
    placedBy: uuid('placed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    check('site_cases_status_check', sql`${t.status} in ('placed', 'withdrawn')`),
    check('site_cases_reason_check', sql`${t.status} <> 'withdrawn' or ${t.withdrawReason} is not null`),
    check('site_cases_sessions_check', sql`${t.sessions} >= 1`),
    check('site_cases_two_photos_check', sql`${t.beforePhotoId} <> ${t.afterPhotoId}`),
    index('site_cases_page_idx').on(t.pageId, t.status),
    index('site_cases_facility_idx').on(t.facilityId, t.id),
  ],
);
