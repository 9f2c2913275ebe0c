import type { Database, Transaction } from './client.ts';
import { findPgCause } from './pg-error.ts';

const RETRYABLE = new Set(['40001', '40P01']);

/**
 * One transaction per use case. Retries a serialization failure or deadlock a few times, as
 * PostgreSQL advises, before letting the error handler answer 409.
 * Inside `work`, use only `tx` (STACK.md trap 5: PGlite deadlocks on the outer handle).
 */
export async function inTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const code = findPgCause(error)?.code;
      if (attempt >= 3 || !code || !RETRYABLE.has(code)) throw error;
    }
  }
}
