import { describe, expect, it } from 'vitest';
import { GROUP_SEPARATOR as GS, gs1CheckDigit, gs1Date, gs1Year, normaliseGtin, parseGs1 } from './gs1.ts';

const TODAY = '2026-11-26';
const codes = (text: string) => {
  const result = parseGs1(text, TODAY);
  return result.ok ? [] : result.problems.map((p) => p.code);
};
const label = (text: string) => {
  const result = parseGs1(text, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.label;
};

describe('GTIN check digit (GS1 General Specifications §7.9.1)', () => {
  it("matches the specification's worked example and known GTINs", () => {
    // §7.9.1 figure: GTIN-13 629104150021 → check digit 3.
    expect(gs1CheckDigit('629104150021')).toBe(3);
    expect(gs1CheckDigit('0950110153000')).toBe(3); // GTIN-14 of GS1's own examples
    expect(gs1CheckDigit('490123456789')).toBe(4); // a JAN code (GS1 Japan's example 4901234567894)
    expect(gs1CheckDigit('9638507')).toBe(4); // GTIN-8 96385074
  });

  it('normalises 8/12/13/14 digits to GTIN-14 and refuses a wrong check digit or length', () => {
    expect(normaliseGtin('4901234567894')).toEqual({ gtin: '04901234567894' });
    expect(normaliseGtin('96385074')).toEqual({ gtin: '00000096385074' });
    expect(normaliseGtin('0950 1101 5300 03')).toEqual({ gtin: '09501101530003' });
    expect(normaliseGtin('4901234567895')).toEqual({ problem: 'GTIN_CHECK_DIGIT' });
    expect(normaliseGtin('12345')).toEqual({ problem: 'GTIN_FORMAT' });
    expect(normaliseGtin('490123456789X')).toEqual({ problem: 'GTIN_FORMAT' });
  });
});

describe('YYMMDD dates (§7.12 century, §3.4.7 day 00)', () => {
  it('takes the century within -49…+50 years of the current year', () => {
    expect(gs1Year(26, 2026)).toBe(2026);
    expect(gs1Year(76, 2026)).toBe(2076); // +50: this century
    expect(gs1Year(77, 2026)).toBe(1977); // +51: the previous one
    expect(gs1Year(1, 2098)).toBe(2101); // -97: the next one
  });

  it('reads DD = 00 as the last day of the month, leap years included', () => {
    expect(gs1Date('270200', TODAY)).toBe('2027-02-28');
    expect(gs1Date('280200', TODAY)).toBe('2028-02-29');
    expect(gs1Date('271100', TODAY)).toBe('2027-11-30');
    expect(gs1Date('271231', TODAY)).toBe('2027-12-31');
  });

  it('refuses a month or day that does not exist', () => {
    expect(gs1Date('271301', TODAY)).toBeNull();
    expect(gs1Date('270230', TODAY)).toBeNull();
    expect(gs1Date('27023', TODAY)).toBeNull();
  });
});

describe('parseGs1: what a scanner types', () => {
  it('reads the raw element string with FNC1 as GS after a variable-length lot', () => {
    expect(label(`01095011015300031727020010AB-123${GS}21XYZ`)).toMatchObject({
      gtin: '09501101530003',
      expiresOn: '2027-02-28',
      lotNumber: 'AB-123',
      serial: 'XYZ',
    });
  });

  it('reads GS written as <GS> (zxing-cpp escaped text: what a client sends, the edge refusing control characters)', () => {
    expect(label(']d2010950110153000310AB-1<GS>17270200')).toMatchObject({
      lotNumber: 'AB-1',
      expiresOn: '2027-02-28',
    });
  });

  it('strips the ]d2 symbology identifier and a leading FNC1', () => {
    expect(label(`]d2${GS}0109501101530003112605011727053110K2411A`)).toMatchObject({
      gtin: '09501101530003',
      productionDate: '2026-05-01',
      expiresOn: '2027-05-31',
      lotNumber: 'K2411A',
    });
  });

  it('reads the bracketed human form in any order', () => {
    expect(label('(01)09501101530003(17)280229(10)K2411A')).toMatchObject({
      gtin: '09501101530003',
      expiresOn: '2028-02-29',
      lotNumber: 'K2411A',
      serial: null,
    });
    expect(label('(10)LOT-9(01)09501101530003')).toMatchObject({ lotNumber: 'LOT-9', expiresOn: null });
  });

  it('refuses a wrong GTIN check digit, an unknown AI, a bad date, a short fixed field, a repeat', () => {
    expect(codes('(01)09501101530004(10)A')).toEqual(['GTIN_CHECK_DIGIT']);
    expect(codes('9912345')).toEqual(['GS1_UNKNOWN_AI']);
    expect(codes('(01)09501101530003(17)271301')).toEqual(['GS1_MALFORMED']);
    expect(codes('010950110153')).toEqual(['GS1_MALFORMED']);
    expect(codes(`10A${GS}10B`)).toEqual(['GS1_DUPLICATE_AI']);
    expect(codes('(01)0950110153000')).toEqual(['GS1_MALFORMED']);
    expect(codes('01 0950')).toEqual(['GS1_MALFORMED']);
    expect(codes('  ')).toEqual(['GS1_EMPTY']);
  });

  it('refuses a lot longer than 20 characters or outside the GS1 character set', () => {
    expect(codes(`10${'A'.repeat(21)}`)).toEqual(['GS1_MALFORMED']);
    expect(codes('10ロット')).toEqual(['GS1_MALFORMED']);
    expect(label(`10${'A'.repeat(20)}`).lotNumber).toHaveLength(20);
  });
});
