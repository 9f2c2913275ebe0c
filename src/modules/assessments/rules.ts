import type { FieldError } from '../../domain/field-error.ts';
import type { GoodmanCountedLesionKey } from '../../domain/scar-scales.ts';
import {
  type EccaGrades,
  type EccaScore,
  eccaGradesProblems,
  type GoodmanQuantitativeScore,
  goodmanQuantitativeProblems,
  MAX_LESIONS_PER_TYPE,
  patientRatingProblems,
  qualitativeGradeProblems,
  scoreEcca,
  scoreGoodmanQuantitative,
} from '../../domain/scar-scores.ts';

export type GoodmanCounts = Record<GoodmanCountedLesionKey, number>;
export const MORPHOLOGY_TYPES = ['icepick', 'boxcar', 'rolling', 'hypertrophic'] as const;
export type MorphologyType = (typeof MORPHOLOGY_TYPES)[number];

/**
 * What is measured in one assessment, in the shape the API takes and answers. Null or absent means
 * "not scored this time"; at least one scale or the patient's rating must be there.
 */
export type ScarMeasures = {
  goodmanQualitative?: number | null | undefined;
  goodmanQuantitative?:
    | { counts: GoodmanCounts; hypertrophicKeloidAreaCm2?: number | null | undefined }
    | null
    | undefined;
  ecca?: { grades: EccaGrades } | null | undefined;
  morphology?: Partial<Record<MorphologyType, number | null | undefined>> | null | undefined;
  patientRating?: { satisfaction: number; bother: number } | null | undefined;
};

export type ScarScores = {
  goodmanQuantitative: GoodmanQuantitativeScore | null;
  ecca: EccaScore | null;
};

const hasMorphology = (m: ScarMeasures['morphology']) =>
  !!m && MORPHOLOGY_TYPES.some((type) => typeof m[type] === 'number');

/** An assessment with no scale and no rating says nothing (422 EMPTY_ASSESSMENT). */
export const isEmptyAssessment = (m: ScarMeasures) =>
  m.goodmanQualitative == null &&
  m.goodmanQuantitative == null &&
  m.ecca == null &&
  !hasMorphology(m.morphology) &&
  m.patientRating == null;

/**
 * Every out-of-range figure, each named by the path the client sent it under (the domain checks
 * take the prefix). The request schema checks only shapes and types, so the clinical ranges and
 * their codes (NEGATIVE, NOT_INTEGER, OUT_OF_RANGE, TOO_LARGE) come from one place: domain/.
 */
export function measureProblems(m: ScarMeasures): FieldError[] {
  const problems: FieldError[] = [];
  if (m.goodmanQualitative != null) {
    problems.push(...qualitativeGradeProblems(m.goodmanQualitative, 'goodmanQualitative'));
  }
  if (m.goodmanQuantitative != null) {
    const area = m.goodmanQuantitative.hypertrophicKeloidAreaCm2;
    problems.push(
      // null is "no area", which the domain check spells as absent.
      ...goodmanQuantitativeProblems(
        { counts: m.goodmanQuantitative.counts, hypertrophicKeloidAreaCm2: area ?? undefined },
        'goodmanQuantitative',
      ),
      ...areaPrecisionProblems(area, 'goodmanQuantitative.hypertrophicKeloidAreaCm2'),
    );
  }
  if (m.ecca != null) problems.push(...eccaGradesProblems(m.ecca.grades, 'ecca.grades'));
  if (m.morphology != null) problems.push(...morphologyProblems(m.morphology, 'morphology'));
  if (m.patientRating != null) problems.push(...patientRatingProblems(m.patientRating, 'patientRating'));
  return problems;
}

/**
 * The area is stored to 0.01 cm² (numeric(7, 2)). A finer figure would be rounded on storage and
 * could then re-score differently at a step edge (4.995 scores 6, 5.00 scores 12), so it is refused.
 */
function areaPrecisionProblems(area: number | null | undefined, path: string): FieldError[] {
  if (typeof area !== 'number' || !Number.isFinite(area)) return [];
  const hundredths = area * 100;
  if (Math.abs(hundredths - Math.round(hundredths)) < 1e-6) return [];
  return [{ path, code: 'TOO_PRECISE', message: 'At most two decimals (0.01 cm²).' }];
}

