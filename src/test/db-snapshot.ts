import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';

/**
 * What a signed-in request may change on every call, and so is left out of a snapshot: only the
 * credential's idle timer (`sessions.last_seen_at`, moved at most once a minute by
 * modules/auth/service.ts `actorForSession`; `api_tokens.last_used_at` likewise). Every other
 * column of those rows, and every other table, is compared.
 */
export const TOUCHED_BY_EVERY_REQUEST: ReadonlyArray<{ table: string; column: string }> = [
  { table: 'sessions', column: 'last_seen_at' },
  // The same idle timer for an API token (modules/users/tokens.service.ts), moved as rarely.
  { table: 'api_tokens', column: 'last_used_at' },
];

/** Table (or `sequence:<name>`) → a digest of its content. */
export type DatabaseSnapshot = Map<string, string>;

async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export const sqlIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const sqlLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A SELECT of one row (name, digest) for a table, given its columns in order. */
export type TableDigest = (table: string, columns: string[]) => string;

/**
 * One query over every table and sequence of the public schema, built once per database and per way
 * of digesting a table. A sequence moves even when the transaction that drew from it rolls back:
 * work began, so it counts as a change.
 */
export async function digestQuery(
  db: Database,
  built: WeakMap<Database, SQL>,
  tableDigest: TableDigest,
): Promise<SQL> {
  const known = built.get(db);
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
  if (byTable.size === 0) throw new Error('no tables in the public schema: is the database migrated?');
  const parts = [
    ...[...byTable].map(([table, cols]) => tableDigest(table, cols)),
    ...sequences.map(
      ({ name }) =>
        `select ${sqlLiteral(`sequence:${name}`)} as name, last_value::text || ':' || is_called::text as digest from ${sqlIdent(name)}`,
    ),
  ];
  const query = sql.raw(parts.join('\nunion all\n'));
  built.set(db, query);
  return query;
}

export async function digestsOf(db: Database, query: SQL): Promise<DatabaseSnapshot> {
  const rows = await rowsOf<{ name: string; digest: string }>(db, query);
  return new Map(rows.map((r) => [r.name, r.digest]));
}

/** The columns of a table a request may change without writing anything (TOUCHED_BY_EVERY_REQUEST). */
export const touchedColumns = (table: string) =>
  TOUCHED_BY_EVERY_REQUEST.filter((x) => x.table === table).map((x) => x.column);

/** Every row's content, in order: a full digest. */
export const contentDigest: TableDigest = (table, columns) => {
  const touched = touchedColumns(table);
  const kept = columns.filter((c) => !touched.includes(c));
  const row = `row(${kept.map((c) => `t.${sqlIdent(c)}`).join(', ')})::text`;
  return `select ${sqlLiteral(table)} as name, count(*)::text || ':' || md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as digest from ${sqlIdent(table)} t`;
};

const snapshotQueries = new WeakMap<Database, SQL>();

/** A digest of every table and sequence in the public schema (the audit trail included). */
export async function databaseSnapshot(db: Database): Promise<DatabaseSnapshot> {
  return digestsOf(db, await digestQuery(db, snapshotQueries, contentDigest));
}

/** The tables and sequences that differ between two snapshots. */
export function changedBetween(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
