import fs from 'node:fs';
import { count, type SQL, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { type Database, MIGRATIONS_FOLDER } from '../db/client.ts';
import { facilities } from '../modules/facilities/schema.ts';
import { createFacilityService } from '../modules/facilities/service.ts';
import { systemContext } from '../platform/actor.ts';
import { openTestDatabase } from './test-database.ts';

/** Both drivers answer `execute` with `{ rows }`; the shared Database type leaves it unknown. */
const firstRow = async (db: Database, query: SQL) =>
  ((await db.execute(query)) as unknown as { rows: unknown[] }).rows[0];

// The harness copies one migrated template per run: each copy must be complete and its own.
it('gives every call its own fully migrated database', async () => {
  const migrations = fs.readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).length;
  const first = await openTestDatabase();
  const second = await openTestDatabase();
  try {
    for (const { db } of [first, second]) {
      expect(await firstRow(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).toEqual({
        n: migrations,
      });
      // pg_trgm is loaded (PGlite needs it passed at every open, STACK.md trap 13).
      expect(await firstRow(db, sql`select similarity('やまだ', 'やまだ')::int as s`)).toEqual({ s: 1 });
    }
    await createFacilityService(first.db).createFacility(systemContext('test'), {
      kind: 'clinic',
      name: 'Only in the first',
    });
    const seen = async (db: Database) => (await db.select({ n: count() }).from(facilities))[0]?.n;
    expect(await seen(first.db)).toBe(1);
    expect(await seen(second.db)).toBe(0);
  } finally {
    await first.close();
    await second.close();
  }
});