/** Morphology counts (Jacob et al.) follow the same limits as the Goodman counts. */
function morphologyProblems(counts: NonNullable<ScarMeasures['morphology']>, path: string): FieldError[] {
  return MORPHOLOGY_TYPES.flatMap((type): FieldError[] => {
    const count = counts[type];
    const at = `${path}.${type}`;
    if (count == null) return [];
    if (count < 0) return [{ path: at, code: 'NEGATIVE', message: 'A count cannot be negative.' }];
    if (count > MAX_LESIONS_PER_TYPE) {
      return [{ path: at, code: 'TOO_LARGE', message: `At most ${MAX_LESIONS_PER_TYPE} scars of one type.` }];
    }
    if (!Number.isInteger(count)) return [{ path: at, code: 'NOT_INTEGER', message: 'A whole number.' }];
    return [];
  });
}

/** The scores the server computes (clients never send them), with the lines that show how. */
export function scarScores(m: ScarMeasures): ScarScores {
  return {
    goodmanQuantitative: m.goodmanQuantitative
      ? scoreGoodmanQuantitative({
          counts: m.goodmanQuantitative.counts,
          hypertrophicKeloidAreaCm2: m.goodmanQuantitative.hypertrophicKeloidAreaCm2 ?? undefined,
        })
      : null,
    ecca: m.ecca ? scoreEcca(m.ecca.grades) : null,
  };
}

/** How measures sit in the table's columns (assessments/schema.ts), scores included. */
export type MeasureColumns = {
  goodmanQualitative: number | null;
  goodmanCounts: unknown;
  goodmanAreaCm2: number | null;
  goodmanQuantitativeScore: number | null;
  eccaGrades: unknown;
  eccaScore: number | null;
  icepickCount: number | null;
  boxcarCount: number | null;
  rollingCount: number | null;
  hypertrophicCount: number | null;
  patientSatisfaction: number | null;
  patientBother: number | null;
};

/** Inputs as entered beside the scores computed from them, so a score can always be re-derived. */
export function measureColumns(m: ScarMeasures): MeasureColumns {
  const scores = scarScores(m);
  const morphology = m.morphology ?? {};
  return {
    goodmanQualitative: m.goodmanQualitative ?? null,
    goodmanCounts: m.goodmanQuantitative?.counts ?? null,
    goodmanAreaCm2: m.goodmanQuantitative?.hypertrophicKeloidAreaCm2 ?? null,
    goodmanQuantitativeScore: scores.goodmanQuantitative?.total ?? null,
    eccaGrades: m.ecca?.grades ?? null,
    eccaScore: scores.ecca?.total ?? null,
    icepickCount: morphology.icepick ?? null,
    boxcarCount: morphology.boxcar ?? null,
    rollingCount: morphology.rolling ?? null,
    hypertrophicCount: morphology.hypertrophic ?? null,
    patientSatisfaction: m.patientRating?.satisfaction ?? null,
    patientBother: m.patientRating?.bother ?? null,
  };
}

/** The measures back from the columns, in the API's shape. */
export function measuresOf(row: MeasureColumns) {
  const morphology = {
    icepick: row.icepickCount,
    boxcar: row.boxcarCount,
    rolling: row.rollingCount,
    hypertrophic: row.hypertrophicCount,
  };
  return {
    goodmanQualitative: row.goodmanQualitative,
    // jsonb comes back untyped; only measureColumns writes these, after measureProblems passed.
    goodmanQuantitative: row.goodmanCounts
      ? { counts: row.goodmanCounts as GoodmanCounts, hypertrophicKeloidAreaCm2: row.goodmanAreaCm2 }
      : null,
    ecca: row.eccaGrades ? { grades: row.eccaGrades as EccaGrades } : null,
    morphology: hasMorphology(morphology) ? morphology : null,
    patientRating:
      row.patientSatisfaction !== null && row.patientBother !== null
        ? { satisfaction: row.patientSatisfaction, bother: row.patientBother }
        : null,
  };
}

/** A correction replaces each measure it names (null clears it) and keeps the others. */
export function correctedMeasures(current: ScarMeasures, changes: ScarMeasures): ScarMeasures {
  const pick = <K extends keyof ScarMeasures>(key: K): ScarMeasures[K] =>
    changes[key] === undefined ? current[key] : changes[key];
  return {
    goodmanQualitative: pick('goodmanQualitative'),
    goodmanQuantitative: pick('goodmanQuantitative'),
    ecca: pick('ecca'),
    morphology: pick('morphology'),
    patientRating: pick('patientRating'),
  };
}

const ASSESSOR_ROLES: readonly string[] = ['physician', 'nurse'];

/** Who may score scars: an active physician or nurse of the facility (undefined: not a member). */
export function assessorProblems(
  staff: { roles: readonly string[]; active: boolean } | undefined,
  path: string,
): FieldError[] {
  if (staff?.active === true && staff.roles.some((role) => ASSESSOR_ROLES.includes(role))) return [];
  return [{ path, code: 'NOT_AN_ASSESSOR', message: 'Name an active physician or nurse of this facility.' }];
}
