import { expect, it } from 'vitest';
import { isoDate, parseWareki } from './wareki.ts';

it('reads the ways reception types a wareki birth date', () => {
  expect(parseWareki('H2.5.1')).toBe('1990-05-01');
  expect(parseWareki('ｈ０２／０５／０１')).toBe('1990-05-01');
  expect(parseWareki('平成2年5月1日')).toBe('1990-05-01');
  expect(parseWareki('S64.1.7')).toBe('1989-01-07');
  expect(parseWareki('平成元年1月8日')).toBe('1989-01-08');
  expect(parseWareki('R1.5.1')).toBe('2019-05-01');
});

it('refuses dates outside their era and non-dates', () => {
  expect(parseWareki('H1.1.7')).toBeUndefined(); // still Showa that day
  expect(parseWareki('S64.1.8')).toBeUndefined(); // already Heisei
  expect(parseWareki('H31.5.1')).toBeUndefined(); // already Reiwa
  expect(parseWareki('H2.2.30')).toBeUndefined();
  expect(parseWareki('やまだ')).toBeUndefined();
});

it('builds only real Gregorian dates', () => {
  expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  expect(isoDate(2023, 2, 29)).toBeUndefined();
});
