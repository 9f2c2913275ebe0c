/**
 * Acne-scar scores as the clinic records them at every consultation (shared/domain/scar-assessment.md):
 * Goodman & Baron qualitative grade and quantitative score, ECCA, and the patient's own rating.
 * The published tables are in scar-scales.ts. Scores are computed per side or region by calling
 * these once per area; nothing here knows about sides.
 */
import type { FieldError } from './field-error.ts';
import {
  ECCA_COUNT_GRADES,
  ECCA_TYPES,
  type EccaGrade,
  type EccaTypeKey,
  GOODMAN_AREA_STEPS,
  GOODMAN_COUNT_BANDS,
  GOODMAN_COUNTED_LESIONS,
  type GoodmanAreaPoints,
  type GoodmanCountedLesionKey,
  type GoodmanCountFactor,
  type GoodmanGroup,
  QUALITATIVE_GRADES,
  type QualitativeGrade,
  type QualitativeGradeDefinition,
} from './scar-scales.ts';

/**
 * Above 20 scars of a type the band factor no longer changes, so a larger count never changes a
 * score; 500 of one type is beyond a real face, and refusing more catches a slipped key (5000 for
 * 50) before it is stored as data.
 */
export const MAX_LESIONS_PER_TYPE = 500;
/** Above 20 cm² the area points no longer change; a larger figure is most likely mm² typed as cm². */
export const MAX_KELOID_AREA_CM2 = 1000;
export const PATIENT_RATING_MAX = 10;

// ---------------------------------------------------------------- qualitative grade

export const isQualitativeGrade = (value: unknown): value is QualitativeGrade =>
  value === 1 || value === 2 || value === 3 || value === 4;

export function qualitativeGradeDefinition(grade: QualitativeGrade): QualitativeGradeDefinition {
  const definition = QUALITATIVE_GRADES.find((row) => row.grade === grade);
  if (!definition) throw new RangeError(`Not a qualitative grade: ${grade}`);
  return definition;
}

export const qualitativeGradeProblems = (grade: number, path: string): FieldError[] =>
  integerInRangeProblems(grade, 1, 4, path);

// ---------------------------------------------------------------- Goodman & Baron quantitative

export type GoodmanQuantitativeInput = {
  counts: Record<GoodmanCountedLesionKey, number>;
  /** Keloidal/hypertrophic scars, scored by area; absent or 0 means none. */
  hypertrophicKeloidAreaCm2?: number | undefined;
};

export type GoodmanCountLine = {
  basis: 'count';
  key: GoodmanCountedLesionKey;
  group: GoodmanGroup;
  count: number;
  points: number;
  factor: GoodmanCountFactor;
  score: number;
};
/** The area line has no count or factor: its score is the area step itself. */
export type GoodmanAreaLine = {
  basis: 'area';
  key: 'hypertrophicKeloidAreaCm2';
  group: 'D';
  areaCm2: number;
  score: GoodmanAreaPoints;
};
export type GoodmanQuantitativeScore = {
  total: number;
  byGroup: Record<GoodmanGroup, number>;
  /** Every type in the published order, zeros included, so the UI can show how the total was reached. */
  lines: (GoodmanCountLine | GoodmanAreaLine)[];
};

export function goodmanCountFactor(count: number): GoodmanCountFactor {
  assertNoProblems(countProblems(count, 'count'));
  return GOODMAN_COUNT_BANDS.find((band) => count >= band.minCount)?.factor ?? 0;
}

export function goodmanAreaPoints(areaCm2: number): GoodmanAreaPoints {
  assertNoProblems(areaProblems(areaCm2, 'areaCm2'));
  const step = GOODMAN_AREA_STEPS.find((s) => (s.inclusive ? areaCm2 >= s.aboveCm2 : areaCm2 > s.aboveCm2));
  return step?.points ?? 0;
}

/**
 * The band factor applies per lesion type, not per group. The domain file says "Score of a type =
 * its points × the band factor" and "Maximum 84", and only the per-type reading reaches 84: with
 * every type above 20 (×3), A = 2 types × 1 × 3 = 6, B = 3 × 2 × 3 = 18, C = 4 × 3 × 3 = 36,
 * D = papular 2 × 3 = 6 plus area 18 → 6 + 18 + 36 + 6 + 18 = 84. Banding each group's pooled
 * count once would top out at 3 + 6 + 9 + 6 + 18 = 42.
 */
export function scoreGoodmanQuantitative(input: GoodmanQuantitativeInput): GoodmanQuantitativeScore {
  assertNoProblems(goodmanQuantitativeProblems(input, ''));
  const lines: (GoodmanCountLine | GoodmanAreaLine)[] = GOODMAN_COUNTED_LESIONS.map((row) => {
    const count = input.counts[row.key];
    const factor = goodmanCountFactor(count);
    return {
      basis: 'count',
      key: row.key,
      group: row.group,
      count,
      points: row.points,
      factor,
      score: row.points * factor,
    };
  });
  const areaCm2 = input.hypertrophicKeloidAreaCm2 ?? 0;
  lines.push({
    basis: 'area',
    key: 'hypertrophicKeloidAreaCm2',
    group: 'D',
    areaCm2,
    score: goodmanAreaPoints(areaCm2),
  });
  const byGroup: Record<GoodmanGroup, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const line of lines) byGroup[line.group] += line.score;
  return { total: byGroup.A + byGroup.B + byGroup.C + byGroup.D, byGroup, lines };
}

