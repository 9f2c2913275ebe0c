import { uuidv7 } from 'uuidv7';
import type { Transaction } from '../../db/client.ts';
import { actorId, actorLabel, type RequestContext } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditAction, AuditEntityType } from './kinds.ts';
import { insertAuditEvent, latestHash, lockChain } from './queries.ts';
import {
  type ChainedFields,
  canonicalJson,
  chainHash,
  chainInstant,
  diffRecords,
  GENESIS_HASH,
  wellFormed,
} from './rules.ts';

export type AuditEntry = {
  /** One of the kinds in kinds.ts, so the audit screen can say it in words. */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  patientId?: string | null;
  facilityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts for events that are not a record change (a failed login, a lock). */
  details?: Record<string, unknown>;
  reason?: string | null;
};

/**
 * Writes one audit event inside the caller's transaction, so the event and the change it records
 * commit or vanish together (non-negotiable 2).
 *
 * The hash covers what the database stores, not what the caller sent: strings are made well formed
 * (UTF-8 has no lone surrogates), uuids lower-cased, and the stored row is read back and hashed
 * again. The chain must not depend on the HTTP edge: the CLI, demo data and system jobs write too.
 * For writes only: a read records what it showed with recordAccess (access.ts), outside the lock.
 */
export async function recordAudit(tx: Transaction, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await lockChain(tx);
  const prevHash = (await latestHash(tx)) ?? GENESIS_HASH;
  const fields = chainedFields(ctx, entry);
  const hash = chainHash(prevHash, fields);
  const row = await insertAuditEvent(tx, { ...fields, prevHash, hash });
  const stored = { ...row, occurredAt: chainInstant(row.occurredAt) };
  if (chainHash(stored.prevHash, stored) !== hash) throw notStorable(fields, stored);
}

/**
 * The fields the chain covers, made storable: strings well formed (UTF-8 has no lone surrogates),
 * uuids lower-cased, `changes` parsed back from its canonical text. Shared by recordAudit and
 * recordAccess (access.ts), so an access entry is hashed by the sealer exactly as a write is.
 */
export function chainedFields(ctx: RequestContext, entry: AuditEntry): ChainedFields {
  const diff = diffRecords(entry.before ?? null, entry.after ?? null);
  const changesValue =
    diff || entry.details ? { ...(diff ?? {}), ...(entry.details ? { details: entry.details } : {}) } : null;
  // Stored exactly as hashed: parsed back from the canonical text.
  const changes = changesValue ? (JSON.parse(canonicalJson(changesValue)) as unknown) : null;
  const { actor } = ctx;
  const text = (value: string | null | undefined) => (value == null ? null : wellFormed(value));
  const uuid = (value: string | null | undefined) => text(value)?.toLowerCase() ?? null;
  const actorFacility = actor.kind === 'anonymous' ? null : (actor.facilityId ?? null);
  return {
    id: uuidv7(),
    occurredAt: new Date().toISOString(),
    // The facility the request works in first: an actor of several facilities acts for one at a time.
    facilityId: uuid(entry.facilityId ?? ctx.scope?.facilityId ?? actorFacility),
    actorType: actor.kind,
    actorId: text(actorId(actor)),
    actorLabel: wellFormed(actorLabel(actor)),
    action: wellFormed(entry.action),
    entityType: wellFormed(entry.entityType),
    entityId: text(entry.entityId),
    patientId: uuid(entry.patientId),
    changes,
    reason: text(entry.reason),
    requestId: text(ctx.requestId),
  };
}

/**
 * The database kept something other than what was hashed: refused (the transaction rolls back), so
 * no row whose hash cannot be recomputed is ever committed. Names the fields that changed.
 */
export function notStorable(sent: ChainedFields, stored: ChainedFields): AppError {
  const changed = (Object.keys(sent) as (keyof ChainedFields)[]).filter(
    (key) => canonicalJson(sent[key]) !== canonicalJson(stored[key]),
  );
  return new AppError(
    422,
    'AUDIT_TEXT_NOT_STORABLE',
    'A value cannot be recorded in the audit trail exactly as given.',
    (changed.length ? changed : ['unknown']).map((path) => ({
      path,
      code: 'NOT_STORABLE',
      message: 'The database would store this value differently from how it was given.',
    })),
  );
}
