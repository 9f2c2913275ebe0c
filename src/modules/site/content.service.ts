import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import { FIXED_PAGES, type PageKind } from './enums.ts';
import * as q from './queries.ts';
import { advertisingWarnings, publicationProblems } from './rules.ts';
import { SHIPPED_ARTICLE, SHIPPED_PAGES } from './shipped-content.ts';

export type PageInput = {
  kind: PageKind;
  slug: string;
  title: string;
  description?: string | undefined;
  bodyMd?: string | undefined;
  priceMd?: string | null | undefined;
  risksMd?: string | null | undefined;
};
export type PageChanges = Partial<Omit<PageInput, 'kind' | 'slug'>> & { version: number };

/** Pages (fixed pages and treatments) at /api/v1/pages; articles at /api/v1/articles. */
export const PAGE_COLLECTIONS = {
  pages: ['page', 'treatment'],
  articles: ['article'],
} as const satisfies Record<string, readonly PageKind[]>;
export type PageCollection = keyof typeof PAGE_COLLECTIONS;

const pageCursor = keysetCursor('uuid');

/** A page as staff read it: the draft, and the advertising words it holds (a warning, not a refusal). */
export const withWarnings = (page: q.PageRow) => ({
  ...page,
  warnings: advertisingWarnings({
    title: page.title,
    description: page.description,
    bodyMd: page.bodyMd,
    priceMd: page.priceMd,
    risksMd: page.risksMd,
  }),
});

export type ContentService = ReturnType<typeof createContentService>;

export function createContentService(db: Database) {
  async function loadForChange(
    tx: Transaction,
    ctx: RequestContext,
    collection: PageCollection,
    id: string,
    version: number,
  ) {
    const page = await q.findPageForUpdate(tx, facilityIdOf(ctx), PAGE_COLLECTIONS[collection], id);
    if (!page) throw notFound('Page');
    if (page.version !== version)
      throw conflict('STALE_VERSION', 'The page was changed by someone else: reload it and try again.');
    return page;
  }

  const revisionOf = (page: q.PageRow, ctx: RequestContext) => ({
    id: uuidv7(),
    pageId: page.id,
    revision: page.revision,
    title: page.title,
    description: page.description,
    bodyMd: page.bodyMd,
    priceMd: page.priceMd,
    risksMd: page.risksMd,
    savedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });

  return {
    async list(
      ctx: RequestContext,
      collection: PageCollection,
      page: { limit: number; cursor?: string | undefined },
    ) {
      const after = pageCursor.decode(page.cursor);
      const rows = await q.listPages(db, facilityIdOf(ctx), PAGE_COLLECTIONS[collection], {
        afterId: after?.[0],
        limit: page.limit,
      });
      const result = pageCursor.page(rows, page.limit, (row) => [row.id]);
      return { items: result.items.map(withWarnings), nextCursor: result.nextCursor };
    },

    async get(ctx: RequestContext, collection: PageCollection, id: string) {
      const page = await q.findPage(db, facilityIdOf(ctx), PAGE_COLLECTIONS[collection], id);
      if (!page) throw notFound('Page');
      return withWarnings(page);
    },

    async revisions(ctx: RequestContext, collection: PageCollection, id: string) {
      const page = await q.findPage(db, facilityIdOf(ctx), PAGE_COLLECTIONS[collection], id);
      if (!page) throw notFound('Page');
      return q.revisionsOf(db, page.id);
    },

    /**
     * The content Saisei ships (shipped-content.ts), as drafts: each page or article whose address
     * is still free. Returns what it made; the clinic edits, fills in its prices and publishes.
     */
    async installShipped(ctx: RequestContext) {
      const made = [];
      for (const input of [...SHIPPED_PAGES, SHIPPED_ARTICLE]) {
        if (await q.findPageBySlug(db, facilityIdOf(ctx), input.kind, input.slug)) continue;
        made.push(await this.create(ctx, input.kind === 'article' ? 'articles' : 'pages', input));
      }
      return made;
    },

    create(ctx: RequestContext, collection: PageCollection, input: PageInput) {
      const kinds: readonly PageKind[] = PAGE_COLLECTIONS[collection];
      if (!kinds.includes(input.kind))
        throw validationFailed([
          { path: 'kind', code: 'NOT_A_CHOICE', message: `Not a kind of ${collection}.` },
        ]);
      // A fixed page has an address of its own; any other name would be a page nobody can reach.
      if (input.kind === 'page' && !(FIXED_PAGES as readonly string[]).includes(input.slug))
        throw validationFailed([
          { path: 'slug', code: 'UNKNOWN_PAGE', message: `A page is one of: ${FIXED_PAGES.join(', ')}.` },
        ]);
      return inTransaction(db, async (tx) => {
        const facilityId = facilityIdOf(ctx);
        if (await q.findPageBySlug(tx, facilityId, input.kind, input.slug))
          throw conflict('SLUG_TAKEN', 'The site already has a page at this address.', [
            { path: 'slug', code: 'SLUG_TAKEN', message: 'The site already has a page at this address.' },
          ]);
        const page = await q.insertPage(tx, {
          id: uuidv7(),
          facilityId,
          kind: input.kind,
          slug: input.slug,
          title: input.title,
          description: input.description ?? '',
          bodyMd: input.bodyMd ?? '',
          priceMd: input.priceMd ?? null,
          risksMd: input.risksMd ?? null,
        });
        await q.insertRevision(tx, revisionOf(page, ctx));
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'site_page',
          entityId: page.id,
          after: page,
        });
        return withWarnings(page);
      });
    },

    /** A save: the draft changes and becomes the next revision; what is published stays until republished. */
    edit(ctx: RequestContext, collection: PageCollection, id: string, changes: PageChanges) {
      const { version, ...fields } = changes;
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, collection, id, version);
        const page = await q.updatePage(tx, id, { ...fields, revision: current.revision + 1 });
        await q.insertRevision(tx, revisionOf(page, ctx));
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'site_page',
          entityId: id,
          before: current,
          after: page,
        });
        return withWarnings(page);
      });
    },

    /** The current revision goes live on `publishedOn` (today by default), if it holds what the law asks. */
    publish(
      ctx: RequestContext,
      collection: PageCollection,
      id: string,
      input: { version: number; publishedOn?: string | undefined },
    ) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, collection, id, input.version);
        const problems = publicationProblems(current);
        if (problems.length > 0)
          throw validationFailed(
            problems,
            `The page cannot be published: ${problems.map((p) => p.path).join(', ')} missing.`,
          );
        const page = await q.updatePage(tx, id, {
          status: 'published',
          publishedRevision: current.revision,
          publishedOn: input.publishedOn ?? todayInTokyo(),
        });
        await recordAudit(tx, ctx, {
          action: 'publish',
          entityType: 'site_page',
          entityId: id,
          before: current,
          after: page,
        });
        return withWarnings(page);
      });
    },

    withdraw(
      ctx: RequestContext,
      collection: PageCollection,
      id: string,
      input: { version: number; reason: string },
    ) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, collection, id, input.version);
        if (current.status !== 'published')
          throw conflict('PAGE_NOT_PUBLISHED', 'Only a published page is withdrawn.');
        const page = await q.updatePage(tx, id, { status: 'withdrawn' });
        await recordAudit(tx, ctx, {
          action: 'withdraw',
          entityType: 'site_page',
          entityId: id,
          before: current,
          after: page,
          reason: input.reason,
        });
        return withWarnings(page);
      });
    },
  };
}
