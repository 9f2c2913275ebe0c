import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';

/**
 * A database migrated once per test run, which every test file copies instead of migrating its own
 * (src/test/global-setup.ts makes it): a PGlite data folder dumped to a tar file, or a template
 * database on the PostgreSQL server. Plain strings, so vitest can hand it to the workers.
 */
export type TemplateRef = { kind: 'pglite'; tarball: string } | { kind: 'postgres'; database: string };

export type Template = { ref: TemplateRef; drop(): Promise<void> };

/** Makes the run's template: on the server named by `serverUrl`, or as a PGlite dump without one. */
export async function createTemplate(serverUrl: string | undefined): Promise<Template> {
  return serverUrl ? createPostgresTemplate(serverUrl) : createPgliteTemplate();
}

async function createPgliteTemplate(): Promise<Template> {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    await handle.migrate();
    const client = pgliteClient(handle);
    // A dump of a running cluster is recovered at every load; after a checkpoint, from nearly no
    // WAL. Recovery would also leave its 10-second progress timer running in every copy (which
    // overflows Node's setTimeout when a test fakes Date into the past): switch that log off.
    await client.query('alter system set log_startup_progress_interval = 0');
    await client.query('checkpoint');
    // Uncompressed: loading a plain tar took ≈ 0.65 s, a gzipped one ≈ 0.85 s (docs/benchmarks.md).
    const dump = await client.dumpDataDir('none');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-test-template-'));
    const tarball = path.join(dir, 'pgdata.tar');
    fs.writeFileSync(tarball, new Uint8Array(await dump.arrayBuffer()));
    return {
      ref: { kind: 'pglite', tarball },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    await handle.close();
  }
}

/** drizzle keeps the client it wraps as `$client`; the shared Database type does not show it. */
const pgliteClient = (handle: DatabaseHandle) => (handle.db as unknown as { $client: PGlite }).$client;

async function createPostgresTemplate(serverUrl: string): Promise<Template> {
  const database = uniqueDatabaseName(serverUrl, 'tmpl');
  await withAdminClient(serverUrl, (client) => client.query(`create database "${database}"`));
  const drop = () =>
    withAdminClient(serverUrl, (client) =>
      client.query(`drop database if exists "${database}" with (force)`),
    );
  try {
    const handle = await openDatabase({
      kind: 'postgres',
      url: databaseUrl(serverUrl, database),
      poolMax: 1,
    });
    try {
      await handle.migrate();
    } finally {
      // CREATE DATABASE … TEMPLATE refuses a source that has a session open: end every one now.
      await handle.close();
    }
    // No connection can be opened to it from now on, so nothing can hold it against the copies.
    await withAdminClient(serverUrl, (client) =>
      client.query(`alter database "${database}" with allow_connections false`),
    );
  } catch (error) {
    await drop();
    throw error;
  }
  return { ref: { kind: 'postgres', database }, drop };
}

/** A fresh database copied from the run's template, ready without migrating. */
export async function openFromTemplate(ref: TemplateRef, serverUrl: string | undefined) {
  if (ref.kind === 'pglite') {
    // Each open reads the file again, so every handle is an independent database.
    return openDatabase({ kind: 'pglite-memory', loadDataDir: await fs.openAsBlob(ref.tarball) });
  }
  if (!serverUrl) throw new Error('a PostgreSQL template needs TEST_DATABASE_URL');
  return openServerDatabase(serverUrl, `template "${ref.database}"`);
}

/** A new database on the server (copied from a template when `from` says so), dropped on close. */
export async function openServerDatabase(serverUrl: string, from = ''): Promise<DatabaseHandle> {
  const name = uniqueDatabaseName(serverUrl, 't');
  await withAdminClient(serverUrl, (client) => createDatabaseRetrying(client, `"${name}" ${from}`));
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, name), poolMax: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      await withAdminClient(serverUrl, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      );
    },
  };
}

/**
 * Two workers copying the template at the same moment can meet "source database is being accessed
 * by other users" (SQLSTATE 55006); it passes a moment later.
 */
async function createDatabaseRetrying(client: pg.Client, target: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.query(`create database ${target}`);
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** `<database in the URL>_<tag>_<random>`, within PostgreSQL's 63-byte limit on names. */
function uniqueDatabaseName(serverUrl: string, tag: string) {
  const base = new URL(serverUrl).pathname.slice(1) || 'saisei';
  return `${base.slice(0, 40)}_${tag}_${randomBytes(5).toString('hex')}`;
}

function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
