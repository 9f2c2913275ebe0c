import { describe, expect, it } from 'vitest';
import { instantOn, tokyoTime } from './time';

describe('session times', () => {
  it('shows an instant as Japan time and reads a time of day back on the session day', () => {
    expect(tokyoTime(new Date('2026-05-01T01:05:00Z'))).toBe('10:05');
    expect(instantOn('2026-05-01', '10:05')).toBe('2026-05-01T10:05:00+09:00');
    expect(new Date(instantOn('2026-05-01', '10:05')).toISOString()).toBe('2026-05-01T01:05:00.000Z');
  });
});
