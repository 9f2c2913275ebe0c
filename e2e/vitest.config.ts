import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { FirstDayFirst } from './sequencer.ts';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Fails each test on a console error it did not declare (browser.ts, expectConsoleError).
    setupFiles: ['e2e/console-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time against one server: tests walk a shared clinic in order.
    fileParallelism: false,
    sequence: { sequencer: FirstDayFirst },
  },
});
