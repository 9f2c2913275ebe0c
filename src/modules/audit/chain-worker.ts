import { parentPort } from 'node:worker_threads';
import { walkChainPage } from './chain-page.ts';
import type { ChainAnchor } from './rules.ts';

/**
 * Hashes pages of a verification off the main thread (chain-page.ts), so the server keeps answering
 * while a long trail is checked; two of these hash pages side by side. Each page is independent:
 * the answer carries its index, and verify.ts joins the pages in order.
 */
export type ChainWorkerMessage = { index: number; text: string; expect: ChainAnchor | null };

const port = parentPort;
port?.on('message', ({ index, text, expect }: ChainWorkerMessage) => {
  try {
    port.postMessage({ index, page: walkChainPage(text, expect) });
  } catch (error) {
    port.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
