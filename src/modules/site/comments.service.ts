import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAccess } from '../audit/access.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import type { CommentStatus } from './enums.ts';
import * as q from './queries.ts';

const commentCursor = keysetCursor('uuid');

const forModeration = (row: q.CommentRow) => {
  const { senderKey: _hidden, ...comment } = row;
  return comment;
};

export type CommentService = ReturnType<typeof createCommentService>;

/**
 * Moderation of readers' comments (issue 23; ../shared/domain/regulatory.md, "Medical advertising
 * guideline"): a comment is shown only once approved; a testimonial about a treatment's effect is
 * rejected with its reason; a question gets the clinic's answer, published beneath it.
 */
export function createCommentService(db: Database) {
  async function loadForChange(tx: Transaction, ctx: RequestContext, id: string, version: number) {
    const current = await q.findCommentForUpdate(tx, facilityIdOf(ctx), id);
    if (!current) throw notFound('Comment');
    if (current.version !== version)
      throw conflict('STALE_VERSION', 'The comment was moderated by someone else: reload it and try again.');
    return current;
  }

  function moderate(
    ctx: RequestContext,
    id: string,
    version: number,
    action: 'approve' | 'reject' | 'answer',
    decide: (current: q.CommentRow) => Partial<q.CommentRow>,
    reason?: string,
  ) {
    return inTransaction(db, async (tx) => {
      const current = await loadForChange(tx, ctx, id, version);
      const comment = await q.updateComment(tx, id, {
        ...decide(current),
        moderatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        moderatedAt: new Date(),
      });
      await recordAudit(tx, ctx, {
        action,
        entityType: 'article_comment',
        entityId: id,
        before: { status: current.status, answer: current.answer },
        after: { status: comment.status, answer: comment.answer },
        reason: reason ?? null,
      });
      return forModeration(comment);
    });
  }

  return {
    async list(
      ctx: RequestContext,
      filter: { status?: CommentStatus | undefined },
      page: { limit: number; cursor?: string | undefined },
    ) {
      const before = commentCursor.decode(page.cursor);
      const rows = await q.listComments(db, facilityIdOf(ctx), filter, {
        beforeId: before?.[0],
        limit: page.limit,
      });
      const result = commentCursor.page(rows, page.limit, (row) => [row.id]);
      // The list shows commenters' email addresses: a read of personal information.
      await recordAccess(db, ctx, {
        action: 'read',
        entityType: 'article_comment_list',
        details: { commentIds: result.items.map((row) => row.id) },
      });
      return { items: result.items.map(forModeration), nextCursor: result.nextCursor };
    },

    approve: (ctx: RequestContext, id: string, input: { version: number; note?: string | undefined }) =>
      moderate(
        ctx,
        id,
        input.version,
        'approve',
        () => ({ status: 'approved', rejectReason: null }),
        input.note,
      ),

    reject: (ctx: RequestContext, id: string, input: { version: number; reason: string }) =>
      moderate(
        ctx,
        id,
        input.version,
        'reject',
        () => ({ status: 'rejected', rejectReason: input.reason }),
        input.reason,
      ),

    /** The clinic's answer to a question; answering approves the question it answers. */
    answer: (ctx: RequestContext, id: string, input: { version: number; answer: string }) =>
      moderate(ctx, id, input.version, 'answer', () => ({
        status: 'approved',
        rejectReason: null,
        answer: input.answer,
      })),
  };
}
