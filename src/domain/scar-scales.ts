/**
 * The published acne-scar scales as data, one table per scale, so that a correction to a wording,
 * a weight or a step is a one-line change here and the arithmetic in scar-scores.ts stays put.
 * Source of truth: shared/domain/scar-assessment.md. English names only: Japanese labels live in
 * the web i18n files (web/src/features/patients/assessments/i18n/ja.json), keyed by the stable
 * `key` of each row; the keys and stored values never change with a wording.
 *
 * Where the Japanese terms come from (issue 20 item 15: labels as a dermatologist writes them):
 * - アイスピック型・ボックスカー型・ローリング型 (ice pick, boxcar, rolling; Jacob et al. 2001): the
 *   katakana names Japanese dermatology uses for the atrophic acne-scar types, as in the Japanese
 *   Dermatological Association's acne guideline (尋常性痤瘡・酒皶治療ガイドライン); 萎縮性瘢痕,
 *   肥厚性瘢痕, ケロイド, 斑状, 丘疹状 and 皿状 (dish-like) are the standard dermatological terms.
 * - Goodman & Baron's "punched-out" scars are written by the type they describe: shallow or deep
 *   with a normal base → ボックスカー型（浅い／深い）, deep with a scarred ("abnormal") base →
 *   アイスピック型など. That is a reading of the paper's morphology, so the English label keeps
 *   the paper's own words beside it.
 * - ECCA: V 字型・U 字型・M 字型 and 径 as in Dréno et al.'s figure; "superficial elastolysis" is
 *   表在性弾力線維融解 (弾力線維融解 as in 中層弾力線維融解症), with the source term beside it.
 */

/** Goodman & Baron qualitative global grading (2006): one grade per patient or side, by the worst area. */
export type QualitativeGrade = 1 | 2 | 3 | 4;
export type QualitativeGradeKey = 'macular' | 'mild' | 'moderate' | 'severe';
export type QualitativeGradeDefinition = {
  grade: QualitativeGrade;
  key: QualitativeGradeKey;
  name: string;
  description: string;
};

export const QUALITATIVE_GRADES: readonly QualitativeGradeDefinition[] = [
  {
    grade: 1,
    key: 'macular',
    name: 'Macular',
    description: 'Flat marks (erythematous, hyper- or hypopigmented): a problem of colour, not contour.',
  },
  {
    grade: 2,
    key: 'mild',
    name: 'Mild',
    description:
      'Mild atrophy or hypertrophy not obvious at social distance (≥ 50 cm); covered by make-up or the normal shadow of a shaved beard.',
  },
  {
    grade: 3,
    key: 'moderate',
    name: 'Moderate',
    description:
      'Atrophy or hypertrophy obvious at ≥ 50 cm, not easily covered by make-up; atrophic scars still flatten when the skin is stretched by hand.',
  },
  {
    grade: 4,
    key: 'severe',
    name: 'Severe',
    description:
      'Obvious at ≥ 50 cm, not covered by make-up; atrophic scars do not flatten when the skin is stretched.',
  },
];

/**
 * Goodman & Baron quantitative global scarring grading system (2006): the lesion types scored by
 * count, with their points. The B and C wording is marked (confirm) in the domain file: check it
 * against the paper's table; the points are stable across citations.
 */
export type GoodmanGroup = 'A' | 'B' | 'C' | 'D';

export const GOODMAN_COUNTED_LESIONS = [
  { key: 'macularErythematousOrPigmented', group: 'A', points: 1, name: 'Macular erythematous or pigmented' },
  { key: 'mildAtrophicDish', group: 'A', points: 1, name: 'Mildly atrophic dish-like' },
  // B and C names: (confirm) against the paper's table.
  { key: 'moderateAtrophicDish', group: 'B', points: 2, name: 'Moderately atrophic dish-like' },
  { key: 'punchedOutShallowSmall', group: 'B', points: 2, name: 'Punched-out, shallow base, small (< 5 mm)' },
  { key: 'shallowBroadAtrophic', group: 'B', points: 2, name: 'Shallow but broad atrophic areas' },
  { key: 'punchedOutDeepNormalBase', group: 'C', points: 3, name: 'Punched-out, deep normal base (< 5 mm)' },
  {
    key: 'punchedOutDeepAbnormalBase',
    group: 'C',
    points: 3,
    name: 'Punched-out, deep abnormal base (< 5 mm)',
  },
  { key: 'linearTroughed', group: 'C', points: 3, name: 'Linear or troughed dermal scarring' },
  { key: 'deepBroadAtrophic', group: 'C', points: 3, name: 'Deep broad atrophic areas' },
  { key: 'papular', group: 'D', points: 2, name: 'Papular' },
] as const satisfies readonly { key: string; group: GoodmanGroup; points: number; name: string }[];

export type GoodmanCountedLesionKey = (typeof GOODMAN_COUNTED_LESIONS)[number]['key'];

/** Count bands, read top down: the first row whose minimum the count reaches gives the factor; 0 scars → 0. */
export const GOODMAN_COUNT_BANDS = [
  { minCount: 21, factor: 3 },
  { minCount: 11, factor: 2 },
  { minCount: 1, factor: 1 },
] as const;

export type GoodmanCountFactor = 0 | (typeof GOODMAN_COUNT_BANDS)[number]['factor'];

/**
 * Keloidal/hypertrophic scars are scored by area, not count: < 5 cm² → 6, 5–20 cm² → 12,
 * > 20 cm² → 18. Read top down; no area (0) scores 0.
 */
export const GOODMAN_AREA_STEPS = [
  { aboveCm2: 20, inclusive: false, points: 18 },
  { aboveCm2: 5, inclusive: true, points: 12 },
  { aboveCm2: 0, inclusive: false, points: 6 },
] as const;

export type GoodmanAreaPoints = 0 | (typeof GOODMAN_AREA_STEPS)[number]['points'];

/** As published; the tests check that the tables above reproduce it. */
export const GOODMAN_QUANTITATIVE_PUBLISHED_MAX = 84;

/** ECCA (Dréno et al., Dermatology 2007): six scar types and their weights. */
export const ECCA_TYPES = [
  { key: 'icepick', weight: 15, name: 'V-shaped atrophic, Ø < 2 mm (icepick)' },
  { key: 'boxcar', weight: 20, name: 'U-shaped atrophic, Ø 2–4 mm (boxcar)' },
  { key: 'rolling', weight: 25, name: 'M-shaped atrophic, Ø > 4 mm, irregular (rolling)' },
  { key: 'superficialElastolysis', weight: 30, name: 'Superficial elastolysis' },
  {
    key: 'hypertrophicInflammatoryRecent',
    weight: 40,
    name: 'Hypertrophic inflammatory scars, < 1 year old',
  },
  { key: 'keloidHypertrophicOld', weight: 50, name: 'Keloid / hypertrophic scars, > 1 year old' },
] as const satisfies readonly { key: string; weight: number; name: string }[];

export type EccaTypeKey = (typeof ECCA_TYPES)[number]['key'];
export type EccaGrade = 0 | 1 | 2 | 3;

/** ECCA count grades, read top down: 0 none, 1 < 5, 2 5–20, 3 > 20. */
export const ECCA_COUNT_GRADES = [
  { minCount: 21, grade: 3 },
  { minCount: 5, grade: 2 },
  { minCount: 1, grade: 1 },
] as const satisfies readonly { minCount: number; grade: EccaGrade }[];

export const ECCA_PUBLISHED_MAX = 540;
