import { desc, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditEvents } from './schema.ts';

/**
 * Serialises writers of the chain for the rest of the transaction, so two concurrent
 * transactions cannot both link to the same predecessor.
 */
export async function lockChain(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7301, 1)`);
}

export async function latestHash(tx: Executor): Promise<string | undefined> {
  const [row] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row?.hash;
}

export async function insertAuditEvent(tx: Executor, row: typeof auditEvents.$inferInsert): Promise<void> {
  await tx.insert(auditEvents).values(row);
}

/** Rows in chain order, a page at a time, with the instant in the canonical text the hash covers. */
export async function chainPage(tx: Executor, afterSeq: number, limit: number) {
  return tx
    .select({
      seq: auditEvents.seq,
      id: auditEvents.id,
      occurredAt: sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      facilityId: auditEvents.facilityId,
      actorType: auditEvents.actorType,
      actorId: auditEvents.actorId,
      actorLabel: auditEvents.actorLabel,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      patientId: auditEvents.patientId,
      changes: auditEvents.changes,
      reason: auditEvents.reason,
      requestId: auditEvents.requestId,
      prevHash: auditEvents.prevHash,
      hash: auditEvents.hash,
    })
    .from(auditEvents)
    .where(sql`${auditEvents.seq} > ${afterSeq}`)
    .orderBy(auditEvents.seq)
    .limit(limit);
}
