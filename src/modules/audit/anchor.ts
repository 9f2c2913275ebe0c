import type { Database, Executor } from '../../db/client.ts';
import { newestEvent } from './queries.ts';
import { sealAccessLog } from './sealer.ts';

/**
 * The newest audit event's seq and hash, to be kept outside the database (a file beside the
 * backups, a backup manifest): later, that event must still exist with that hash, or the tail of
 * the trail was cut or rewritten. Null for an empty trail. Pending access entries are sealed first,
 * so the anchor covers every read logged until now.
 */
export async function readAuditAnchor(db: Database): Promise<{ seq: number; hash: string } | null> {
  await sealAccessLog(db);
  return newestEvent(db);
}

/**
 * The chain's head as one transaction sees it, without sealing: a backup's read-only snapshot (its
 * pending entries travel in it as rows, sealed after a restore) and a restore's check.
 */
export function chainHead(tx: Executor): Promise<{ seq: number; hash: string } | null> {
  return newestEvent(tx);
}
