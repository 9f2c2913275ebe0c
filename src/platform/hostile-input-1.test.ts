import { expect, it } from 'vitest';
import { runHostileShard } from '../test/hostile/shard.ts';

// The hostile-input harness, half of the operations (src/test/hostile/shard.ts says why in halves).
it('survives hostile input on every operation of its half', async () => {
  await runHostileShard(0, expect);
}, 600_000);
