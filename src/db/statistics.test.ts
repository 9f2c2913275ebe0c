import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './client.ts';
import { migrateAndAnalyse } from './statistics.ts';

const neverAnalysed = async (handle: DatabaseHandle) => {
  const result = (await handle.db.execute(
    sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' and c.reltuples < 0 order by 1`,
  )) as unknown as { rows: { relname: string }[] };
  return result.rows.map((r) => r.relname);
};

describe('PGlite statistics (STACK.md trap 20)', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(() => handle?.close());

  it('a bare migration leaves the tables never analysed', async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await handle.migrate();
    expect(await neverAnalysed(handle)).toContain('patients');
  });

  it('migrating through migrateAndAnalyse leaves every table analysed', async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateAndAnalyse(handle);
    expect(await neverAnalysed(handle)).toEqual([]);
  });
});
