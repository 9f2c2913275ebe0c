import { uuidv7 } from 'uuidv7';
import type { Transaction } from '../../db/client.ts';
import { actorId, actorLabel, type RequestContext } from '../../platform/actor.ts';
import { insertAuditEvent, latestHash, lockChain } from './queries.ts';
import { type ChainedFields, canonicalJson, chainHash, diffRecords, GENESIS_HASH } from './rules.ts';

export type AuditEntry = {
  action: string;
  entityType: string;
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
 */
export async function recordAudit(tx: Transaction, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await lockChain(tx);
  const prevHash = (await latestHash(tx)) ?? GENESIS_HASH;
  const diff = diffRecords(entry.before ?? null, entry.after ?? null);
  const changesValue =
    diff || entry.details ? { ...(diff ?? {}), ...(entry.details ? { details: entry.details } : {}) } : null;
  // Stored exactly as hashed: parsed back from the canonical text.
  const changes = changesValue ? (JSON.parse(canonicalJson(changesValue)) as unknown) : null;
  const { actor } = ctx;
  const fields: ChainedFields = {
    id: uuidv7(),
    occurredAt: new Date().toISOString(),
    facilityId: entry.facilityId ?? (actor.kind === 'anonymous' ? null : (actor.facilityId ?? null)),
    actorType: actor.kind,
    actorId: actorId(actor),
    actorLabel: actorLabel(actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    patientId: entry.patientId ?? null,
    changes,
    reason: entry.reason ?? null,
    requestId: ctx.requestId ?? null,
  };
  await insertAuditEvent(tx, { ...fields, prevHash, hash: chainHash(prevHash, fields) });
}
