import pg from 'pg';
import type { DatabaseHandle } from '../db/client.ts';

type Counted = { count(): number; stop(): void };

/**
 * Counts the statements a database handle sends (a round trip each: node-postgres sends one
 * statement's parse, bind and execute together). On PostgreSQL every client's `query` is counted, so
 * a transaction's BEGIN and COMMIT count too; on PGlite its `query`, and a transaction as its BEGIN
 * and COMMIT plus the statements inside. Not a timing: how many, not how long (issue 19).
 */
export function countStatements(handle: DatabaseHandle): Counted {
  let n = 0;
  if (handle.kind === 'postgres') {
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      n += 1;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    return {
      count: () => n,
      stop: () => {
        pg.Client.prototype.query = original;
      },
    };
  }
  type Client = {
    query: (...args: unknown[]) => Promise<unknown>;
    transaction: (work: (tx: Client) => Promise<unknown>) => Promise<unknown>;
  };
  const client = (handle.db as unknown as { $client: Client }).$client;
  const { query, transaction } = client;
  const counting = (target: Client, run: Client['query']) => {
    target.query = (...args) => {
      n += 1;
      return run.apply(target, args);
    };
  };
  counting(client, query);
  client.transaction = (work) => {
    n += 2;
    return transaction.call(client, (tx) => {
      counting(tx, tx.query);
      return work(tx);
    });
  };
  return {
    count: () => n,
    stop: () => {
      client.query = query;
      client.transaction = transaction;
    },
  };
}
