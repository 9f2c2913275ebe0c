import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Executor } from '../../db/client.ts';
import type { TableEntry } from './container.ts';
import { closeCursor, fetchRows, openRowCursor, type TableInfo } from './queries.ts';

const PAGE_ROWS = 1000;

/**
 * Streams one table's rows, in primary-key order, as JSON lines a page at a time, and answers the
 * row count and the SHA-256 of those lines: the canonical content both the backup and the
 * restore's check compute the same way. Call inside a transaction that set canonical output.
 */
export async function readTable(
  tx: Executor,
  table: TableInfo,
  onPage: (jsonLines: Buffer) => Promise<void>,
): Promise<TableEntry> {
  const hash = createHash('sha256');
  let count = 0;
  const cursor = `saisei_backup_${table.name}`;
  await openRowCursor(tx, cursor, table);
  for (;;) {
    const page = await fetchRows(tx, cursor, PAGE_ROWS);
    if (page.length === 0) break;
    const bytes = Buffer.from(`${page.join('\n')}\n`, 'utf8');
    hash.update(bytes);
    count += page.length;
    await onPage(bytes);
    // PGlite holds the event loop for each query (STACK.md trap 17): let timers and I/O run.
    await nextTurn();
    if (page.length < PAGE_ROWS) break;
  }
  await closeCursor(tx, cursor);
  return { name: table.name, rows: count, sha256: hash.digest('hex') };
}
