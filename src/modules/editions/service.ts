import type { Transaction } from '../../db/client.ts';
import type { EditionStatus } from '../../domain/editions.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict } from '../../platform/errors.ts';
import type { AuditEntityType } from '../audit/kinds.ts';
import { recordAudit } from '../audit/recorder.ts';

type Edition = { id: string; edition: number; status: EditionStatus };
type Lifecycle<Row extends Edition> = {
  entityType: AuditEntityType;
  /** Writes the columns to the row (found in scope and locked by the caller) and returns it. */
  update(tx: Transaction, id: string, changes: Record<string, unknown>): Promise<Row>;
};

/** A draft is the only edition that changes; a published one is fixed (a trigger holds it too). */
export function draftOnly(status: EditionStatus, code: string, noun: string): void {
  if (status !== 'draft') throw conflict(code, `A published ${noun} is never changed: draft a new edition.`);
}

/**
 * Publishes a draft, fixed with the SHA-256 of its content, in the caller's transaction, with its
 * audit event: from now on what is given is given under this edition.
 */
export async function publishEdition<Row extends Edition>(
  tx: Transaction,
  ctx: RequestContext,
  lifecycle: Lifecycle<Row>,
  current: Row,
  published: { contentHash: string; revisionNote: string },
): Promise<Row> {
  const updated = await lifecycle.update(tx, current.id, {
    status: 'published',
    contentHash: published.contentHash,
    revisionNote: published.revisionNote,
    publishedAt: new Date(),
    publishedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  await recordAudit(tx, ctx, {
    action: 'update',
    entityType: lifecycle.entityType,
    entityId: current.id,
    before: current,
    after: updated,
    reason: published.revisionNote,
    details: { published: { edition: current.edition, contentHash: published.contentHash } },
  });
  return updated;
}

/** Retires a published edition, with why: nothing new is given under it; what was given stays. */
export async function retireEdition<Row extends Edition>(
  tx: Transaction,
  ctx: RequestContext,
  lifecycle: Lifecycle<Row> & { notPublished: { code: string; noun: string } },
  current: Row,
  reason: string,
): Promise<Row> {
  if (current.status !== 'published') {
    const { code, noun } = lifecycle.notPublished;
    throw conflict(code, `Only a published ${noun} is retired.`);
  }
  const updated = await lifecycle.update(tx, current.id, { status: 'retired', retiredReason: reason });
  await recordAudit(tx, ctx, {
    action: 'update',
    entityType: lifecycle.entityType,
    entityId: current.id,
    before: current,
    after: updated,
    reason,
  });
  return updated;
}
