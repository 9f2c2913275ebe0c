import fs from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that start real `saisei` processes (src/test/cli-process.ts, server-process.ts), and the
 * hostile-input harness's halves (src/test/hostile/shard.ts, the longest files of the suite).
 */
const STARTS_PROCESSES = /from '[./]+\/test\/((cli|server)-process|hostile\/shard)\.ts'/;

/**
 * Starts the files that run real processes first: they take the longest (20–40 s each), and on a
 * fresh clone, with no timings from an earlier run, vitest orders by file size, which put these
 * small files last and left one worker running them alone at the end. Otherwise vitest's order.
 */
export class ProcessFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = new Set(sorted.filter((f) => STARTS_PROCESSES.test(fs.readFileSync(f.moduleId, 'utf8'))));
    return [...sorted.filter((f) => slow.has(f)), ...sorted.filter((f) => !slow.has(f))];
  }
}
