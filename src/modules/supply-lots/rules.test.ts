import { describe, expect, it } from 'vitest';
import { lotRefusal, roundOutOfRange, roundProblems } from './rules.ts';

const lot = (overrides: Partial<Parameters<typeof lotRefusal>[0]> = {}) => ({
  lotNumber: 'K2411A',
  expiresOn: '2026-12-31',
  status: 'released' as const,
  quantityRemaining: 5,
  ...overrides,
});
const codes = (reasons: { code: string }[]) => reasons.map((r) => r.code);

describe('lotRefusal (../shared/domain/prp.md: an expired lot must not be used)', () => {
  it('lets a released lot be used up to its expiry date and its stock', () => {
    expect(lotRefusal(lot(), '2026-12-31', 5)).toEqual([]);
  });

  it('refuses the day after the expiry date', () => {
    expect(codes(lotRefusal(lot(), '2027-01-01', 1))).toEqual(['LOT_EXPIRED']);
  });

  it('refuses a lot in quarantine and a rejected one', () => {
    expect(codes(lotRefusal(lot({ status: 'quarantine' }), '2026-06-01', 1))).toEqual(['LOT_NOT_RELEASED']);
    const rejected = lotRefusal(lot({ status: 'rejected' }), '2026-06-01', 1);
    expect(codes(rejected)).toEqual(['LOT_NOT_RELEASED']);
    expect(rejected[0]?.message).toMatch(/rejected/);
  });

  it('refuses more than the stock left, and a used-up lot', () => {
    expect(codes(lotRefusal(lot(), '2026-06-01', 6))).toEqual(['LOT_STOCK_EXHAUSTED']);
    expect(codes(lotRefusal(lot({ quantityRemaining: 0 }), '2026-06-01', 1))).toEqual([
      'LOT_STOCK_EXHAUSTED',
    ]);
  });

  it('names every problem at once, expiry first', () => {
    const reasons = lotRefusal(lot({ status: 'quarantine', quantityRemaining: 0 }), '2027-02-01', 1);
    expect(codes(reasons)).toEqual(['LOT_EXPIRED', 'LOT_NOT_RELEASED', 'LOT_STOCK_EXHAUSTED']);
    for (const reason of reasons) expect(reason.message).toContain('K2411A');
  });
});

describe('fridge temperature rounds (2–8 °C)', () => {
  it('flags a fridge whose current, min or max reading left the range, inclusive bounds kept', () => {
    expect(roundOutOfRange('fridge', { currentC: 5, minC: 2, maxC: 8 })).toBe(false);
    expect(roundOutOfRange('fridge', { currentC: 5, minC: 1.9, maxC: 6 })).toBe(true);
    expect(roundOutOfRange('fridge', { currentC: 5, minC: 3, maxC: 8.1 })).toBe(true);
    expect(roundOutOfRange('fridge', { currentC: 9, minC: 4, maxC: 9 })).toBe(true);
  });

  it('keeps freezers and rooms to their own limits (none here)', () => {
    expect(roundOutOfRange('freezer', { currentC: -20, minC: -22, maxC: -18 })).toBe(false);
    expect(roundOutOfRange('room', { currentC: 24, minC: 20, maxC: 26 })).toBe(false);
  });

  it('asks for the action taken on an excursion, and a min/max that hold the current reading', () => {
    expect(roundProblems({ currentC: 9, minC: 4, maxC: 9 }, true).map((p) => p.path)).toEqual(['note']);
    expect(roundProblems({ currentC: 9, minC: 4, maxC: 9, note: '品質管理者に連絡' }, true)).toEqual([]);
    expect(roundProblems({ currentC: 5, minC: 6, maxC: 4 }, false).map((p) => p.code)).toEqual([
      'MIN_ABOVE_CURRENT',
      'MAX_BELOW_CURRENT',
    ]);
  });
});
