import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { BLOB_COLUMNS } from './queries.ts';

// A backup carries the photo-store files its rows name, found through BLOB_COLUMNS. A new column
// holding a file's hash that nobody adds there would leave those files out of every backup: any
// column named like a hash must be listed there, or here as a hash that names no file.
const NOT_FILES = new Set([
  'audit_events.hash',
  'audit_events.prev_hash',
  // The SHA-256 of a consent document's text (consents/rules.documentHash), not of a stored file.
  'consent_documents.content_hash',
  // A signed consent's copy of that hash, and its signature's SHA-256: the image is in the row, not a file.
  'patient_consents.document_hash',
  'consent_signatures.document_hash',
  'consent_signatures.image_hash',
  // The SHA-256 of a questionnaire template's questions (questionnaires/rules.templateHash).
  'questionnaire_templates.content_hash',
  // The argon2id hash of the PIN a tablet in patient mode is returned with.
  'sessions.patient_mode_pin_hash',
  'sessions.token_hash',
  'api_tokens.token_hash',
  'users.password_hash',
  'users.recovery_code_hashes',
]);

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

it('knows every column that could name a photo-store file', async () => {
  const result = (await database.db.execute(
    sql`select table_name || '.' || column_name as name from information_schema.columns
        where table_schema = 'public' and column_name like '%hash%' order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const blobColumns = new Set(BLOB_COLUMNS.map((b) => `${b.table}.${b.column}`));
  const unknown = result.rows
    .map((r) => r.name)
    .filter((name) => !blobColumns.has(name) && !NOT_FILES.has(name));
  expect(unknown).toEqual([]);
  expect(result.rows.map((r) => r.name)).toEqual(expect.arrayContaining([...blobColumns]));
});
