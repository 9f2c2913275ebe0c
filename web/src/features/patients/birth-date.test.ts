import { describe, expect, it } from 'vitest';
import { ageOn, readBirthDate } from './birth-date';

const TODAY = '2026-11-25';

describe('readBirthDate', () => {
  it.each([
    ['1990-05-01', '1990-05-01'],
    ['1990/05/01', '1990-05-01'],
    ['1990/5/1', '1990-05-01'],
    ['1990.5.1', '1990-05-01'],
    ['1990年5月1日', '1990-05-01'],
    ['19900501', '1990-05-01'],
    ['１９９０／０５／０１', '1990-05-01'],
    ['H2.5.1', '1990-05-01'],
    ['h02/05/01', '1990-05-01'],
    ['平成2年5月1日', '1990-05-01'],
    ['平成元年1月8日', '1989-01-08'],
    ['S64.1.7', '1989-01-07'],
    ['R1.5.1', '2019-05-01'],
    ['  H2.5.1  ', '1990-05-01'],
  ])('reads %s as %s', (typed, iso) => {
    expect(readBirthDate(typed, TODAY)).toEqual({ kind: 'date', iso });
  });

  it('says nothing was typed', () => {
    expect(readBirthDate('  ', TODAY)).toEqual({ kind: 'empty' });
  });

  it.each(['1990-02-30', 'H2.13.1', 'H31.5.1', 'S65.1.1', '1990', 'やまだ', '1990-5'])(
    'cannot read %s',
    (typed) => {
      expect(readBirthDate(typed, TODAY)).toEqual({ kind: 'unreadable' });
    },
  );

  it('reads a date after today, and names the problem the server would', () => {
    expect(readBirthDate('2026-11-26', TODAY)).toEqual({
      kind: 'date',
      iso: '2026-11-26',
      problem: 'IN_FUTURE',
    });
    expect(readBirthDate(TODAY, TODAY)).toEqual({ kind: 'date', iso: TODAY });
  });

  it('reads a date before 1900, and names the problem', () => {
    expect(readBirthDate('M30.1.1', TODAY)).toEqual({
      kind: 'date',
      iso: '1897-01-01',
      problem: 'TOO_EARLY',
    });
  });
});

describe('ageOn', () => {
  it('counts a year from the birthday itself', () => {
    expect(ageOn('1990-05-01', '2026-04-30')).toBe(35);
    expect(ageOn('1990-05-01', '2026-05-01')).toBe(36);
    expect(ageOn('1990-05-01', '2026-11-25')).toBe(36);
  });

  it('makes someone born on 29 February older on 1 March in other years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('is 0 in the first year', () => {
    expect(ageOn('2026-01-01', '2026-11-25')).toBe(0);
  });
});
