import { describe, expect, it } from 'vitest';
import { completeExplanation } from '../../test/factories.ts';
import { CONSENT_ITEMS } from './enums.ts';
import { checklistProblems, documentHash, markdownHeadings, publicationProblems } from './rules.ts';

describe('the checklist of required explanation items (regulatory.md, "Informed consent")', () => {
  it('lists every item the law requires', () => {
    expect(CONSENT_ITEMS).toHaveLength(11);
  });

  it('passes a text whose headings cover every item', () => {
    expect(publicationProblems(completeExplanation())).toEqual([]);
  });

  it('names each item that is missing, and each section the text lacks', () => {
    const document = completeExplanation();
    const items = document.items
      .filter((i) => i.item !== 'costs')
      .map((i) => (i.item === 'privacy' ? { ...i, section: '存在しない見出し' } : i));
    expect(publicationProblems({ ...document, items }).map((p) => `${p.path}:${p.code}`)).toEqual([
      'items.privacy:SECTION_NOT_FOUND',
      'items.costs:ITEM_MISSING',
    ]);
  });

  it('reads ATX headings only, with closing hashes and indentation', () => {
    expect(
      markdownHeadings('# 一\n本文 # ではない\n   ### 三 ###\n####### 七つは見出しではない\n#見出しではない'),
    ).toEqual(['一', '三']);
  });

  it('refuses an item listed twice', () => {
    const [first] = completeExplanation().items;
    if (!first) throw new Error('no item');
    expect(checklistProblems([first, first]).map((p) => p.code)).toEqual(['DUPLICATE_ITEM']);
  });
});

describe('the document hash', () => {
  const text = { planId: 'p', edition: 1, titleJa: '説明書', bodyJa: '本文', titleEn: null, bodyEn: null };

  it('changes with any character of the text, the edition or the plan', () => {
    const base = documentHash(text);
    expect(documentHash({ ...text, bodyJa: '本文 ' })).not.toBe(base);
    expect(documentHash({ ...text, edition: 2 })).not.toBe(base);
    expect(documentHash({ ...text, planId: 'q' })).not.toBe(base);
    expect(documentHash({ ...text, bodyEn: '' })).toBe(base);
  });

  it('keeps field boundaries: moving text from the title to the body is another document', () => {
    expect(documentHash({ ...text, titleJa: '説明書本', bodyJa: '文' })).not.toBe(documentHash(text));
  });
});