export function goodmanQuantitativeProblems(input: GoodmanQuantitativeInput, path: string): FieldError[] {
  const problems = GOODMAN_COUNTED_LESIONS.flatMap((row) =>
    countProblems(input.counts?.[row.key], join(path, `counts.${row.key}`)),
  );
  if (input.hypertrophicKeloidAreaCm2 !== undefined) {
    problems.push(...areaProblems(input.hypertrophicKeloidAreaCm2, join(path, 'hypertrophicKeloidAreaCm2')));
  }
  return problems;
}

// ---------------------------------------------------------------- ECCA

export type EccaGrades = Record<EccaTypeKey, number>;
export type EccaLine = { key: EccaTypeKey; grade: EccaGrade; weight: number; score: number };
export type EccaScore = { total: number; lines: EccaLine[] };

/** For counting at the chair: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20. */
export function eccaGradeForCount(count: number): EccaGrade {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a scar count: ${count}`);
  return ECCA_COUNT_GRADES.find((row) => count >= row.minCount)?.grade ?? 0;
}

/** Σ weight × grade over the six types; all grade 3 gives 3 × 180 = 540. */
export function scoreEcca(grades: EccaGrades): EccaScore {
  assertNoProblems(eccaGradesProblems(grades, ''));
  const lines = ECCA_TYPES.map((row) => {
    const grade = grades[row.key] as EccaGrade;
    return { key: row.key, grade, weight: row.weight, score: row.weight * grade };
  });
  return { total: lines.reduce((sum, line) => sum + line.score, 0), lines };
}

export const eccaGradesProblems = (grades: EccaGrades, path: string): FieldError[] =>
  ECCA_TYPES.flatMap((row) => integerInRangeProblems(grades?.[row.key], 0, 3, join(path, row.key)));

// ---------------------------------------------------------------- patient's own rating

/** 0–10 each, beside the physician's score (scar-assessment.md, "What the clinic needs"). */
export type PatientRating = { satisfaction: number; bother: number };

export const patientRatingProblems = (rating: PatientRating, path: string): FieldError[] => [
  ...integerInRangeProblems(rating?.satisfaction, 0, PATIENT_RATING_MAX, join(path, 'satisfaction')),
  ...integerInRangeProblems(rating?.bother, 0, PATIENT_RATING_MAX, join(path, 'bother')),
];

// ---------------------------------------------------------------- shared checks

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Score functions refuse what validation refuses, so a bad figure can never become a stored score. */
function assertNoProblems(problems: FieldError[]): void {
  if (problems.length > 0) {
    throw new RangeError(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

// `number | undefined` because request bodies are checked here too: a missing field is not a number.
function countProblems(count: number | undefined, path: string): FieldError[] {
  if (typeof count !== 'number' || Number.isNaN(count)) return [notInteger(path)];
  if (count < 0) return [{ path, code: 'NEGATIVE', message: 'A count cannot be negative.' }];
  if (count > MAX_LESIONS_PER_TYPE) {
    return [{ path, code: 'TOO_LARGE', message: `At most ${MAX_LESIONS_PER_TYPE} scars of one type.` }];
  }
  if (!Number.isInteger(count)) return [notInteger(path)];
  return [];
}

function areaProblems(areaCm2: number, path: string): FieldError[] {
  if (typeof areaCm2 !== 'number' || Number.isNaN(areaCm2)) {
    return [{ path, code: 'OUT_OF_RANGE', message: `An area from 0 to ${MAX_KELOID_AREA_CM2} cm².` }];
  }
  if (areaCm2 < 0) return [{ path, code: 'NEGATIVE', message: 'An area cannot be negative.' }];
  if (areaCm2 > MAX_KELOID_AREA_CM2) {
    return [{ path, code: 'TOO_LARGE', message: `At most ${MAX_KELOID_AREA_CM2} cm².` }];
  }
  return [];
}

/** Grades and ratings are points on a closed scale, so below the scale is OUT_OF_RANGE, not NEGATIVE. */
function integerInRangeProblems(
  value: number | undefined,
  min: number,
  max: number,
  path: string,
): FieldError[] {
  if (typeof value !== 'number' || !Number.isInteger(value)) return [notInteger(path)];
  if (value < min || value > max) {
    return [{ path, code: 'OUT_OF_RANGE', message: `A whole number from ${min} to ${max}.` }];
  }
  return [];
}

const notInteger = (path: string): FieldError => ({ path, code: 'NOT_INTEGER', message: 'A whole number.' });
