import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone.ts';
import { normalisePostalCode } from './postal-code.ts';

describe('normalisePhone', () => {
  it.each([
    ['090-1234-5678', '09012345678', '090-1234-5678'],
    ['０９０－１２３４－５６７８', '09012345678', '090-1234-5678'],
    ['09012345678', '09012345678', '090-1234-5678'],
    ['+81 90 1234 5678', '09012345678', '090-1234-5678'],
    ['03-1234-5678', '0312345678', '03-1234-5678'],
    ['0422-12-3456', '0422123456', '0422-12-3456'],
    ['(03) 1234 5678', '0312345678', '03-1234-5678'],
    ['0120-123-456', '0120123456', '0120-123-456'],
  ])('accepts %s', (input, digits, display) => {
    expect(normalisePhone(input)).toEqual({ ok: true, digits, display });
  });

  it.each(['1234', '090-1234-567', '03-1234-56789', 'abc', '+1 212 555 0100', '00-1234-5678'])(
    'refuses %s',
    (input) => {
      expect(normalisePhone(input)).toEqual({ ok: false, reason: 'INVALID_PHONE' });
    },
  );
});

describe('normalisePostalCode', () => {
  it('accepts common spellings', () => {
    expect(normalisePostalCode('1500001')).toBe('150-0001');
    expect(normalisePostalCode('〒１５０－０００１')).toBe('150-0001');
  });
  it('refuses wrong lengths', () => {
    expect(normalisePostalCode('150-001')).toBeUndefined();
    expect(normalisePostalCode('150-00011')).toBeUndefined();
  });
});
