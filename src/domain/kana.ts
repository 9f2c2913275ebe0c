/**
 * Japanese name folding for search (ARCHITECTURE.md rule 8): reception types a name in hiragana,
 * katakana, half-width katakana, with or without spaces; all must meet the same stored key.
 *
 * NFKC turns half-width katakana into full-width (ﾀﾞ → ダ, composing the voiced mark) and
 * full-width Latin letters and digits into ASCII; hiragana are then shifted onto katakana.
 */
const HIRAGANA_START = 0x3041;
const HIRAGANA_END = 0x3096;
const HIRAGANA_TO_KATAKANA = 0x60;

export function toKatakana(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= HIRAGANA_START && code <= HIRAGANA_END)
      out += String.fromCodePoint(code + HIRAGANA_TO_KATAKANA);
    else if (char === 'ゝ') out += 'ヽ';
    else if (char === 'ゞ') out += 'ヾ';
    else out += char;
  }
  return out;
}

/** The search key of a name: NFKC, katakana for any kana, lower-case Latin, no spaces or dots. */
export function foldForSearch(text: string): string {
  return toKatakana(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s・.･]+/g, '');
}

/** Katakana (full-width, after folding) and the prolonged sound mark only. */
export function isKanaOnly(folded: string): boolean {
  return folded.length > 0 && /^[\u30a1-\u30fa\u30fc\u30fd\u30fe]+$/.test(folded);
}

/** What a kana field may hold before folding: hiragana, katakana (either width), spaces. */
export function isKanaInput(text: string): boolean {
  return isKanaOnly(foldForSearch(text));
}
