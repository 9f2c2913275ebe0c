import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import type { FieldError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import * as q from './queries.ts';
import {
  COMMENTS_PER_HOUR,
  HONEYPOT_FIELD,
  INQUIRIES_PER_HOUR,
  judgeFormTimer,
  readCommentForm,
  readInquiryForm,
  type TimerVerdict,
} from './rules.ts';
import { senderKeyOf } from './site-facility.ts';

/** What became of a form a visitor sent: the public route turns each into a page. */
export type Submission =
  | { outcome: 'accepted' }
  | { outcome: 'invalid'; errors: FieldError[] }
  | { outcome: 'retry'; verdict: Exclude<TimerVerdict, 'ok'> }
  | { outcome: 'limited' }
  | { outcome: 'no_article' };

const HOUR_MS = 60 * 60 * 1000;

export type SubmissionService = ReturnType<typeof createSubmissionService>;

/**
 * The site's two forms (issue 23): an inquiry, a comment under an article. No account; spam is
 * resisted by a honeypot field, a signed time-to-submit and a per-address hourly limit.
 */
export function createSubmissionService(db: Database, timerKey: Buffer) {
  /** Spam checks before anything is read: the honeypot looks accepted, so a bot learns nothing. */
  function screen(raw: Record<string, string>, now: number): Submission | undefined {
    if ((raw[HONEYPOT_FIELD] ?? '') !== '') return { outcome: 'accepted' };
    const verdict = judgeFormTimer(timerKey, raw.formTimer, now);
    return verdict === 'ok' ? undefined : { outcome: 'retry', verdict };
  }

  return {
    async sendInquiry(
      ctx: RequestContext,
      raw: Record<string, string>,
      now = Date.now(),
    ): Promise<Submission> {
      const form = readInquiryForm(raw);
      if (!form.ok) return { outcome: 'invalid', errors: form.errors };
      const screened = screen(raw, now);
      if (screened) return screened;
      const senderKey = senderKeyOf(ctx.ip);
      return inTransaction(db, async (tx) => {
        if ((await q.inquiriesFromSince(tx, senderKey, new Date(now - HOUR_MS))) >= INQUIRIES_PER_HOUR)
          return { outcome: 'limited' } as const;
        const inquiry = await q.insertInquiry(tx, {
          ...form.value,
          id: uuidv7(),
          facilityId: facilityIdOf(ctx),
          senderKey,
        });
        // The audit row names the inquiry; its content stays in the inquiry (personal information).
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'inquiry',
          entityId: inquiry.id,
          details: { therapy: inquiry.therapy },
        });
        return { outcome: 'accepted' } as const;
      });
    },

    async sendComment(
      ctx: RequestContext,
      slug: string,
      raw: Record<string, string>,
      now = Date.now(),
    ): Promise<Submission> {
      const article = await q.publishedPage(
        db,
        facilityIdOf(ctx),
        'article',
        slug,
        todayInTokyo(new Date(now)),
      );
      if (!article) return { outcome: 'no_article' };
      const form = readCommentForm(raw);
      if (!form.ok) return { outcome: 'invalid', errors: form.errors };
      const screened = screen(raw, now);
      if (screened) return screened;
      const senderKey = senderKeyOf(ctx.ip);
      return inTransaction(db, async (tx) => {
        if ((await q.commentsFromSince(tx, senderKey, new Date(now - HOUR_MS))) >= COMMENTS_PER_HOUR)
          return { outcome: 'limited' } as const;
        const comment = await q.insertComment(tx, {
          ...form.value,
          id: uuidv7(),
          facilityId: facilityIdOf(ctx),
          pageId: article.page.id,
          senderKey,
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'article_comment',
          entityId: comment.id,
          details: { pageId: article.page.id },
        });
        return { outcome: 'accepted' } as const;
      });
    },
  };
}
