import { describe, expect, it } from 'vitest';
import { en, ja } from './resources';

type Tree = { [key: string]: string | Tree };

// Every translation file of the app, found by where it lives (`…/i18n/ja.json`, `…/i18n/en.json`).
const files = import.meta.glob<Tree>('../**/i18n/*.json', { eager: true, import: 'default' });
const folders = [...new Set(Object.keys(files).map((file) => file.replace(/\/[^/]+\.json$/, '')))].sort();
const fileOf = (folder: string, language: string) => files[`${folder}/${language}.json`];

/** `a.b.c` for every string, so two files compare as flat lists. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

// English alone needs plural forms (`count_one` beside `count`); Japanese has none.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(folders)('%s', (folder) => {
  const japanese = leaves(fileOf(folder, 'ja') ?? {});
  const english = leaves(fileOf(folder, 'en') ?? {});

  it('has a Japanese and an English file', () => {
    expect(fileOf(folder, 'ja')).toBeDefined();
    expect(fileOf(folder, 'en')).toBeDefined();
  });

  it('has the same keys in both languages', () => {
    const englishKeys = [...english.keys()].filter((key) => !PLURAL.test(key));
    expect(englishKeys.sort()).toEqual([...japanese.keys()].sort());
    for (const key of english.keys()) {
      if (PLURAL.test(key)) expect(japanese.has(key.replace(PLURAL, '')), key).toBe(true);
    }
  });

  it('fills the same placeholders, and leaves nothing empty', () => {
    for (const [key, text] of japanese) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('the merged resource', () => {
  it('takes every top-level key from one file only, and leaves no file out', () => {
    const owners = new Map<string, string[]>();
    for (const folder of folders) {
      for (const key of Object.keys(fileOf(folder, 'ja') ?? {}))
        owners.set(key, [...(owners.get(key) ?? []), folder]);
    }
    const shared = [...owners].filter(([, where]) => where.length > 1);
    expect(shared).toEqual([]);
    expect(Object.keys(ja).sort()).toEqual([...owners.keys()].sort());
    expect(Object.keys(en).sort()).toEqual([...owners.keys()].sort());
  });
});
