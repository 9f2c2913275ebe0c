import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { type DatabaseSnapshot, TOUCHED_BY_EVERY_REQUEST } from '../db-snapshot.ts';

/**
 * db-snapshot.ts's question (did this request write anything?) asked cheaply enough for 10,000
 * requests: per table the row count and the newest row version (`max(xmin)`: an insert or update
 * makes a version with a newer transaction id, a delete lowers the count), so the cost does not grow
 * with the audit trail. A table with a column every request may touch (`sessions.last_seen_at`) is
 * digested without it, as db-snapshot.ts does; sequences by their last value.
 */
const queries = new WeakMap<Database, SQL>();

async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function rowStateQuery(db: Database): Promise<SQL> {
  const known = queries.get(db);
  if (known) return known;
  const columns = await rowsOf<{ table_name: string; column_name: string }>(
    db,
    sql`select c.table_name, c.column_name
          from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
         where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
         order by c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of columns) {
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  const sequences = await rowsOf<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
  );
  const parts = [...byTable].map(([table, cols]) => {
    const touched = TOUCHED_BY_EVERY_REQUEST.filter((x) => x.table === table).map((x) => x.column);
    if (touched.length === 0) {
      return `select ${literal(table)} as name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as digest from ${ident(table)}`;
    }
    const row = `row(${cols
      .filter((c) => !touched.includes(c))
      .map((c) => `t.${ident(c)}`)
      .join(', ')})::text`;
    return `select ${literal(table)} as name, count(*)::text || ':' || md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as digest from ${ident(table)} t`;
  });
  parts.push(
    ...sequences.map(
      ({ name }) =>
        `select ${literal(`sequence:${name}`)} as name, last_value::text || ':' || is_called::text as digest from ${ident(name)}`,
    ),
  );
  const query = sql.raw(parts.join('\nunion all\n'));
  queries.set(db, query);
  return query;
}

/** A digest per table and sequence, comparable with db-snapshot.ts's `changedBetween`. */
export async function rowState(db: Database): Promise<DatabaseSnapshot> {
  const rows = await rowsOf<{ name: string; digest: string }>(db, await rowStateQuery(db));
  return new Map(rows.map((r) => [r.name, r.digest]));
}
