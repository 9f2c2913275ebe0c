import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { createServerTemplate, openServerDatabase } from './server-database.ts';

/**
 * A database migrated once per test run, which every test file copies instead of migrating its own
 * (src/test/global-setup.ts makes it): a PGlite data folder dumped to a tar file, or a template
 * database on the PostgreSQL server. Plain strings, so vitest can hand it to the workers.
 */
export type TemplateRef = { kind: 'pglite'; tarball: string } | { kind: 'postgres'; database: string };

export type Template = { ref: TemplateRef; drop(): Promise<void> };

/** Makes the run's template: on the server named by `serverUrl`, or as a PGlite dump without one. */
export async function createTemplate(serverUrl: string | undefined): Promise<Template> {
  if (!serverUrl) return createPgliteTemplate();
  const { template, drop } = await createServerTemplate(serverUrl);
  return { ref: { kind: 'postgres', database: template }, drop };
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

/** A fresh database copied from the run's template, ready without migrating. */
export async function openFromTemplate(ref: TemplateRef, serverUrl: string | undefined) {
  if (ref.kind === 'pglite') {
    // Each open reads the file again, so every handle is an independent database.
    return openDatabase({ kind: 'pglite-memory', loadDataDir: await fs.openAsBlob(ref.tarball) });
  }
  if (!serverUrl) throw new Error('a PostgreSQL template needs TEST_DATABASE_URL');
  return openServerDatabase(serverUrl, ref.database);
}
