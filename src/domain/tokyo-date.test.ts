import { describe, expect, it } from 'vitest';
import { clinicalInstant, startOfTokyoDay, todayInTokyo, tokyoDateOf } from './tokyo-date.ts';

describe('Tokyo calendar', () => {
  it('turns the date at midnight JST, nine hours before UTC', () => {
    expect(todayInTokyo(new Date('2024-12-31T14:59:59Z'))).toBe('2024-12-31');
    expect(todayInTokyo(new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
    expect(tokyoDateOf(new Date('2025-06-01T00:30:00+09:00'))).toBe('2025-06-01');
  });

  it('starts a day at 00:00 JST', () => {
    expect(startOfTokyoDay('2025-01-01').toISOString()).toBe('2024-12-31T15:00:00.000Z');
  });

  it('places a same-day record at its real time and a later entry at the start of its day', () => {
    const sameDay = new Date('2026-03-01T01:30:00Z'); // 10:30 JST on 1 March
    expect(clinicalInstant('2026-03-01', sameDay)).toBe('2026-03-01T01:30:00.000Z');
    expect(clinicalInstant('2026-02-20', sameDay)).toBe('2026-02-19T15:00:00.000Z');
  });
});
