import { describe, expect, it } from 'vitest';
import { backupIsOverdue } from './backup-state';
import type { BackupStatus } from './backups-api';

const status = (
  latest: Partial<NonNullable<BackupStatus['latest']>> | null,
  configured = true,
): BackupStatus => ({
  configured,
  everyHours: 24,
  keep: 7,
  encrypted: true,
  running: false,
  latest: latest && {
    at: '2026-11-25T00:00:00.000Z',
    result: 'ok',
    file: 'f',
    size: 1,
    rows: 1,
    photos: 0,
    error: null,
    ...latest,
  },
});
const at = (iso: string) => new Date(iso);

describe('a backup is overdue', () => {
  it('not within its interval and a day of grace', () => {
    expect(backupIsOverdue(status({}), at('2026-11-26T23:59:00Z'))).toBe(false);
  });
  it('past the interval and the grace day, after a failure, when none was taken or backups are off', () => {
    expect(backupIsOverdue(status({}), at('2026-11-27T00:01:00Z'))).toBe(true);
    expect(backupIsOverdue(status({ result: 'failed' }), at('2026-11-25T01:00:00Z'))).toBe(true);
    expect(backupIsOverdue(status(null), at('2026-11-25T01:00:00Z'))).toBe(true);
    expect(backupIsOverdue(status({}, false), at('2026-11-25T01:00:00Z'))).toBe(true);
  });
});
