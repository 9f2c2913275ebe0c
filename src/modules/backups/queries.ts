import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

/** Raw SQL throughout: a backup must follow the database as it is, tables added later included. */
async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

export type TableInfo = {
  name: string;
  primaryKey: string[];
  /** Columns an INSERT may set (stored generated columns are recomputed by the database). */
  insertable: string[];
};

/** The same text output on PGlite and PostgreSQL whatever the server's settings. */
export async function setCanonicalOutput(tx: Executor): Promise<void> {
  await tx.execute(sql`set local timezone = 'UTC'`);
  await tx.execute(sql`set local datestyle = 'ISO, YMD'`);
  await tx.execute(sql`set local intervalstyle = 'postgres'`);
  await tx.execute(sql`set local bytea_output = 'hex'`);
  await tx.execute(sql`set local extra_float_digits = 1`);
}

/** Every table of the public schema, each after the tables it references (ties by name). */
export async function tablesInInsertOrder(db: Executor): Promise<TableInfo[]> {
  const columns = await rows<{ table: string; column: string; generated: string; pk: boolean }>(
    db,
    sql`select c.relname as "table", a.attname as "column", a.attgenerated as "generated",
          coalesce(a.attnum = any(i.indkey), false) as pk
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        left join pg_index i on i.indrelid = c.oid and i.indisprimary
        where n.nspname = 'public' and c.relkind in ('r', 'p')
        order by c.relname, a.attnum`,
  );
  const edges = await rows<{ from: string; to: string }>(
    db,
    sql`select distinct c.relname as "from", r.relname as "to"
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`,
  );
  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    const t = tables.get(c.table) ?? { name: c.table, primaryKey: [], insertable: [] };
    if (c.pk) t.primaryKey.push(c.column);
    if (c.generated === '') t.insertable.push(c.column);
    tables.set(c.table, t);
  }
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (placed.size < tables.size) {
    const ready = [...tables.keys()]
      .filter((t) => !placed.has(t))
      .filter((t) => edges.every((e) => e.from !== t || placed.has(e.to) || !tables.has(e.to)))
      .sort();
    if (ready.length === 0)
      throw new Error('The tables reference each other in a cycle; no insert order exists.');
    for (const t of ready) {
      placed.add(t);
      ordered.push(tables.get(t) as TableInfo);
    }
  }
  for (const t of ordered) {
    if (t.primaryKey.length === 0)
      throw new Error(`Table ${t.name} has no primary key; its row order is undefined.`);
  }
  return ordered;
}

/** A server-side cursor: rows stream a page at a time inside the snapshot, in primary-key order. */
export async function openRowCursor(tx: Executor, cursor: string, table: TableInfo): Promise<void> {
  const order = sql.join(
    table.primaryKey.map((c) => ident(c)),
    sql`, `,
  );
  await tx.execute(
    sql`declare ${ident(cursor)} no scroll cursor for
        select row_to_json(t)::text as j from ${ident(table.name)} as t order by ${order}`,
  );
}

export async function fetchRows(tx: Executor, cursor: string, count: number): Promise<string[]> {
  const page = await rows<{ j: string }>(
    tx,
    sql`fetch forward ${sql.raw(String(count))} from ${ident(cursor)}`,
  );
  return page.map((r) => r.j);
}

export const closeCursor = (tx: Executor, cursor: string) => tx.execute(sql`close ${ident(cursor)}`);

export async function readSequences(db: Executor) {
  const names = await rows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
  );
  const out: { name: string; lastValue: string; isCalled: boolean }[] = [];
  for (const { name } of names) {
    const [state] = await rows<{ last_value: string; is_called: boolean }>(
      db,
      sql`select last_value::text as last_value, is_called from ${ident(name)}`,
    );
    if (state) out.push({ name, lastValue: state.last_value, isCalled: state.is_called });
  }
  return out;
}

