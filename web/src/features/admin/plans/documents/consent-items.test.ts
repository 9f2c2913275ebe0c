import { describe, expect, it } from 'vitest';
import {
  CONSENT_ITEMS,
  checklistHeadings,
  checklistOf,
  coverage,
  picksOf,
  toFillInCount,
} from './consent-items';

const text = [
  '# 自家培養真皮線維芽細胞移植についての説明文書',
  '## 治療の内容',
  '本文 # ではない',
  '   ### 期待される効果と副作用 ###',
  '#### 深すぎる見出し',
  '#見出しではない',
  '## 同意の撤回',
].join('\n');

describe('the checklist of a consent document', () => {
  it('has the eleven items the law requires', () => {
    expect(CONSENT_ITEMS).toHaveLength(11);
  });

  it('offers the # to ### headings, read as the server reads them', () => {
    expect(checklistHeadings(text)).toEqual([
      '自家培養真皮線維芽細胞移植についての説明文書',
      '治療の内容',
      '期待される効果と副作用',
      '同意の撤回',
    ]);
  });

  it('preselects the heading that names an item, and leaves the others uncovered', () => {
    const covered = coverage(checklistHeadings(text), {});
    expect(covered.therapy_content).toBe('治療の内容');
    expect(covered.effects_and_risks).toBe('期待される効果と副作用');
    expect(covered.how_to_withdraw).toBe('同意の撤回');
    // The title names the cells, but is not where their storage is explained.
    expect(covered.cells_and_samples).toBeNull();
    expect(checklistOf(covered)).toHaveLength(3);
  });

  it('keeps a picked heading while it is in the text, and loses it when it is gone', () => {
    const picks = picksOf([{ item: 'privacy', section: '治療の内容' }]);
    expect(coverage(checklistHeadings(text), picks).privacy).toBe('治療の内容');
    const withoutWithdrawal = text.replace('## 同意の撤回', '同意の撤回');
    const covered = coverage(checklistHeadings(withoutWithdrawal), { how_to_withdraw: '同意の撤回' });
    expect(covered.how_to_withdraw).toBeNull();
  });

  it('leaves a cleared item uncovered even when a heading names it', () => {
    expect(coverage(checklistHeadings(text), { how_to_withdraw: null }).how_to_withdraw).toBeNull();
  });

  it('counts the places left to fill in', () => {
    expect(toFillInCount('費用：［要記入：金額］円、［要記入：期間］')).toBe(2);
  });
});
