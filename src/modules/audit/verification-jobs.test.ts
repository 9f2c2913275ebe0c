import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-database.ts';
import { createVerificationJobs } from './verification-jobs.ts';

describe('verification jobs', () => {
  it('end as failed when the trail cannot be read, telling the server; the next one may start', async () => {
    const database = await openTestDatabase();
    await database.close();
    const failures: unknown[] = [];
    const jobs = createVerificationJobs(database.db, { onFailure: (error) => failures.push(error) });
    const { job } = jobs.start(null);
    for (let turn = 0; turn < 1000 && jobs.get(job.id).state === 'running'; turn++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(jobs.get(job.id).state).toBe('failed');
    expect(failures).toHaveLength(1);
    expect(jobs.start(null).started).toBe(true);
    await jobs.stop();
  });
});
