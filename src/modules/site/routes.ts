import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, IdParams, ListQuery, listOf, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import {
  type ContentService,
  PAGE_COLLECTIONS,
  type PageCollection,
  type withWarnings,
} from './content.service.ts';
import { PAGE_KINDS, PAGE_STATUSES } from './enums.ts';
import type { RevisionRow } from './queries.ts';
import { SLUG_PATTERN } from './rules.ts';

const Warning = z.object({
  path: z.string(),
  code: z.literal('ADVERTISING_WORD'),
  word: z.string(),
  message: z.string().describe('The word and the advertising rule it breaks'),
});

const Page = z
  .object({
    id: z.uuid(),
    kind: z.enum(PAGE_KINDS),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    bodyMd: z.string(),
    priceMd: z.string().nullable(),
    risksMd: z.string().nullable(),
    status: z.enum(PAGE_STATUSES),
    revision: z.number().int().describe('The revision the draft fields hold'),
    publishedRevision: z.number().int().nullable().describe('The revision the public sees'),
    publishedOn: z.string().nullable(),
    warnings: z.array(Warning).describe('Words the medical advertising guideline keeps off the site'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SitePage' });

const Revision = z
  .object({
    revision: z.number().int(),
    title: z.string(),
    description: z.string(),
    bodyMd: z.string(),
    priceMd: z.string().nullable(),
    risksMd: z.string().nullable(),
    savedBy: z.uuid().nullable(),
    savedAt: z.string(),
  })
  .meta({ id: 'SitePageRevision' });

const Title = z.string().trim().min(1).max(200);
const Description = z.string().trim().max(300).describe('The search-result and Open Graph description');
const Markdown = z.string().max(100_000);
const Slug = z
  .string()
  .regex(SLUG_PATTERN)
  .max(80)
  .describe('Its address: lower-case letters, digits, hyphens')
  .meta({ examples: ['acne-scars'] });

const toPage = (page: ReturnType<typeof withWarnings>) => ({
  ...page,
  createdAt: page.createdAt.toISOString(),
  updatedAt: page.updatedAt.toISOString(),
});
const toRevision = (row: RevisionRow) => ({ ...row, savedAt: row.savedAt.toISOString() });

/**
 * The site's content for staff (issue 23): `/pages` (the fixed pages and the treatment pages) and
 * `/articles`, each drafted in Markdown, saved in revisions, published on a date, withdrawn with a
 * reason. Same routes for both, each collection holding only its kinds.
 */
export const sitePageRoutes =
  (content: ContentService, collection: PageCollection): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['site'];
    const access = { access: 'site:manage', scope: 'facility' } as const;
    const kinds = PAGE_COLLECTIONS[collection];
    const base = `/${collection}`;
    const noun = collection === 'pages' ? 'page' : 'article';

    app.get(
      base,
      {
        config: access,
        schema: {
          tags,
          summary: `The site's ${collection}, drafts included`,
          querystring: ListQuery,
          response: { 200: listOf(Page) },
        },
      },
      async (request) => {
        const answer = await content.list(requestContext(request), collection, request.query);
        return { items: answer.items.map(toPage), nextCursor: answer.nextCursor };
      },
    );

    app.post(
      base,
      {
        config: access,
        schema: {
          tags,
          summary: `Draft a new ${noun} (409 SLUG_TAKEN when the address is in use)`,
          body: z.strictObject({
            kind: z
              .enum(PAGE_KINDS)
              .default(kinds[0])
              .describe(`One of: ${kinds.join(', ')}`),
            slug: Slug,
            title: Title,
            description: Description.default(''),
            bodyMd: Markdown.default(''),
            priceMd: Markdown.nullable().default(null),
            risksMd: Markdown.nullable().default(null),
          }),
          response: { 201: Page },
        },
      },
      async (request, reply) => {
        const page = toPage(await content.create(requestContext(request), collection, request.body));
        return reply.status(201).header('location', `/api/v1${base}/${page.id}`).send(page);
      },
    );

    if (collection === 'pages')
      app.post(
        '/pages/shipped',
        {
          config: access,
          schema: {
            tags,
            summary:
              'Install the site content Saisei ships (pages and the first article) as drafts, each whose address is free',
            response: { 200: z.object({ items: z.array(Page) }) },
          },
        },
        async (request) => ({ items: (await content.installShipped(requestContext(request))).map(toPage) }),
      );

    app.get(
      `${base}/:id`,
      {
        config: access,
        schema: { tags, summary: `Read one ${noun}'s draft`, params: IdParams, response: { 200: Page } },
      },
      async (request) => toPage(await content.get(requestContext(request), collection, request.params.id)),
    );

    app.patch(
      `${base}/:id`,
      {
        config: access,
        schema: {
          tags,
          summary: `Save the ${noun}: the draft becomes the next revision (the public keeps the published one)`,
          params: IdParams,
          body: z.strictObject({
            title: Title.optional(),
            description: Description.optional(),
            bodyMd: Markdown.optional(),
            priceMd: Markdown.nullable().optional(),
            risksMd: Markdown.nullable().optional(),
            version: Version,
          }),
          response: { 200: Page },
        },
      },
      async (request) =>
        toPage(await content.edit(requestContext(request), collection, request.params.id, request.body)),
    );

    app.get(
      `${base}/:id/revisions`,
      {
        config: access,
        schema: {
          tags,
          summary: `Every saved revision of the ${noun}, newest first`,
          params: IdParams,
          response: { 200: z.object({ items: z.array(Revision) }) },
        },
      },
      async (request) => ({
        items: (await content.revisions(requestContext(request), collection, request.params.id)).map(
          toRevision,
        ),
      }),
    );

    app.post(
      `${base}/:id/publish`,
      {
        config: access,
        schema: {
          tags,
          summary:
            'Publish the current revision on a date (today by default); a treatment page without price or risks is 422 naming them',
          params: IdParams,
          body: z.strictObject({ version: Version, publishedOn: DateOnly.optional() }),
          response: { 200: Page },
        },
      },
      async (request) =>
        toPage(await content.publish(requestContext(request), collection, request.params.id, request.body)),
    );

    app.post(
      `${base}/:id/withdraw`,
      {
        config: access,
        schema: {
          tags,
          summary: `Take the ${noun} off the site, with the reason`,
          params: IdParams,
          body: z.strictObject({ version: Version, reason: Reason }),
          response: { 200: Page },
        },
      },
      async (request) =>
        toPage(await content.withdraw(requestContext(request), collection, request.params.id, request.body)),
    );
  };
