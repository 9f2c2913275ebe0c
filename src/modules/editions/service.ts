import type { Transaction } from '../../db/client.ts';
import type { EditionStatus } from '../../domain/editions.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict } from '../../platform/errors.ts';
import type { AuditEntityType } from '../audit/kinds.ts';
import { recordAudit } from '../audit/recorder.ts';

type Edition = { id: string; edition: number; status: EditionStatus; version: number };

/** What a module tells the editions' use cases about its document. */
export type EditionLifecycle<Row extends Edition> = {
  entityType: AuditEntityType;
  /** In messages: 'document', 'template'. */
  noun: string;
  /** The refusals' codes: changing a published edition, retiring one that is not published. */
  codes: { published: string; notPublished: string };
  /** Writes the columns to the row (found in scope and locked by the caller) and returns it. */
  update(tx: Transaction, id: string, changes: Record<string, unknown>): Promise<Row>;
};

/** The edition to change, found and locked by the caller, at the version the client saw. */
export function atVersion<Row extends Edition>(row: Row, version: number, noun: string): Row {
  if (row.version !== version)
    throw conflict('STALE_VERSION', `The ${noun} was changed by someone else. Reload and try again.`);
  return row;
}

/** A draft is the only edition that changes; a published one is fixed (a trigger holds it too). */
export function draftOnly<Row extends Edition>(lifecycle: EditionLifecycle<Row>, current: Row): void {
  if (current.status !== 'draft')
    throw conflict(
      lifecycle.codes.published,
      `A published ${lifecycle.noun} is never changed: draft a new edition.`,
    );
}

/** Changes a draft's own fields, with the diff in the audit trail. */
export async function editDraft<Row extends Edition>(
  tx: Transaction,
  ctx: RequestContext,
  lifecycle: EditionLifecycle<Row>,
  current: Row,
  changes: Record<string, unknown>,
): Promise<Row> {
  draftOnly(lifecycle, current);
  const updated = await lifecycle.update(tx, current.id, changes);
  await recordAudit(tx, ctx, {
    action: 'update',
    entityType: lifecycle.entityType,
    entityId: current.id,
    before: current,
    after: updated,
  });
  return updated;
}

/**
 * Publishes a draft, fixed with the SHA-256 of its content, in the caller's transaction, with its
 * audit event: from now on what is given is given under this edition.
 */
export async function publishEdition<Row extends Edition>(
  tx: Transaction,
  ctx: RequestContext,
  lifecycle: EditionLifecycle<Row>,
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
  lifecycle: EditionLifecycle<Row>,
  current: Row,
  reason: string,
): Promise<Row> {
  if (current.status !== 'published')
    throw conflict(lifecycle.codes.notPublished, `Only a published ${lifecycle.noun} is retired.`);
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
