import { describe, expect, it } from 'vitest';
import { NAME_KEY_VERSION } from '../../domain/name-fold.ts';
import {
  formatPatientNumber,
  normalisePatientFields,
  parsePatientQuery,
  searchesBySubstring,
  searchKeys,
} from './rules.ts';

describe('parsePatientQuery', () => {
  it.each([
    ['P-000123', { kind: 'patientNumber', value: 'P-000123' }],
    ['p123', { kind: 'patientNumber', value: 'P-000123' }],
    ['Ｐ－１２３', { kind: 'patientNumber', value: 'P-000123' }],
    ['1990-05-01', { kind: 'birthDate', value: '1990-05-01' }],
    ['1990/5/1', { kind: 'birthDate', value: '1990-05-01' }],
    ['19900501', { kind: 'birthDate', value: '1990-05-01' }],
    ['1990年5月1日', { kind: 'birthDate', value: '1990-05-01' }],
    ['H2.5.1', { kind: 'birthDate', value: '1990-05-01' }],
    ['090-1234-5678', { kind: 'phone', digits: '09012345678' }],
    ['+81 90 1234 5678', { kind: 'phone', digits: '09012345678' }],
    ['5678', { kind: 'numberOrPhone', value: 'P-005678', digits: '5678' }],
    ['1', { kind: 'numberOrPhone', value: 'P-000001', digits: undefined }],
    ['000001', { kind: 'numberOrPhone', value: 'P-000001', digits: '000001' }],
    ['p1', { kind: 'patientNumber', value: 'P-000001' }],
    ['1234567', { kind: 'phone', digits: '1234567' }],
    ['やまだ', { kind: 'kana', key: 'ヤマダ' }],
    ['ﾔﾏﾀﾞ ﾊﾅｺ', { kind: 'kana', key: 'ヤマダハナコ' }],
    ['山田 花子', { kind: 'name', key: '山田花子' }],
    ['Yamada', { kind: 'name', key: 'yamada' }],
  ])('%s', (input, expected) => {
    expect(parsePatientQuery(input)).toEqual(expected);
  });

  it('reads an impossible date as digits, not as a birth date', () => {
    expect(parsePatientQuery('19901301')).toEqual({ kind: 'phone', digits: '19901301' });
  });

  it('ignores an empty query', () => {
    expect(parsePatientQuery('   ')).toBeUndefined();
  });
});

describe('search keys', () => {
  it('fold the reading and keep kanji and romaji apart', () => {
    expect(
      searchKeys({
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'やまだ',
        givenNameKana: 'ﾊﾅｺ',
        familyNameRomaji: 'Yamada',
        givenNameRomaji: 'Hanako',
        phone: '090-1234-5678',
      }),
    ).toEqual({
      kanaKey: 'ヤマダハナコ',
      nameKey: '山田花子|yamadahanako',
      phoneDigits: '09012345678',
      searchKeyVersion: NAME_KEY_VERSION,
    });
  });

  it('fold variant kanji and drop variation selectors, in the key and in the query alike', () => {
    const keys = searchKeys({
      familyName: '髙橋',
      givenName: '葛\u{E0100}子',
      familyNameKana: 'たかはし',
      givenNameKana: 'くずこ',
    });
    expect(keys.nameKey).toBe('高橋葛子|');
    expect(parsePatientQuery('髙橋')).toEqual({ kind: 'name', key: '高橋' });
    expect(parsePatientQuery('渡邊')).toEqual({ kind: 'name', key: '渡辺' });
  });

  it('substring search only from three characters (trigrams)', () => {
    expect(searchesBySubstring('ヤマ')).toBe(false);
    expect(searchesBySubstring('ヤマダ')).toBe(true);
  });

  it('formats patient numbers with six digits', () => {
    expect(formatPatientNumber(123)).toBe('P-000123');
    expect(formatPatientNumber(1_234_567)).toBe('P-1234567');
  });
});

describe('normalisePatientFields', () => {
  const today = '2026-11-25';
  it('accepts a birth date of today, refuses tomorrow and before 1900', () => {
    expect(normalisePatientFields({ birthDate: today }, today).errors).toEqual([]);
    expect(normalisePatientFields({ birthDate: '2026-11-26' }, today).errors[0]?.code).toBe('IN_FUTURE');
    expect(normalisePatientFields({ birthDate: '1899-12-31' }, today).errors[0]?.code).toBe('TOO_EARLY');
  });
  it('normalises half-width kana and spacing', () => {
    expect(normalisePatientFields({ familyNameKana: ' ﾔﾏﾀﾞ ', givenName: '花子　' }, today).value).toEqual({
      familyNameKana: 'ヤマダ',
      givenName: '花子',
    });
  });
});
