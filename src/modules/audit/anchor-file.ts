import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../db/client.ts';
import { readAuditAnchor } from './anchor.ts';
import { type ChainAnchor, formatAnchor, parseAnchor } from './rules.ts';

/** Enough of the file's end to hold its last line (an ISO time, a seq and a 64-digit hash). */
const TAIL_BYTES = 512;

/** The last anchor in the file, or null for a missing or empty file. */
export async function lastAnchorInFile(file: string): Promise<ChainAnchor | null> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size - start), 0, size - start, start);
    const lines = buffer.subarray(0, bytesRead).toString('utf8').trim().split('\n');
    return parseAnchor(lines.at(-1)?.split(' ').at(-1) ?? '');
  } finally {
    await handle.close();
  }
}

/**
 * Appends `ISO-TIME SEQ:HASH` for the newest audit event when it differs from the last line written,
 * and makes it durable (fsync) before saying so. Returns the anchor written, or null.
 */
export async function appendAuditAnchor(
  db: Database,
  file: string,
  now = new Date(),
): Promise<ChainAnchor | null> {
  const anchor = await readAuditAnchor(db);
  if (!anchor) return null;
  const last = await lastAnchorInFile(file);
  if (last && last.seq === anchor.seq && last.hash === anchor.hash) return null;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, 'a', 0o640);
  try {
    await handle.write(`${now.toISOString()} ${formatAnchor(anchor)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return anchor;
}

/**
 * Writes the anchor at intervals and once more at shutdown, so a cut or rewritten tail of the trail
 * can be shown later (`saisei audit verify --expect SEQ:HASH`). Failures are reported, never fatal:
 * the clinic keeps working while the anchor disk is away.
 */
export function startAnchorWriter(
  db: Database,
  options: { file: string; minutes: number; onError: (error: unknown) => void },
) {
  let writing: Promise<unknown> = Promise.resolve();
  const write = () => {
    writing = writing.then(() => appendAuditAnchor(db, options.file)).catch(options.onError);
    return writing;
  };
  const timer = options.minutes > 0 ? setInterval(write, options.minutes * 60_000) : undefined;
  timer?.unref();
  return {
    /** The last anchor, written before the database closes. */
    async stop(): Promise<void> {
      clearInterval(timer);
      await write();
    },
  };
}
