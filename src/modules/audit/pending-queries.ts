import { count, desc, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { preparedOnce } from '../../db/prepared.ts';
import { auditAccessPending, auditEvents } from './schema.ts';

const p = auditAccessPending;

/** The stored instant in UTC to the microsecond, as queries.ts reads audit_events. */
const pendingMicros = sql<string>`to_char(${p.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Every chained field of a pending entry, as stored (the access recorder hashes it to compare). */
const storedColumns = {
  id: p.id,
  occurredAt: pendingMicros,
  facilityId: p.facilityId,
  actorType: p.actorType,
  actorId: p.actorId,
  actorLabel: p.actorLabel,
  action: p.action,
  entityType: p.entityType,
  entityId: p.entityId,
  patientId: p.patientId,
  changes: p.changes,
  reason: p.reason,
  requestId: p.requestId,
};

export type PendingInsert = typeof auditAccessPending.$inferInsert;
const FIELDS = Object.keys(storedColumns) as (keyof typeof storedColumns)[];

/** The access entry of a read: one statement, prepared once per database handle. */
const preparedInsert = preparedOnce((db) =>
  db
    .insert(p)
    .values(Object.fromEntries(FIELDS.map((f) => [f, sql.placeholder(f)])) as unknown as PendingInsert)
    .returning(storedColumns)
    .prepare('audit_access_pending_insert'),
);

export async function insertPending(ex: Executor, row: PendingInsert, inTx: boolean) {
  const [stored] = inTx
    ? await ex.insert(p).values(row).returning(storedColumns)
    : await preparedInsert(ex as never).execute(row as never);
  if (!stored) throw new Error('access-log insert returned no row');
  return stored;
}

export async function anyPending(db: Executor): Promise<boolean> {
  const rows = await db.select({ one: sql`1` }).from(p).limit(1);
  return rows.length > 0;
}

export async function countPending(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(p);
  return row?.n ?? 0;
}

/**
 * The oldest pending entries in the order they were written, each as one JSON array (the form
 * queries.chainPage gives verify: the sealer hashes exactly what verify will later read).
 */
export async function pendingPage(tx: Executor, limit: number) {
  const rows = await tx
    .select({
      row: sql<string>`json_build_array(${p.pendingSeq}, ${p.id}, ${pendingMicros}, ${p.facilityId}, ${p.actorType}, ${p.actorId}, ${p.actorLabel}, ${p.action}, ${p.entityType}, ${p.entityId}, ${p.patientId}, ${p.changes}, ${p.reason}, ${p.requestId})::text`,
    })
    .from(p)
    .orderBy(p.pendingSeq)
    .limit(limit);
  return rows.map((r) => r.row);
}

/** The sealed entries appended to the chain in one multi-row insert. */
export async function insertChainedEvents(tx: Executor, rows: (typeof auditEvents.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(auditEvents).values(rows);
}

/** Deletes exactly the rows sealed (by their order number: a row written meanwhile stays). */
export async function deletePending(tx: Executor, pendingSeqs: number[]) {
  if (pendingSeqs.length > 0) await tx.delete(p).where(inArray(p.pendingSeq, pendingSeqs));
}

/** The newest pending entry's order number, or 0 (tests and the crash check compare it). */
export async function newestPendingSeq(db: Executor): Promise<number> {
  const [row] = await db.select({ seq: p.pendingSeq }).from(p).orderBy(desc(p.pendingSeq)).limit(1);
  return row?.seq ?? 0;
}
