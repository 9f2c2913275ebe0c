import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Executor } from '../../db/client.ts';
import { chainPage } from './queries.ts';
import { type ChainBreak, findChainBreak, GENESIS_HASH } from './rules.ts';

export type ChainVerification =
  | { ok: true; checked: number; lastSeq: number | null; lastHash: string | null }
  | { ok: false; checked: number; break: ChainBreak };

/**
 * Recomputes the whole chain, a page at a time, carrying the last hash across pages.
 *
 * What it cannot see: rows cut off the END of the trail. Every remaining row still links to its
 * predecessor, so a truncated tail (or a tail rewritten and re-hashed by someone who can write to
 * the database) verifies clean. Only a copy of the head kept elsewhere (lastSeq and lastHash,
 * printed by `saisei audit verify`) shows it. Gaps in seq prove nothing either: a rolled-back
 * transaction consumes a seq too.
 */
export async function verifyAuditChain(
  db: Executor,
  options: { pageSize?: number } = {},
): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 2000;
  let lastHash = GENESIS_HASH;
  let lastSeq: number | null = null;
  let checked = 0;
  for (;;) {
    const rows = await chainPage(db, lastSeq ?? 0, pageSize);
    const page = findChainBreak(rows, lastHash);
    checked += page.count;
    if (page.break) return { ok: false, checked, break: page.break };
    const last = rows.at(-1);
    if (!last) break;
    lastHash = page.lastHash;
    lastSeq = last.seq;
    if (rows.length < pageSize) break;
    // PGlite holds the event loop for each query (STACK.md trap 17): let waiting requests run
    // between pages so a long verification does not freeze the clinic.
    await nextTurn();
  }
  return { ok: true, checked, lastSeq, lastHash: lastSeq === null ? null : lastHash };
}
