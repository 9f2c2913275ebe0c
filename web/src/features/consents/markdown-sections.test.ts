import { describe, expect, it } from 'vitest';
import { sectionOf } from './markdown-sections';

const DOCUMENT = [
  '# 説明書',
  '',
  'はじめに。',
  '',
  '## 治療の内容',
  '',
  '耳の後ろから皮膚を採取します。',
  '',
  '### 採取の方法',
  '',
  '局所麻酔をします。',
  '',
  '## 費用 ##',
  '',
  '自費診療です。',
].join('\n');

describe('the section an item points at', () => {
  it('runs from its heading to the next heading of its level, sub-headings included', () => {
    expect(sectionOf(DOCUMENT, '治療の内容')).toBe(
      '## 治療の内容\n\n耳の後ろから皮膚を採取します。\n\n### 採取の方法\n\n局所麻酔をします。',
    );
  });

  it('reads a heading as the server does: closing hashes and spaces left out', () => {
    expect(sectionOf(DOCUMENT, ' 費用 ')).toBe('## 費用 ##\n\n自費診療です。');
  });

  it('ends a sub-section at the next heading of a higher level', () => {
    expect(sectionOf(DOCUMENT, '採取の方法')).toBe('### 採取の方法\n\n局所麻酔をします。');
  });

  it('finds nothing for a heading the text does not have', () => {
    expect(sectionOf(DOCUMENT, '副作用')).toBeUndefined();
  });
});
