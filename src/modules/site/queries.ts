import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { facilities } from '../facilities/schema.ts';
import type { CommentStatus, InquiryStatus, PageKind } from './enums.ts';
import { articleComments, inquiries, inquiryNotes, sitePageRevisions, sitePages } from './schema.ts';

export type PageRow = typeof sitePages.$inferSelect;
export type RevisionRow = typeof sitePageRevisions.$inferSelect;
export type InquiryRow = typeof inquiries.$inferSelect;
export type InquiryNoteRow = typeof inquiryNotes.$inferSelect;
export type CommentRow = typeof articleComments.$inferSelect;

// ---- Which clinic the site speaks for ----

/** The oldest clinic: the site's facility when the configuration names none (docs/site.md). */
export async function oldestClinicId(ex: Executor): Promise<string | undefined> {
  const [row] = await ex
    .select({ id: facilities.id })
    .from(facilities)
    .where(eq(facilities.kind, 'clinic'))
    .orderBy(asc(facilities.createdAt), asc(facilities.id))
    .limit(1);
  return row?.id;
}

// ---- Pages and articles ----

export async function findPage(ex: Executor, facilityId: string, kinds: readonly PageKind[], id: string) {
  const [row] = await ex
    .select()
    .from(sitePages)
    .where(and(eq(sitePages.facilityId, facilityId), eq(sitePages.id, id)));
  return row && kinds.includes(row.kind) ? row : undefined;
}

export async function findPageForUpdate(
  ex: Executor,
  facilityId: string,
  kinds: readonly PageKind[],
  id: string,
) {
  const [row] = await ex
    .select()
    .from(sitePages)
    .where(and(eq(sitePages.facilityId, facilityId), eq(sitePages.id, id)))
    .for('update');
  return row && kinds.includes(row.kind) ? row : undefined;
}

export async function findPageBySlug(ex: Executor, facilityId: string, kind: PageKind, slug: string) {
  const [row] = await ex
    .select()
    .from(sitePages)
    .where(and(eq(sitePages.facilityId, facilityId), eq(sitePages.kind, kind), eq(sitePages.slug, slug)));
  return row;
}

export function listPages(
  ex: Executor,
  facilityId: string,
  kinds: readonly PageKind[],
  page: { afterId?: string | undefined; limit: number },
) {
  return ex
    .select()
    .from(sitePages)
    .where(
      and(
        eq(sitePages.facilityId, facilityId),
        inArray(sitePages.kind, [...kinds]),
        page.afterId ? gt(sitePages.id, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(sitePages.id))
    .limit(page.limit + 1);
}

export async function insertPage(tx: Executor, row: typeof sitePages.$inferInsert) {
  return onlyRow(await tx.insert(sitePages).values(row).returning());
}

export async function updatePage(tx: Executor, id: string, changes: Partial<typeof sitePages.$inferInsert>) {
  return onlyRow(
    await tx
      .update(sitePages)
      .set({ ...changes, ...nextVersion(sitePages) })
      .where(eq(sitePages.id, id))
      .returning(),
  );
}

export async function insertRevision(tx: Executor, row: typeof sitePageRevisions.$inferInsert) {
  return onlyRow(await tx.insert(sitePageRevisions).values(row).returning());
}

export function revisionsOf(ex: Executor, pageId: string) {
  return ex
    .select()
    .from(sitePageRevisions)
    .where(eq(sitePageRevisions.pageId, pageId))
    .orderBy(desc(sitePageRevisions.revision));
}

export type PublicPage = { page: PageRow; content: RevisionRow };

/** The revision the public sees of one page: published, and on or after its publication date. */
export async function publishedPage(
  ex: Executor,
  facilityId: string,
  kind: PageKind,
  slug: string,
  today: string,
): Promise<PublicPage | undefined> {
  const [row] = await ex
    .select({ page: sitePages, content: sitePageRevisions })
    .from(sitePages)
    .innerJoin(
      sitePageRevisions,
      and(
        eq(sitePageRevisions.pageId, sitePages.id),
        eq(sitePageRevisions.revision, sitePages.publishedRevision),
      ),
    )
    .where(
      and(
        eq(sitePages.facilityId, facilityId),
        eq(sitePages.kind, kind),
        eq(sitePages.slug, slug),
        eq(sitePages.status, 'published'),
        lte(sitePages.publishedOn, today),
      ),
    );
  return row;
}

/** Every published page of a kind, newest publication first (the article list, the sitemap). */
export function publishedPages(ex: Executor, facilityId: string, kind: PageKind, today: string) {
  return ex
    .select({ page: sitePages, content: sitePageRevisions })
    .from(sitePages)
    .innerJoin(
      sitePageRevisions,
      and(
        eq(sitePageRevisions.pageId, sitePages.id),
        eq(sitePageRevisions.revision, sitePages.publishedRevision),
      ),
    )
    .where(
      and(
        eq(sitePages.facilityId, facilityId),
        eq(sitePages.kind, kind),
        eq(sitePages.status, 'published'),
        lte(sitePages.publishedOn, today),
      ),
    )
    .orderBy(desc(sitePages.publishedOn), desc(sitePages.id));
}

// ---- Inquiries ----

export async function insertInquiry(tx: Executor, row: typeof inquiries.$inferInsert) {
  return onlyRow(await tx.insert(inquiries).values(row).returning());
}

/** Sent from this (hashed) address since a moment: the per-address limit. */
export async function inquiriesFromSince(ex: Executor, senderKey: string, since: Date) {
  const [row] = await ex
    .select({ n: count() })
    .from(inquiries)
    .where(and(eq(inquiries.senderKey, senderKey), gte(inquiries.createdAt, since)));
  return row?.n ?? 0;
}

export async function findInquiry(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.facilityId, facilityId), eq(inquiries.id, id)));
  return row;
}

