import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, ListQuery, listOf, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import type { CommentService } from './comments.service.ts';
import { COMMENT_STATUSES } from './enums.ts';
import type { CommentRow } from './queries.ts';

const Comment = z
  .object({
    id: z.uuid(),
    pageId: z.uuid().describe('The article it is under'),
    authorName: z.string(),
    email: z.string().describe('For the clinic only: never published'),
    body: z.string(),
    status: z.enum(COMMENT_STATUSES),
    rejectReason: z.string().nullable(),
    answer: z.string().nullable().describe("The clinic's answer, published beneath the comment"),
    moderatedBy: z.uuid().nullable(),
    moderatedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ArticleComment' });

const toComment = (row: Omit<CommentRow, 'senderKey'>) => ({
  ...row,
  moderatedAt: row.moderatedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * Moderation of readers' comments (docs/site.md): a testimonial about a treatment's effect may not
 * be published on the clinic's own site (../shared/domain/regulatory.md); questions get an answer.
 */
export const commentRoutes =
  (comments: CommentService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['site'];
    const access = { access: 'site:manage', scope: 'facility' } as const;

    app.get(
      '/comments',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Comments under the articles, newest first (the list is in the access log: it shows emails)',
          querystring: ListQuery.extend({ status: z.enum(COMMENT_STATUSES).optional() }),
          response: { 200: listOf(Comment) },
        },
      },
      async (request) => {
        const { status, ...page } = request.query;
        const answer = await comments.list(requestContext(request), { status }, page);
        return { items: answer.items.map(toComment), nextCursor: answer.nextCursor };
      },
    );

    app.post(
      '/comments/:id/approve',
      {
        config: access,
        schema: {
          tags,
          summary: 'Publish the comment under its article',
          params: IdParams,
          body: z.strictObject({
            version: Version,
            note: z
              .string()
              .trim()
              .max(500)
              .optional()
              .describe('Why it may be published, kept in the audit trail'),
          }),
          response: { 200: Comment },
        },
      },
      async (request) =>
        toComment(await comments.approve(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/comments/:id/reject',
      {
        config: access,
        schema: {
          tags,
          summary: 'Keep the comment off the site, with the reason (kept with it)',
          params: IdParams,
          body: z.strictObject({ version: Version, reason: Reason }),
          response: { 200: Comment },
        },
      },
      async (request) =>
        toComment(await comments.reject(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/comments/:id/answer',
      {
        config: access,
        schema: {
          tags,
          summary:
            "Answer a question: the clinic's answer is published beneath it (and the question with it)",
          params: IdParams,
          body: z.strictObject({ version: Version, answer: z.string().trim().min(1).max(4000) }),
          response: { 200: Comment },
        },
      },
      async (request) =>
        toComment(await comments.answer(requestContext(request), request.params.id, request.body)),
    );
  };