export async function setSequence(tx: Executor, s: { name: string; lastValue: string; isCalled: boolean }) {
  await tx.execute(
    sql`select setval(${`public."${s.name.replaceAll('"', '""')}"`}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`,
  );
}

/** The newest migration drizzle recorded (its `created_at` is the journal's `when`). */
export async function latestMigrationWhen(db: Executor): Promise<number | undefined> {
  const [row] = await rows<{ when: string }>(
    db,
    sql`select created_at::text as "when" from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  return row ? Number(row.when) : undefined;
}

/** The audit anchor; the audit module's readAuditAnchor replaces this at merge. */
/** Files the rows point at: the photo and its thumbnail, a lot's certificate of analysis. A new blob-bearing column is added here. */
export const BLOB_COLUMNS: { table: string; column: string }[] = [
  { table: 'patient_photos', column: 'content_hash' },
  { table: 'patient_photos', column: 'thumbnail_hash' },
  { table: 'supply_lots', column: 'certificate_hash' },
];

export async function referencedBlobs(tx: Executor): Promise<string[]> {
  const parts = BLOB_COLUMNS.map((b) => sql`select ${ident(b.column)} as h from ${ident(b.table)}`);
  const found = await rows<{ h: string }>(
    tx,
    sql`select distinct h from (${sql.join(parts, sql` union `)}) b where h is not null order by h`,
  );
  return found.map((r) => r.h);
}

/** Rows as PostgreSQL wrote them into the backup; identity values kept as they were. */
export async function insertRows(tx: Executor, table: TableInfo, jsonArray: string): Promise<void> {
  const cols = sql.join(
    table.insertable.map((c) => ident(c)),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${ident(table.name)} (${cols}) overriding system value
        select ${cols} from json_populate_recordset(null::${ident(table.name)}, ${jsonArray}::json)`,
  );
}

/** Foreign keys from a table to itself: dropped during a restore (rows come in key order, not
 * reference order) and added back, re-validated, before the transaction commits. */
export async function selfReferences(tx: Executor) {
  return rows<{ table: string; name: string; definition: string }>(
    tx,
    sql`select c.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as definition
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and k.conrelid = k.confrelid order by 1, 2`,
  );
}

export async function dropConstraint(tx: Executor, table: string, name: string) {
  await tx.execute(sql`alter table ${ident(table)} drop constraint ${ident(name)}`);
}

export async function addConstraint(tx: Executor, table: string, name: string, definition: string) {
  await tx.execute(sql`alter table ${ident(table)} add constraint ${ident(name)} ${sql.raw(definition)}`);
}

/** Anything already in the target: tables, sequences or views in public, or drizzle's journal. */
export async function objectsInDatabase(db: Executor): Promise<number> {
  const [row] = await rows<{ n: string }>(
    db,
    sql`select count(*)::text as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'S', 'v', 'm')`,
  );
  return Number(row?.n ?? 0);
}

/** Undoes a failed restore into a PostgreSQL database that was empty before: the schema goes again. */
export async function dropRestoredSchema(db: Executor): Promise<void> {
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(
    sql.raw(`do $$ declare r record; begin
      for r in select tablename from pg_tables where schemaname = 'public' loop
        execute format('drop table if exists public.%I cascade', r.tablename); end loop;
      for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'S' loop
        execute format('drop sequence if exists public.%I cascade', r.relname); end loop;
      for r in select p.oid::regprocedure as f from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public' and not exists (
            select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
        execute 'drop function ' || r.f || ' cascade'; end loop;
    end $$`),
  );
}

/** The newest backup event (taken or failed): what the admin screen shows survives a restart. */
export async function latestBackupEvent(db: Executor) {
  const [row] = await rows<{
    occurred_at: string;
    action: string;
    entity_id: string | null;
    changes: unknown;
  }>(
    db,
    sql`select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at,
          action, entity_id, changes
        from audit_events where entity_type = 'backup' order by seq desc limit 1`,
  );
  return row;
}
