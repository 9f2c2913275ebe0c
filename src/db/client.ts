import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import { rekeyPatients } from './rekey-patients.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The one database type every module sees: the same for PGlite and a PostgreSQL server. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What a query function accepts: the database, or the transaction the service opened. */
export type Executor = Database | Transaction;

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /**
   * Applies the migrations of `migrationsFolder` (default: all of drizzle/; a restore applies fewer
   * first), then, with all of them, the data steps written in code (rekey-patients.ts).
   */
  migrate(migrationsFolder?: string): Promise<void>;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '../../drizzle');

/** Extensions PGlite needs at every open (STACK.md trap 13); PostgreSQL has them built in. */
const PGLITE_EXTENSIONS = { pg_trgm };

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolMax?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolMax ?? 10 });
    // A failing connection must not crash the process through an unhandled 'error' event.
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool, schema }) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      migrate: async (migrationsFolder = MIGRATIONS_FOLDER) => {
        await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder });
        if (migrationsFolder === MIGRATIONS_FOLDER) await rekeyPatients(db);
      },
      close: () => pool.end(),
    };
  }
  const lock = options.kind === 'pglite' ? acquireDataDirLock(options.dataDir) : undefined;
  try {
    const client = await PGlite.create({
      ...(options.kind === 'pglite' ? { dataDir: path.join(options.dataDir, 'pg') } : {}),
      ...(options.kind === 'pglite-memory' && options.loadDataDir
        ? { loadDataDir: options.loadDataDir }
        : {}),
      extensions: PGLITE_EXTENSIONS,
    });
    const db = drizzlePglite({ client, schema });
    return {
      db: db as unknown as Database,
      kind: 'pglite',
      migrate: async (migrationsFolder = MIGRATIONS_FOLDER) => {
        await migratePglite(db, { migrationsFolder });
        // Data steps need every table as this code knows it: a restore's partial migrate skips them.
        if (migrationsFolder === MIGRATIONS_FOLDER) await rekeyPatients(db as unknown as Database);
      },
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
