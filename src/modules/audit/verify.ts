import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Executor } from '../../db/client.ts';
import { type ChainPageWalk, joinChainPage } from './chain-page.ts';
import { chainTextPage } from './chain-read.ts';
import type { ChainWorkerMessage } from './chain-worker.ts';
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
  /**
   * Hash in worker threads (chain-page.ts: pages read as one text each, hashed side by side), so the
   * event loop stays free for requests and verification runs ≈ 10× faster. Without: this thread,
   * through rules.ts alone (the reference the fast path is tested against).
   */
  worker?: boolean;
  /** How many worker threads hash pages (default 2: this machine's cores; issue 19). */
  workers?: number;
  /** Called after each page with the events checked so far. */
  onProgress?: (checked: number) => void;
  /** Stops between pages (server shutdown). */
  signal?: AbortSignal;
};

/**
 * Recomputes the whole chain, a keyset page at a time on seq, and reports every break (rules.ts).
 *
 * What it cannot see without an anchor: rows cut off the END of the trail. Every remaining row still
 * links to its predecessor, so a truncated tail (or a tail rewritten and re-hashed by someone who can
 * write to the database) verifies clean. The anchor (`expect`, kept outside the database) shows it.
 * Gaps in seq prove nothing: a rolled-back transaction consumes a seq too.
 */
export function verifyAuditChain(db: Executor, options: VerifyOptions = {}): Promise<ChainVerification> {
  return options.worker ? verifyInWorkers(db, options) : verifyHere(db, options);
}

async function verifyHere(db: Executor, options: VerifyOptions): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 2000;
  const walk = startChainWalk(options.expect ?? null);
  let afterSeq = 0;
  for (;;) {
    const rows = await chainPage(db, afterSeq, pageSize, options.upToSeq);
    const last = rows.at(-1);
    if (!last) break;
    walkChainText(walk, rows);
    options.onProgress?.(walk.checked);
    afterSeq = seqOfChainText(last);
    if (rows.length < pageSize) break;
    // PGlite holds the event loop for each query (STACK.md trap 17): let waiting requests run
    // between pages so a long verification does not freeze the clinic.
    await nextTurn();
    options.signal?.throwIfAborted();
  }
  return finishChainWalk(walk);
}

/**
 * Reads page after page while the workers hash the ones before; pages are joined in seq order, so
 * the link between two pages hashed by different workers is checked too (chain-page.ts).
 */
async function verifyInWorkers(db: Executor, options: VerifyOptions): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 2000;
  const expect = options.expect ?? null;
  const size = Math.max(1, options.workers ?? 2);
  const pool = workerPool(size);
  const walk = startChainWalk(expect);
  const pending: Promise<ChainPageWalk | null>[] = [];
  const joinNext = async () => {
    const page = await pending.shift();
    if (page) joinChainPage(walk, page);
    options.onProgress?.(walk.checked);
  };
  try {
    let afterSeq = 0;
    for (let index = 0; ; index++) {
      const page = await chainTextPage(db, afterSeq, pageSize, options.upToSeq);
      if (!page.count || page.lastSeq === null) break;
      const hashing = pool.walk({ index, text: page.text, expect });
      // Awaited in order by joinNext; a rejection meanwhile is not left unhandled.
      void hashing.catch(() => undefined);
      pending.push(hashing);
      afterSeq = page.lastSeq;
      while (pending.length > size) await joinNext();
      if (page.count < pageSize) break;
      // PGlite holds the event loop for each query (STACK.md trap 17): let waiting requests run.
      await nextTurn();
      options.signal?.throwIfAborted();
    }
    while (pending.length) await joinNext();
    return finishChainWalk(walk);
  } finally {
    await pool.close();
  }
}

/** From the TypeScript sources (tests, tsx) the .mjs entry; in the compiled build its own bundle. */
const WORKER_FILE = new URL(
  import.meta.url.endsWith('.ts') ? './chain-worker.mjs' : './chain-worker.js',
  import.meta.url,
);

type Reply = { index: number; page?: ChainPageWalk | null; error?: string };

/** Worker threads taking pages in turn; each answer settles the page of its index. */
function workerPool(size: number) {
  const waiting = new Map<
    number,
    { resolve(page: ChainPageWalk | null): void; reject(error: unknown): void }
  >();
  const failAll = (error: unknown) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_FILE);
    worker.on('message', ({ index, page, error }: Reply) => {
      const w = waiting.get(index);
      waiting.delete(index);
      if (error !== undefined) w?.reject(new Error(`chain worker: ${error}`));
      else w?.resolve(page ?? null);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`chain worker exited (${code})`)));
    return worker;
  });
  return {
    walk: (message: ChainWorkerMessage) =>
      new Promise<ChainPageWalk | null>((resolve, reject) => {
        waiting.set(message.index, { resolve, reject });
        workers[message.index % size]?.postMessage(message);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
