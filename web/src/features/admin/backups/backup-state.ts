import type { BackupStatus } from './backups-api';

const DAY_MS = 24 * 3_600_000;

/** Overdue when the last good backup is older than its interval plus a day's grace, or failed. */
export function backupIsOverdue(status: BackupStatus, now: Date): boolean {
  const latest = status.latest;
  if (!status.configured || !latest || latest.result !== 'ok') return true;
  return now.getTime() - new Date(latest.at).getTime() > status.everyHours * 3_600_000 + DAY_MS;
}
