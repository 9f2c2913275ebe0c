import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { countChainRows, newestEvent } from './queries.ts';
import type { ChainAnchor, ChainVerification } from './rules.ts';
import { verifyAuditChain } from './verify.ts';

export type VerificationJob = {
  id: string;
  state: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  /** Events hashed so far, of `total` (the trail up to its newest event when the job started). */
  checked: number;
  total: number;
  expected: ChainAnchor | null;
  result: ChainVerification | null;
};

/** Finished jobs kept for their result; older ones are forgotten (they live in this process only). */
const KEPT_JOBS = 20;
const PAGE_SIZE = 2000;

export type VerificationJobs = ReturnType<typeof createVerificationJobs>;

/**
 * Chain verification in the background (≈ 50 s at 10M events: too long for one request): one at a
 * time per process, read in keyset pages, hashed in a worker thread, progress kept for polling.
 */
export function createVerificationJobs(db: Database, options: { onFailure?: (error: unknown) => void } = {}) {
  const jobs = new Map<string, VerificationJob>();
  let running: { job: VerificationJob; done: Promise<void> } | null = null;
  const stopping = new AbortController();

  async function run(job: VerificationJob): Promise<void> {
    try {
      const upToSeq = (await newestEvent(db))?.seq ?? 0;
      job.total = await countChainRows(db, upToSeq);
      job.result = await verifyAuditChain(db, {
        pageSize: PAGE_SIZE,
        upToSeq,
        expect: job.expected,
        worker: true,
        signal: stopping.signal,
        onProgress: (checked) => {
          job.checked = checked;
        },
      });
      job.checked = job.result.checked;
      job.state = 'done';
    } catch (error) {
      job.state = 'failed';
      if (!stopping.signal.aborted) options.onFailure?.(error);
    } finally {
      job.finishedAt = new Date().toISOString();
      running = null;
    }
  }

  return {
    /** Starts a verification, or hands back the one already running (`started: false`). */
    start(expected: ChainAnchor | null): { job: VerificationJob; started: boolean } {
      if (running) return { job: running.job, started: false };
      const job: VerificationJob = {
        id: uuidv7(),
        state: 'running',
        startedAt: new Date().toISOString(),
        finishedAt: null,
        checked: 0,
        total: 0,
        expected,
        result: null,
      };
      jobs.set(job.id, job);
      for (const old of jobs.keys()) if (jobs.size > KEPT_JOBS) jobs.delete(old);
      running = { job, done: run(job) };
      return { job, started: true };
    },

    get(id: string): VerificationJob {
      const job = jobs.get(id);
      if (!job) throw notFound('Verification');
      return job;
    },

    /** At shutdown: the running job stops between pages, before the database closes. */
    async stop(): Promise<void> {
      stopping.abort();
      await running?.done;
    },
  };
}
