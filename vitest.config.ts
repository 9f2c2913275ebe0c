import { defineConfig } from 'vitest/config';
import { ProcessFilesFirst } from './src/test/sequencer.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    // Migrates one template database per run; each file copies it (src/test/global-setup.ts).
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file opens its own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    // A fresh worker thread per file costs less than a forked process: the whole suite took ≈ 115
    // CPU-seconds instead of ≈ 142 (docs/benchmarks.md). Files stay isolated from one another.
    pool: 'threads',
    sequence: { sequencer: ProcessFilesFirst },
  },
});
