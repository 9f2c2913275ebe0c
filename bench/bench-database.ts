import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';

/**
 * The database a benchmark runs on: PGlite in memory, or with BENCH_DATABASE_URL a fresh database on
 * that PostgreSQL server, dropped by `drop()` (which also closes the handle).
 */
export async function openBenchDatabase(): Promise<{
  handle: DatabaseHandle;
  drop(): Promise<void>;
  label: string;
}> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    return { handle, drop: () => handle.close(), label: 'PGlite' };
  }
  const name = `saisei_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    handle,
    label: 'PostgreSQL',
    drop: async () => {
      await handle.close();
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}
