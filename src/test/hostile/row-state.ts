import type { SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  contentDigest,
  type DatabaseSnapshot,
  digestQuery,
  digestsOf,
  sqlIdent,
  sqlLiteral,
  type TableDigest,
  touchedColumns,
} from '../db-snapshot.ts';

/**
 * db-snapshot.ts's question (did this request write anything?) asked cheaply enough for 10,000
 * requests: per table the row count and the newest row version (`max(xmin)`: an insert or update
 * makes a version with a newer transaction id, a delete lowers the count), so the cost does not grow
 * with the audit trail. A table with a column every request may touch (`sessions.last_seen_at`) is
 * digested without it, as db-snapshot.ts does; sequences by their last value.
 */
const queries = new WeakMap<Database, SQL>();

const versionDigest: TableDigest = (table, columns) => {
  if (touchedColumns(table).length === 0) {
    return `select ${sqlLiteral(table)} as name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as digest from ${sqlIdent(table)}`;
  }
  return contentDigest(table, columns);
};

/** A digest per table and sequence, comparable with db-snapshot.ts's `changedBetween`. */
export async function rowState(db: Database): Promise<DatabaseSnapshot> {
  return digestsOf(db, await digestQuery(db, queries, versionDigest));
}
