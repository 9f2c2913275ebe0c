import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database, Executor, Transaction } from '../../db/client.ts';
import { isTransaction } from '../../db/prepared.ts';
import { inTransaction } from '../../db/transaction.ts';
import { anyPending, deletePending, insertChainedEvents, pendingPage } from './pending-queries.ts';
import { latestHash, lockChain } from './queries.ts';
import { chainHash, chainInstant, GENESIS_HASH } from './rules.ts';

/** Entries chained per transaction: one multi-row insert of ≈ 30,000 parameters (pg's limit is 65,535). */
export const SEAL_PAGE_SIZE = 2000;

/**
 * Chains every pending access entry into audit_events, oldest first, a page per transaction
 * (docs/security.md, "Access log"). Each page: the chain lock, the pending rows in the order they
 * were written, each hashed onto the chain's head with the recorder's chainHash (the canonical form
 * is unchanged, so old events verify as before), one insert, and the delete of exactly those rows,
 * committed together. A crash before the commit leaves them pending for the next seal; a row is
 * never chained twice (the delete commits with the insert, and audit_events.id is unique).
 *
 * Given a transaction it seals inside it (one page at a time until none is left). Returns how many
 * entries were sealed.
 */
export async function sealAccessLog(ex: Executor, pageSize = SEAL_PAGE_SIZE): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = isTransaction(ex) ? await sealPage(ex as Transaction, pageSize) : await sealOnce(ex, pageSize);
    sealed += n;
    if (n < pageSize) return sealed;
    // PGlite holds the event loop per query (STACK.md trap 17): let waiting requests run.
    await nextTurn();
  }
}

async function sealOnce(db: Database, pageSize: number): Promise<number> {
  // Looked at first without the lock, so an idle timer costs one indexed read, not a transaction.
  if (!(await anyPending(db))) return 0;
  return inTransaction(db, (tx) => sealPage(tx, pageSize));
}

async function sealPage(tx: Transaction, pageSize: number): Promise<number> {
  await lockChain(tx);
  const rows = await pendingPage(tx, pageSize);
  if (rows.length === 0) return 0;
  let prevHash = (await latestHash(tx)) ?? GENESIS_HASH;
  const events = rows.map((text) => {
    const [
      pendingSeq,
      id,
      micros,
      facilityId,
      actorType,
      actorId,
      actorLabel,
      action,
      entityType,
      entityId,
      patientId,
      changes,
      reason,
      requestId,
    ] = JSON.parse(text) as [number, string, string, ...(string | null)[]];
    const fields = {
      id,
      occurredAt: chainInstant(micros),
      facilityId: facilityId ?? null,
      actorType: actorType as string,
      actorId: actorId ?? null,
      actorLabel: actorLabel as string,
      action: action as string,
      entityType: entityType as string,
      entityId: entityId ?? null,
      patientId: patientId ?? null,
      changes: (changes as unknown) ?? null,
      reason: reason ?? null,
      requestId: requestId ?? null,
    };
    const hash = chainHash(prevHash, fields);
    const event = { ...fields, occurredAt: micros, prevHash, hash, pendingSeq };
    prevHash = hash;
    return event;
  });
  await insertChainedEvents(
    tx,
    events.map(({ pendingSeq: _, ...event }) => event),
  );
  await deletePending(
    tx,
    events.map((e) => e.pendingSeq),
  );
  return events.length;
}

/**
 * Seals on a short timer while the server runs (an entry waits about `everyMs`), and once more at
 * shutdown. Failures are reported, never fatal: the entries stay pending and the next tick retries.
 */
export function startAccessLogSealer(
  db: Database,
  options: { everyMs?: number; onError: (error: unknown) => void },
) {
  let sealing: Promise<unknown> = Promise.resolve();
  let busy = false;
  const seal = () => {
    busy = true;
    sealing = sealing
      .then(() => sealAccessLog(db))
      .catch(options.onError)
      .finally(() => {
        busy = false;
      });
    return sealing;
  };
  // A tick while a long seal runs is skipped, not queued.
  const timer = setInterval(() => busy || seal(), options.everyMs ?? 1000);
  timer.unref();
  return {
    seal,
    async stop(): Promise<void> {
      clearInterval(timer);
      await seal();
    },
  };
}
