import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Executor } from '../../db/client.ts';
import { chainPage } from './queries.ts';
import {
  type ChainAnchor,
  type ChainVerification,
  finishChainWalk,
  seqOfChainText,
  startChainWalk,
  walkChainText,
} from './rules.ts';

export type { ChainVerification } from './rules.ts';

export type VerifyOptions = {
  pageSize?: number;
  /** The anchor kept outside the database: its event must still exist with its hash. */
  expect?: ChainAnchor | null;
  /** Stop at this seq (a job fixes the end of the trail when it starts). */
  upToSeq?: number;
  /** Hash in a worker thread, so the event loop stays free for requests. */
  worker?: boolean;
  /** Called after each page with the events checked so far. */
  onProgress?: (checked: number) => void;
  /** Stops between pages (server shutdown). */
  signal?: AbortSignal;
};

/** Where pages are hashed: in this thread, or in a worker receiving them in order. */
type ChainHasher = {
  walk(rows: string[]): Promise<number>;
  finish(): Promise<ChainVerification>;
  close(): Promise<void>;
};

/**
 * Recomputes the whole chain, a keyset page at a time on seq, and reports every break (rules.ts).
 *
 * What it cannot see without an anchor: rows cut off the END of the trail. Every remaining row still
 * links to its predecessor, so a truncated tail (or a tail rewritten and re-hashed by someone who can
 * write to the database) verifies clean. The anchor (`expect`, kept outside the database) shows it.
 * Gaps in seq prove nothing: a rolled-back transaction consumes a seq too.
 */
export async function verifyAuditChain(
  db: Executor,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 2000;
  const hasher = options.worker ? workerHasher(options.expect ?? null) : inlineHasher(options.expect ?? null);
  try {
    let afterSeq = 0;
    let hashing: Promise<number> | undefined;
    for (;;) {
      // The next page is read while the worker hashes the previous one.
      const rows = await chainPage(db, afterSeq, pageSize, options.upToSeq);
      if (hashing) options.onProgress?.(await hashing);
      hashing = undefined;
      const last = rows.at(-1);
      if (!last) break;
      hashing = hasher.walk(rows);
      // Settled later; a rejection is awaited then, not left unhandled meanwhile.
      void hashing.catch(() => undefined);
      afterSeq = seqOfChainText(last);
      if (rows.length < pageSize) break;
      // PGlite holds the event loop for each query (STACK.md trap 17): let waiting requests run
      // between pages so a long verification does not freeze the clinic.
      await nextTurn();
      options.signal?.throwIfAborted();
    }
    if (hashing) options.onProgress?.(await hashing);
    return await hasher.finish();
  } finally {
    await hasher.close();
  }
}

function inlineHasher(expect: ChainAnchor | null): ChainHasher {
  const walk = startChainWalk(expect);
  return {
    walk: async (rows) => walkChainText(walk, rows).checked,
    finish: async () => finishChainWalk(walk),
    close: async () => undefined,
  };
}

function workerHasher(expect: ChainAnchor | null): ChainHasher {
  const worker = new Worker(new URL('./chain-worker.mjs', import.meta.url), { workerData: { expect } });
  // Replies come in the order the messages were sent: one waiting promise per message.
  const waiting: { resolve(value: unknown): void; reject(error: unknown): void }[] = [];
  const failAll = (error: unknown) => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on('message', (reply: { type: 'walked'; checked: number } | { type: 'done'; result: unknown }) =>
    waiting.shift()?.resolve(reply.type === 'walked' ? reply.checked : reply.result),
  );
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`chain worker exited (${code})`)));
  const ask = <T>(message: unknown) =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage(message);
    });
  return {
    walk: (rows) => ask<number>({ type: 'page', rows }),
    finish: () => ask<ChainVerification>({ type: 'finish' }),
    close: async () => {
      await worker.terminate();
    },
  };
}
