// Entry of the chain-hashing worker. A worker thread does not inherit the main thread's tsx loader
// (Node 20), so it registers tsx itself and runs the same TypeScript source in dev, tests and
// production (bin/saisei.js runs the app through tsx too).
import { register } from 'tsx/esm/api';

register();
await import('./chain-worker.ts');
