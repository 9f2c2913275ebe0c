import type { ExpectStatic } from 'vitest';
import { makeTestApp } from '../test-app.ts';
import { runSeed } from './random.ts';
import { formatReport, runHostileInput } from './run.ts';

/**
 * The operations are split in two files so vitest runs the halves side by side (two cores); each
 * sends HOSTILE_REQUESTS (default 5,000) requests, so a run sends at least 10,000 over every
 * operation, on PGlite in `npm test` and on PostgreSQL when TEST_DATABASE_URL is set.
 */
export const SHARDS = 2;

export async function runHostileShard(shard: number, expect: ExpectStatic): Promise<void> {
  const requests = Number(process.env.HOSTILE_REQUESTS ?? 5_000);
  const seed = runSeed();
  // Trace level: every log line any request could produce is captured and grepped.
  const t = await makeTestApp({ env: { LOG_LEVEL: 'trace' } });
  try {
    const report = await runHostileInput(t, { seed, requests, shard, shards: SHARDS });
    const summary = formatReport(report, t.database.kind);
    console.log(summary);
    expect(report.findings, summary).toEqual([]);
    expect(report.chain.ok, `audit chain: ${JSON.stringify(report.chain)}\n${summary}`).toBe(true);
    expect(report.leaks, `log lines hold secrets or patient data; ${summary}`).toEqual([]);
    for (const [label, counts] of report.perOperation) {
      expect(counts.requests, `${label} was not walked`).toBeGreaterThan(0);
    }
  } finally {
    await t.close();
  }
}
