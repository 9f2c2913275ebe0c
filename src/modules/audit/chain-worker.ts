import { parentPort, workerData } from 'node:worker_threads';
import { type ChainAnchor, finishChainWalk, startChainWalk, walkChainText } from './rules.ts';

/**
 * Hashes the pages of a verification off the main thread, so the server keeps answering while a
 * long trail is checked. Messages arrive in order: each page is walked, then acknowledged.
 */
export type ChainWorkerMessage = { type: 'page'; rows: string[] } | { type: 'finish' };

const walk = startChainWalk((workerData as { expect: ChainAnchor | null }).expect);
const port = parentPort;
port?.on('message', (message: ChainWorkerMessage) => {
  if (message.type === 'page') {
    walkChainText(walk, message.rows);
    port.postMessage({ type: 'walked', checked: walk.checked });
  } else {
    port.postMessage({ type: 'done', result: finishChainWalk(walk) });
  }
});
