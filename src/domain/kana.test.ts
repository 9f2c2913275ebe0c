import { describe, expect, it } from 'vitest';
import { foldForSearch, isKanaInput, isKanaOnly, toKatakana } from './kana.ts';

describe('foldForSearch', () => {
  it('meets hiragana, katakana and half-width katakana at one key', () => {
    expect(foldForSearch('やまだ')).toBe('ヤマダ');
    expect(foldForSearch('ヤマダ')).toBe('ヤマダ');
    expect(foldForSearch('ﾔﾏﾀﾞ')).toBe('ヤマダ');
    expect(foldForSearch('ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ')).toBe('パピプペポ');
  });

  it('drops spaces of both widths and middle dots', () => {
    expect(foldForSearch('やまだ　はなこ')).toBe('ヤマダハナコ');
    expect(foldForSearch('ヤマダ ハナコ')).toBe('ヤマダハナコ');
    expect(foldForSearch('スミス・ジョン')).toBe('スミスジョン');
  });

  it('folds full-width Latin to lower-case ASCII and leaves kanji alone', () => {
    expect(foldForSearch('ＹＡＭＡＤＡ Hanako')).toBe('yamadahanako');
    expect(foldForSearch('山田 花子')).toBe('山田花子');
    expect(foldForSearch('髙橋')).toBe('髙橋');
  });

  it('keeps the prolonged sound mark and small kana', () => {
    expect(foldForSearch('ゆーこ')).toBe('ユーコ');
    expect(foldForSearch('きっど')).toBe('キッド');
  });
});

describe('kana checks', () => {
  it('accepts kana of any width with spaces', () => {
    expect(isKanaInput('やまだ はなこ')).toBe(true);
    expect(isKanaInput('ﾔﾏﾀﾞ')).toBe(true);
    expect(isKanaInput('ゔぁ')).toBe(true);
  });
  it('refuses kanji, Latin and empty', () => {
    expect(isKanaInput('山田')).toBe(false);
    expect(isKanaInput('yamada')).toBe(false);
    expect(isKanaOnly('')).toBe(false);
  });
  it('maps iteration marks', () => {
    expect(toKatakana('ゝゞ')).toBe('ヽヾ');
  });
});
