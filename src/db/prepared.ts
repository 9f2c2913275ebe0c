import type { Database } from './client.ts';

/**
 * A hot query built and named once per database handle (issue 19: Drizzle's query building was
 * 28 % of busy time). On node-postgres the name makes it a server-side prepared statement, parsed
 * once per connection; PGlite runs the same SQL text with parameters. A prepared query belongs to
 * the handle it was built on, so it runs outside a transaction: inside one, use the ordinary query.
 */
export function preparedOnce<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/** Whether a query function was handed a transaction (which has rollback) rather than the database. */
export const isTransaction = (ex: object): boolean => 'rollback' in ex;