export async function findInquiryForUpdate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.facilityId, facilityId), eq(inquiries.id, id)))
    .for('update');
  return row;
}

/** Newest first (UUIDv7 ids follow time), before the cursor's id. */
export function listInquiries(
  ex: Executor,
  facilityId: string,
  filter: { status?: InquiryStatus | undefined },
  page: { beforeId?: string | undefined; limit: number },
) {
  return ex
    .select()
    .from(inquiries)
    .where(
      and(
        eq(inquiries.facilityId, facilityId),
        filter.status ? eq(inquiries.status, filter.status) : undefined,
        page.beforeId ? lt(inquiries.id, page.beforeId) : undefined,
      ),
    )
    .orderBy(desc(inquiries.id))
    .limit(page.limit + 1);
}

export async function updateInquiry(
  tx: Executor,
  id: string,
  changes: Partial<typeof inquiries.$inferInsert>,
) {
  return onlyRow(
    await tx
      .update(inquiries)
      .set({ ...changes, ...nextVersion(inquiries) })
      .where(eq(inquiries.id, id))
      .returning(),
  );
}

export async function insertInquiryNote(tx: Executor, row: typeof inquiryNotes.$inferInsert) {
  return onlyRow(await tx.insert(inquiryNotes).values(row).returning());
}

export function notesOf(ex: Executor, inquiryId: string) {
  return ex
    .select()
    .from(inquiryNotes)
    .where(eq(inquiryNotes.inquiryId, inquiryId))
    .orderBy(asc(inquiryNotes.writtenAt), asc(inquiryNotes.id));
}

// ---- Comments ----

export async function insertComment(tx: Executor, row: typeof articleComments.$inferInsert) {
  return onlyRow(await tx.insert(articleComments).values(row).returning());
}

export async function commentsFromSince(ex: Executor, senderKey: string, since: Date) {
  const [row] = await ex
    .select({ n: count() })
    .from(articleComments)
    .where(and(eq(articleComments.senderKey, senderKey), gte(articleComments.createdAt, since)));
  return row?.n ?? 0;
}

export async function findCommentForUpdate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(articleComments)
    .where(and(eq(articleComments.facilityId, facilityId), eq(articleComments.id, id)))
    .for('update');
  return row;
}

export async function findComment(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(articleComments)
    .where(and(eq(articleComments.facilityId, facilityId), eq(articleComments.id, id)));
  return row;
}

export function listComments(
  ex: Executor,
  facilityId: string,
  filter: { status?: CommentStatus | undefined },
  page: { beforeId?: string | undefined; limit: number },
) {
  return ex
    .select()
    .from(articleComments)
    .where(
      and(
        eq(articleComments.facilityId, facilityId),
        filter.status ? eq(articleComments.status, filter.status) : undefined,
        page.beforeId ? lt(articleComments.id, page.beforeId) : undefined,
      ),
    )
    .orderBy(desc(articleComments.id))
    .limit(page.limit + 1);
}

export async function updateComment(
  tx: Executor,
  id: string,
  changes: Partial<typeof articleComments.$inferInsert>,
) {
  return onlyRow(
    await tx
      .update(articleComments)
      .set({ ...changes, ...nextVersion(articleComments) })
      .where(eq(articleComments.id, id))
      .returning(),
  );
}

/** What the public sees under an article: approved comments, oldest first; never the email. */
export function approvedComments(ex: Executor, pageId: string) {
  return ex
    .select({
      id: articleComments.id,
      authorName: articleComments.authorName,
      body: articleComments.body,
      answer: articleComments.answer,
      createdAt: articleComments.createdAt,
    })
    .from(articleComments)
    .where(and(eq(articleComments.pageId, pageId), eq(articleComments.status, 'approved')))
    .orderBy(asc(articleComments.createdAt), asc(articleComments.id));
}
