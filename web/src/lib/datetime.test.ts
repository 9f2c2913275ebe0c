import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatInstant,
  parseDateOnly,
  parseDayText,
  todayInTokyo,
  toWareki,
  toWarekiParts,
  toWarekiYear,
} from './datetime';

describe('toWareki', () => {
  it.each([
    ['1990-05-01', '平成2年5月1日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2025-12-31', '令和7年12月31日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1912-07-29', '明治45年7月29日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1868-01-25', '明治元年1月25日'],
    ['1873-01-01', '明治6年1月1日'],
  ])('%s is %s', (date, expected) => {
    expect(toWareki(date)).toBe(expected);
  });

  it('writes the first year as 1年 when asked', () => {
    expect(toWareki('2019-05-01', { firstYear: '1年' })).toBe('令和1年5月1日');
    expect(toWareki('2019-05-02', { firstYear: '1年' })).toBe('令和1年5月2日');
  });

  it('has an English form with the Gregorian year', () => {
    expect(toWareki('1990-05-01', { locale: 'en' })).toBe('1 May, Heisei 2 (1990)');
    expect(toWarekiYear('1990-05-01', { locale: 'en' })).toBe('Heisei 2 (1990)');
    expect(toWarekiYear('2019-05-01', { locale: 'en' })).toBe('Reiwa 1 (2019)');
  });

  it('gives the era year alone', () => {
    expect(toWarekiYear('1989-01-08')).toBe('平成元年');
    expect(toWarekiYear('2020-01-01')).toBe('令和2年');
  });

  it('handles a leap day', () => {
    expect(toWareki('2020-02-29')).toBe('令和2年2月29日');
  });

  it('exposes the parts', () => {
    expect(toWarekiParts('1989-01-07')).toEqual({
      year: 1989,
      month: 1,
      day: 7,
      eraJa: '昭和',
      eraEn: 'Showa',
      eraYear: 64,
    });
  });

  it('refuses dates before Meiji', () => {
    expect(() => toWareki('1868-01-24')).toThrow(RangeError);
  });

  it.each([
    '',
    '1990-5-1',
    '1990/05/01',
    '19900501',
    '1990-13-01',
    '1990-00-10',
    '1990-02-30',
    '2023-02-29',
    '1990-05-01T00:00:00Z',
    ' 1990-05-01',
    'not a date',
  ])('throws on invalid input %j', (value) => {
    expect(() => toWareki(value)).toThrow(RangeError);
  });
});

describe('parseDateOnly', () => {
  it('returns the calendar parts', () => {
    expect(parseDateOnly('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('rejects a non-leap 29 February', () => {
    expect(() => parseDateOnly('1900-02-29')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('formats short dates', () => {
    expect(formatDate('1990-05-01')).toBe('1990/05/01');
    expect(formatDate('1990-05-01', 'en')).toBe('1 May 1990');
  });

  it('adds the weekday in the long form', () => {
    expect(formatDate('2025-06-07', 'ja', 'long')).toBe('2025年6月7日(土)');
    expect(formatDate('2025-06-07', 'en', 'long')).toBe('Sat 7 Jun 2025');
  });

  it('throws on invalid input', () => {
    expect(() => formatDate('2025-06-31')).toThrow(RangeError);
  });
});

describe('formatInstant', () => {
  it('shows UTC instants in Japan time, across the date line', () => {
    expect(formatInstant('2024-12-31T15:00:00Z')).toBe('2025/01/01 00:00');
    expect(formatInstant('2024-12-31T14:59:59.999Z')).toBe('2024/12/31 23:59');
    expect(formatInstant('2024-12-31T15:00:00Z', 'en')).toBe('1 Jan 2025 00:00');
  });

  it('shows seconds when asked, for audit trails', () => {
    expect(formatInstant('2024-12-31T15:00:07.123456Z', 'ja', { seconds: true })).toBe('2025/01/01 00:00:07');
    expect(formatInstant('2024-12-31T15:00:07Z', 'en', { seconds: true })).toBe('1 Jan 2025 00:00:07');
  });

  it('respects an explicit offset', () => {
    expect(formatInstant('2025-03-01T12:30:00+09:00')).toBe('2025/03/01 12:30');
    expect(formatInstant('2025-03-01T12:30:00-05:00')).toBe('2025/03/02 02:30');
  });

  it.each([
    '2025-03-01T12:30:00',
    '2025-03-01',
    'yesterday',
    '2025-13-01T00:00:00Z',
    '2025-02-30T00:00:00Z',
    '2025-03-01T25:00:00Z',
  ])('throws on %j', (value) => {
    expect(() => formatInstant(value)).toThrow(RangeError);
  });
});

describe('todayInTokyo', () => {
  it('is already tomorrow in Tokyo from 15:00 UTC', () => {
    expect(todayInTokyo(new Date('2024-12-31T14:59:00Z'))).toBe('2024-12-31');
    expect(todayInTokyo(new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
  });
});

describe('parseDayText', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    ['2026/11/25', '2026-11-25'],
    ['2026/1/5', '2026-01-05'],
    ['2026年11月25日', '2026-11-25'],
    ['20261125', '2026-11-25'],
    ['２０２６／１１／２５', '2026-11-25'],
  ])('reads %s as %s', (text, day) => {
    expect(parseDayText(text)).toBe(day);
  });

  it.each(['11/25/2026', '2026-02-30', 'tomorrow', ''])('refuses %s', (text) => {
    expect(parseDayText(text)).toBeNull();
  });
});
