import { describe, expect, it } from 'vitest';
import {
  ECCA_TYPES,
  GOODMAN_COUNTED_LESIONS,
  QUALITATIVE_GRADES,
} from '../../../../../src/domain/scar-scales';
import { MORPHOLOGY_KEYS } from './assessment-form';
import en from './i18n/en.json';
import ja from './i18n/ja.json';

// Issue 20 item 15: every option of every scale is labelled in both languages, and the Japanese
// reads as a dermatologist writes it (scar-scales.ts says where each term comes from).

type Tree = { [key: string]: string | Tree };
const at = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

const labelPaths = [
  ...QUALITATIVE_GRADES.flatMap((g) => [
    `scales.qualitative.${g.key}.name`,
    `scales.qualitative.${g.key}.description`,
  ]),
  ...['A', 'B', 'C', 'D'].map((group) => `scales.groups.${group}`),
  ...GOODMAN_COUNTED_LESIONS.map((lesion) => `scales.lesions.${lesion.key}`),
  'scales.lesions.hypertrophicKeloidAreaCm2',
  'scales.keloidArea',
  ...ECCA_TYPES.map((type) => `scales.ecca.${type.key}`),
  ...[0, 1, 2, 3].map((grade) => `scales.eccaGrades.g${grade}`),
  ...MORPHOLOGY_KEYS.map((key) => `scales.morphology.${key}`),
  'scales.morphologyGroups.atrophic',
  'scales.morphologyGroups.raised',
];

// The literal translations the issue quoted, and their kin: 打ち抜き状 for "punched-out", 底が深く
// 正常/異常 for "deep normal/abnormal base", a bare 直径 and counts written without a space.
const AWKWARD = [/打ち抜き/, /底が(深|浅)/, /深く(正常|異常)/, /正常（/, /異常（/, /\d個/];

describe('scale labels', () => {
  it.each(labelPaths)('%s has a Japanese and an English label', (path) => {
    for (const tree of [ja, en] as Tree[]) {
      const label = at(tree, path);
      expect(typeof label, path).toBe('string');
      expect((label as string).trim(), path).not.toBe('');
    }
    expect(at(ja as Tree, path)).not.toBe(at(en as Tree, path));
  });

  it('no Japanese label reads as a word-for-word translation', () => {
    for (const path of labelPaths) {
      const label = at(ja as Tree, path) as string;
      for (const pattern of AWKWARD) expect(label, path).not.toMatch(pattern);
    }
  });

  it('names the scar types by the terms Japanese dermatology uses', () => {
    expect(at(ja as Tree, 'scales.ecca.icepick')).toMatch(/^アイスピック型/);
    expect(at(ja as Tree, 'scales.ecca.boxcar')).toMatch(/^ボックスカー型/);
    expect(at(ja as Tree, 'scales.ecca.rolling')).toMatch(/^ローリング型/);
    expect(at(ja as Tree, 'scales.lesions.punchedOutShallowSmall')).toMatch(/^ボックスカー型/);
    expect(at(ja as Tree, 'scales.lesions.punchedOutDeepAbnormalBase')).toMatch(/^アイスピック型/);
  });
});
