import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';

/**
 * Creates the run's template on the server named by TEST_DATABASE_URL and migrates it. Its name is
 * `<database in the URL>_tmpl_<random>`, and every copy's name starts with it, so the teardown can
 * drop whatever this run left (a file that never closed its database, a crashed worker) and
 * nothing of another run on the same server.
 */
export async function createServerTemplate(serverUrl: string) {
  const base = new URL(serverUrl).pathname.slice(1) || 'saisei';
  // 63 bytes is PostgreSQL's limit: 30 + 16 here, 11 more for each copy.
  const template = `${base.slice(0, 30)}_tmpl_${randomBytes(5).toString('hex')}`;
  const drop = () => dropRunDatabases(serverUrl, template);
  await withAdminClient(serverUrl, (client) => client.query(`create database "${template}"`));
  try {
    const handle = await openDatabase({
      kind: 'postgres',
      url: databaseUrl(serverUrl, template),
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
      client.query(`alter database "${template}" with allow_connections false`),
    );
  } catch (error) {
    await drop();
    throw error;
  }
  return { template, drop };
}

/** Drops the template and every copy made from it in this run. */
async function dropRunDatabases(serverUrl: string, template: string) {
  await withAdminClient(serverUrl, async (client) => {
    const copies = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [`${template}_`],
    );
    for (const { datname } of copies.rows) {
      await client.query(`drop database if exists "${datname}" with (force)`);
    }
    await client.query(`drop database if exists "${template}" with (force)`);
  });
}

/**
 * A new database on the server, dropped on close: a copy of `template` (named after it), or, with
 * no template, an empty one named `<database in the URL>_t_<random>` for the caller to migrate.
 */
export async function openServerDatabase(serverUrl: string, template?: string): Promise<DatabaseHandle> {
  const suffix = randomBytes(5).toString('hex');
  const base = new URL(serverUrl).pathname.slice(1) || 'saisei';
  const name = template ? `${template}_${suffix}` : `${base.slice(0, 40)}_t_${suffix}`;
  await withAdminClient(serverUrl, (client) =>
    createDatabaseRetrying(client, template ? `"${name}" template "${template}"` : `"${name}"`),
  );
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
