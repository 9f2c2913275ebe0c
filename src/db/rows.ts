import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The one row an INSERT … RETURNING or an UPDATE by primary key must give back. */
export function onlyRow<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error('the statement returned no row');
  return row;
}

/** What every correction sets besides its fields: the next version and the time (API.md: concurrency). */
export const nextVersion = (table: { version: AnyPgColumn }): { version: SQL; updatedAt: Date } => ({
  version: sql`${table.version} + 1`,
  updatedAt: new Date(),
});
