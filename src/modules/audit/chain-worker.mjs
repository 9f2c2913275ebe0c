// Entry of the chain-hashing worker when the app runs from its TypeScript sources (tests, tsx): a
// worker thread does not inherit the main thread's tsx loader (Node 20), so it registers tsx
// itself. The compiled build (bin/server-build.js) loads dist/server/chain-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./chain-worker.ts');
