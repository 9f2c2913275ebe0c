import { describe, expect, it } from 'vitest';
import { KANJI_VARIANT_GROUPS } from './kanji-variants.ts';
import { foldNameForSearch } from './name-fold.ts';

describe('foldNameForSearch: variant kanji (issue 20 item 1)', () => {
  it.each([
    ['髙橋', '高橋'],
    ['山﨑', '山崎'],
    ['渡邊', '渡辺'],
    ['渡邉', '渡辺'],
    ['齋藤', '斎藤'],
    ['齊藤', '斉藤'],
    ['澤田', '沢田'],
    ['濱田', '浜田'],
    ['德永', '徳永'],
    ['櫻井', '桜井'],
    ['廣田', '広田'],
    ['嶋田', '島田'],
    ['𠮷田', '吉田'],
    ['冨田', '富田'],
    ['舘野', '館野'],
  ])('%s folds as %s does', (variant, common) => {
    expect(foldNameForSearch(variant)).toBe(foldNameForSearch(common));
    expect(foldNameForSearch(variant)).toBe(common);
  });

  it('drops variation selectors, standardised and ideographic (IVS)', () => {
    expect(foldNameForSearch('葛\u{E0100}飾')).toBe('葛飾');
    expect(foldNameForSearch('辻\u{E0101}')).toBe('辻');
    expect(foldNameForSearch('神\uFE00')).toBe('神');
  });

  it('folds CJK compatibility ideographs through NFKC', () => {
    expect(foldNameForSearch('\uFA19')).toBe('神'); // 神 U+FA19
    expect(foldNameForSearch('\uFA10')).toBe('塚'); // 塚 U+FA10
  });

  it.each([
    ['斉藤', '斎藤'],
    ['坂本', '阪本'],
    ['佑介', '祐介'],
    ['竜也', '達也'],
  ])('keeps different names apart: %s and %s', (a, b) => {
    expect(foldNameForSearch(a)).not.toBe(foldNameForSearch(b));
  });

  it('never folds a 常用漢字 or 人名用漢字 into another one', () => {
    // From the table itself: no form that folds is one of the examples of either list here.
    const folding = new Set(KANJI_VARIANT_GROUPS.flatMap((group) => [...group].slice(1)));
    for (const kept of ['斉', '斎', '坂', '阪', '佑', '祐', '島', '崎', '埼', '辺', '沢', '浜', '高']) {
      expect(folding.has(kept), kept).toBe(false);
    }
  });

  it('still folds kana, width and case as kana.ts does', () => {
    expect(foldNameForSearch('ﾀｶﾊｼ')).toBe('タカハシ');
    expect(foldNameForSearch('たかはし')).toBe('タカハシ');
    expect(foldNameForSearch('ＴＡＫＡＨＡＳＨＩ')).toBe('takahashi');
  });
});
