import { describe, expect, it } from 'vitest';
import { resolveAuditFilter, tokyoWallClock } from './filter.ts';

describe('Tokyo time', () => {
  it('shows an instant on the Tokyo wall clock', () => {
    expect(tokyoWallClock('2025-03-31T15:10:00.000Z')).toBe('2025-04-01 00:10:00');
  });

  it('reads bare dates as whole Tokyo days and keeps instants', () => {
    expect(resolveAuditFilter({ kind: 'all', from: '2025-04-01', to: '2025-04-30' }).filter).toMatchObject({
      from: '2025-03-31T15:00:00.000Z',
      to: '2025-04-30T15:00:00.000Z',
    });
    expect(resolveAuditFilter({ kind: 'all', to: '2025-04-01T09:00:00+09:00' }).filter?.to).toBe(
      '2025-04-01T00:00:00.000Z',
    );
    expect(resolveAuditFilter({ kind: 'all', from: '2025-04-02', to: '2025-04-01' }).errors).toEqual([
      expect.objectContaining({ path: 'to', code: 'INVALID_RANGE' }),
    ]);
  });

  it('refuses a year the database cannot hold (0001-01-01 in Tokyo is year 0 in UTC), naming the field', () => {
    expect(resolveAuditFilter({ kind: 'all', from: '0001-01-01' }).errors).toEqual([
      expect.objectContaining({ path: 'from', code: 'OUT_OF_RANGE' }),
    ]);
    expect(resolveAuditFilter({ kind: 'all', to: '1899-12-31' }).errors).toEqual([
      expect.objectContaining({ path: 'to', code: 'OUT_OF_RANGE' }),
    ]);
    expect(resolveAuditFilter({ kind: 'all', from: '1900-01-02', to: '9999-12-30' }).errors).toEqual([]);
  });
});
