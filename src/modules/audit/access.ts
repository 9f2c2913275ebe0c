import type { Executor } from '../../db/client.ts';
import { isTransaction } from '../../db/prepared.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { insertPending } from './pending-queries.ts';
import { type AuditEntry, chainedFields, notStorable } from './recorder.ts';
import { chainHash, chainInstant, GENESIS_HASH } from './rules.ts';

/** What a read showed: no before or after, only what was seen (ids, the query, the filter). */
export type AccessEntry = Omit<AuditEntry, 'before' | 'after'>;

/**
 * The one way a read records what it showed (docs/security.md, "Access log"; MHLW guideline v6.0:
 * which patient's information was used, shared/domain/regulatory.md). ONE statement into
 * audit_access_pending: no transaction, no chain lock, so reads never queue behind writes or each
 * other. The sealer (sealer.ts) chains the entry into audit_events soon after, in order.
 *
 * Call it after the read's query and before its data is returned: if it fails, the request fails,
 * and no data leaves without its entry. Given a transaction (a read of several queries kept
 * consistent, or a refusal that shows data), it writes with that transaction, still unlocked.
 *
 * Like recordAudit, the stored row is read back (RETURNING) and must hash as what was sent, or the
 * read is refused: the sealer can then chain every pending row exactly as stored.
 */
export async function recordAccess(ex: Executor, ctx: RequestContext, entry: AccessEntry): Promise<void> {
  const fields = chainedFields(ctx, entry);
  const stored = await insertPending(ex, fields, isTransaction(ex));
  const back = { ...stored, occurredAt: chainInstant(stored.occurredAt) };
  if (chainHash(GENESIS_HASH, back) !== chainHash(GENESIS_HASH, fields)) throw notStorable(fields, back);
}
