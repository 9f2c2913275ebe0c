import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from '../../db/client.ts';

type JournalEntry = { idx: number; when: number; tag: string };
type Journal = { entries: JournalEntry[] } & Record<string, unknown>;

async function readJournal(): Promise<Journal> {
  return JSON.parse(await fs.readFile(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as Journal;
}

export async function migrationTag(when: number): Promise<string> {
  return (await readJournal()).entries.find((e) => e.when === when)?.tag ?? `unknown (${when})`;
}

export class MigrationMismatchError extends Error {}

/**
 * A folder holding this build's migrations up to the backup's newest one: the restore rebuilds the
 * schema the rows were taken from, inserts them, then applies the newer migrations as an upgrade would.
 */
export async function migrationsUpTo(
  when: number,
): Promise<{ folder: string; isLatest: boolean; remove(): Promise<void> }> {
  const journal = await readJournal();
  const index = journal.entries.findIndex((e) => e.when === when);
  if (index < 0) {
    throw new MigrationMismatchError(
      'The backup was made by a newer Saisei (its schema has migrations this version does not know): restore it with that version or newer.',
    );
  }
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'saisei-migrations-'));
  await fs.mkdir(path.join(folder, 'meta'));
  const entries = journal.entries.slice(0, index + 1);
  await fs.writeFile(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) {
    await fs.copyFile(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  }
  return {
    folder,
    isLatest: index === journal.entries.length - 1,
    remove: () => fs.rm(folder, { recursive: true, force: true }),
  };
}
