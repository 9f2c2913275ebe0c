import {
  ECCA_TYPES,
  GOODMAN_COUNTED_LESIONS,
  type GoodmanGroup,
  QUALITATIVE_GRADES,
} from '../../../../../src/domain/scar-scales';
import type { Schemas } from '../../../lib/client';

/**
 * The scales' keys, groups, points and weights come from the server's own tables
 * (src/domain/scar-scales.ts), so the form cannot drift from what the server scores; the Japanese
 * and English labels are in the i18n files under `scales`, keyed the same way.
 */
export { ECCA_TYPES, GOODMAN_COUNTED_LESIONS, QUALITATIVE_GRADES };
export type Assessment = Schemas['ScarAssessment'];
export type Region = Assessment['region'];
export type LesionKey = (typeof GOODMAN_COUNTED_LESIONS)[number]['key'];
export type EccaKey = (typeof ECCA_TYPES)[number]['key'];
export type MorphologyKey = keyof NonNullable<Assessment['morphology']>;

export const REGIONS: readonly Region[] = [
  'whole_face',
  'left',
  'right',
  'forehead',
  'left_cheek',
  'right_cheek',
  'chin',
  'other',
];
export const GOODMAN_GROUPS: readonly GoodmanGroup[] = ['A', 'B', 'C', 'D'];
export const MORPHOLOGY_KEYS: readonly MorphologyKey[] = ['icepick', 'boxcar', 'rolling', 'hypertrophic'];
export const ECCA_GRADES = [0, 1, 2, 3] as const;
export type EccaGrade = (typeof ECCA_GRADES)[number];
export const RATING_MAX = 10;

/** A number input's value: a number, or '' while empty. */
export type Entry = number | '';

export type AssessmentForm = {
  assessedOn: string;
  /** '' when the assessment is not tied to a consultation. */
  consultationId: string;
  region: Region;
  qualitative: 1 | 2 | 3 | 4 | null;
  counts: Record<LesionKey, Entry>;
  keloidAreaCm2: Entry;
  ecca: Record<EccaKey, EccaGrade | null>;
  morphology: Record<MorphologyKey, Entry>;
  /** null: the patient was not asked this time. */
  rating: { satisfaction: number; bother: number } | null;
  notes: string;
};

const each = <K extends string, V>(keys: readonly K[], value: V) =>
  Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>;

export const LESION_KEYS: readonly LesionKey[] = GOODMAN_COUNTED_LESIONS.map((row) => row.key);
export const ECCA_KEYS: readonly EccaKey[] = ECCA_TYPES.map((row) => row.key);

export const emptyAssessmentForm = (today: string, consultationId = ''): AssessmentForm => ({
  assessedOn: today,
  consultationId,
  region: 'whole_face',
  qualitative: null,
  counts: each(LESION_KEYS, ''),
  keloidAreaCm2: '',
  ecca: each(ECCA_KEYS, null),
  morphology: each(MORPHOLOGY_KEYS, ''),
  rating: null,
  notes: '',
});

/** A scale counts as scored once anything in it is entered; blanks in it then mean none (0). */
export const goodmanEntered = (form: AssessmentForm) =>
  LESION_KEYS.some((key) => form.counts[key] !== '') || form.keloidAreaCm2 !== '';
export const eccaEntered = (form: AssessmentForm) => ECCA_KEYS.some((key) => form.ecca[key] !== null);
export const morphologyEntered = (form: AssessmentForm) =>
  MORPHOLOGY_KEYS.some((key) => form.morphology[key] !== '');

/** Nothing to record: the server would answer EMPTY_ASSESSMENT. */
export const isEmptyAssessment = (form: AssessmentForm) =>
  form.qualitative === null &&
  !goodmanEntered(form) &&
  !eccaEntered(form) &&
  !morphologyEntered(form) &&
  form.rating === null;

/** The body of POST /patients/{id}/assessments. Scores are never sent: the server computes them. */
export function assessmentBody(form: AssessmentForm) {
  const orZero = (entry: Entry) => (entry === '' ? 0 : entry);
  const orNull = (entry: Entry) => (entry === '' ? null : entry);
  return {
    assessedOn: form.assessedOn,
    consultationId: form.consultationId === '' ? null : form.consultationId,
    region: form.region,
    goodmanQualitative: form.qualitative,
    goodmanQuantitative: goodmanEntered(form)
      ? {
          counts: Object.fromEntries(LESION_KEYS.map((key) => [key, orZero(form.counts[key])])) as Record<
            LesionKey,
            number
          >,
          hypertrophicKeloidAreaCm2: orNull(form.keloidAreaCm2),
        }
      : null,
    ecca: eccaEntered(form)
      ? {
          grades: Object.fromEntries(ECCA_KEYS.map((key) => [key, form.ecca[key] ?? 0])) as Record<
            EccaKey,
            number
          >,
        }
      : null,
    morphology: morphologyEntered(form)
      ? (Object.fromEntries(MORPHOLOGY_KEYS.map((key) => [key, orNull(form.morphology[key])])) as Record<
          MorphologyKey,
          number | null
        >)
      : null,
    patientRating: form.rating,
    notes: form.notes.trim() === '' ? null : form.notes.trim(),
  };
}

/** The server's paths this form has an input for (`goodmanQuantitative.counts.papular`, …). */
export const ASSESSMENT_PATHS: ReadonlySet<string> = new Set([
  'assessedOn',
  'consultationId',
  'region',
  'goodmanQualitative',
  ...LESION_KEYS.map((key) => `goodmanQuantitative.counts.${key}`),
  'goodmanQuantitative.hypertrophicKeloidAreaCm2',
  ...ECCA_KEYS.map((key) => `ecca.grades.${key}`),
  ...MORPHOLOGY_KEYS.map((key) => `morphology.${key}`),
  'patientRating.satisfaction',
  'patientRating.bother',
  'notes',
]);

export const assessmentPathOf = (path: string) => (ASSESSMENT_PATHS.has(path) ? path : undefined);
