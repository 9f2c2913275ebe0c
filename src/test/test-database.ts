import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { openServerDatabase } from './server-database.ts';
import { openFromTemplate } from './template-database.ts';

/**
 * A fresh, migrated database of its own for each call: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (created here, dropped on close).
 * Copied from the run's migrated template (src/test/global-setup.ts); migrated here when a run has
 * none, as under another vitest config.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject('databaseTemplate');
  if (template) return openFromTemplate(template, serverUrl);
  const handle = serverUrl
    ? await openServerDatabase(serverUrl)
    : await openDatabase({ kind: 'pglite-memory' });
  await handle.migrate();
  return handle;
}
