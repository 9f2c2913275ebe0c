import { z } from 'zod';
import { ECCA_TYPES, GOODMAN_COUNTED_LESIONS } from '../../domain/scar-scales.ts';
import { DateOnly, OptionalText, Reason, Version } from '../../platform/http-schemas.ts';
import { NamedStaff, RecordDay, recordFields } from '../records/routes.ts';
import { ASSESSMENT_REGIONS } from './enums.ts';
import type { MorphologyType } from './rules.ts';

/**
 * The assessment's request and answer schemas. Requests check shapes and types only: the clinical
 * ranges are the domain's (domain/scar-scores.ts), which names each bad figure by its path and a
 * stable code (NEGATIVE, NOT_INTEGER, OUT_OF_RANGE, TOO_LARGE). The keys come from the scale tables,
 * so a correction there reaches the API without a second edit.
 */
function shapeOf<K extends string, S extends z.ZodType>(
  rows: readonly { key: K; name: string }[],
  field: (name: string) => S,
) {
  return Object.fromEntries(rows.map((row) => [row.key, field(row.name)])) as Record<K, S>;
}

const Int = z.number().int();
const counted = (name: string) => z.number().describe(`${name}: number of scars`);
const graded = (name: string) =>
  z.number().describe(`${name}: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20`);

const GoodmanQuantitativeInput = z.strictObject({
  counts: z
    .strictObject(shapeOf(GOODMAN_COUNTED_LESIONS, counted))
    .describe('Every lesion type, 0 when none'),
  hypertrophicKeloidAreaCm2: z
    .number()
    .nullish()
    .describe('Keloidal/hypertrophic scars are scored by area (cm², up to two decimals)'),
});
const EccaInput = z.strictObject({ grades: z.strictObject(shapeOf(ECCA_TYPES, graded)) });
const MorphologyInput = z
  .strictObject({
    icepick: z.number().nullish(),
    boxcar: z.number().nullish(),
    rolling: z.number().nullish(),
    hypertrophic: z.number().nullish(),
  } satisfies Record<MorphologyType, z.ZodType>)
  .describe('Scar counts by morphology (Jacob et al. 2001); any may be left out');
const PatientRatingInput = z.strictObject({
  satisfaction: z.number().describe('0–10'),
  bother: z.number().describe('0–10: how much the scars bother the patient'),
});

const AssessmentFields = z.object({
  assessedOn: RecordDay,
  assessorId: NamedStaff('An active physician or nurse of the facility; default: the caller'),
  consultationId: z.uuid().nullish().describe('A consultation of the same patient'),
  region: z.enum(ASSESSMENT_REGIONS).optional().describe("Default 'whole_face'"),
  goodmanQualitative: z.number().nullish().describe('Goodman & Baron qualitative grade 1–4'),
  goodmanQuantitative: GoodmanQuantitativeInput.nullish(),
  ecca: EccaInput.nullish(),
  morphology: MorphologyInput.nullish(),
  patientRating: PatientRatingInput.nullish(),
  notes: OptionalText(8000),
});

export const RecordAssessment = AssessmentFields.strict();
export const CorrectAssessment = AssessmentFields.partial()
  .extend({ version: Version, reason: Reason })
  .strict();

const GoodmanLine = z.discriminatedUnion('basis', [
  z.object({
    basis: z.literal('count'),
    key: z.string(),
    group: z.enum(['A', 'B', 'C', 'D']),
    count: Int,
    points: Int,
    factor: Int,
    score: Int,
  }),
  z.object({
    basis: z.literal('area'),
    key: z.literal('hypertrophicKeloidAreaCm2'),
    group: z.literal('D'),
    areaCm2: z.number(),
    score: Int,
  }),
]);

const Scores = z
  .object({
    goodmanQuantitative: z
      .object({
        total: Int,
        byGroup: z.object({ A: Int, B: Int, C: Int, D: Int }),
        lines: z.array(GoodmanLine).describe('Every type in the published order, zeros included'),
      })
      .nullable(),
    ecca: z
      .object({
        total: Int,
        lines: z.array(z.object({ key: z.string(), grade: Int, weight: Int, score: Int })),
      })
      .nullable(),
  })
  .describe('Computed by the server from the inputs, line by line');

export const AssessmentSchema = z
  .object({
    ...recordFields,
    consultationId: z.uuid().nullable(),
    assessedOn: DateOnly,
    assessorId: z.uuid(),
    assessorName: z.string(),
    region: z.enum(ASSESSMENT_REGIONS),
    goodmanQualitative: Int.nullable(),
    goodmanQuantitative: z
      .object({
        counts: z.object(shapeOf(GOODMAN_COUNTED_LESIONS, () => Int)),
        hypertrophicKeloidAreaCm2: z.number().nullable(),
      })
      .nullable(),
    ecca: z.object({ grades: z.object(shapeOf(ECCA_TYPES, () => Int)) }).nullable(),
    morphology: z
      .object({
        icepick: Int.nullable(),
        boxcar: Int.nullable(),
        rolling: Int.nullable(),
        hypertrophic: Int.nullable(),
      } satisfies Record<MorphologyType, z.ZodType>)
      .nullable(),
    patientRating: z.object({ satisfaction: Int, bother: Int }).nullable(),
    notes: z.string().nullable(),
    goodmanQuantitativeScore: Int.nullable(),
    eccaScore: Int.nullable(),
    scores: Scores,
  })
  .meta({ id: 'ScarAssessment' });

export const ScoreHistory = z
  .object({
    items: z.array(
      z.object({
        assessmentId: z.uuid(),
        assessedOn: DateOnly,
        region: z.enum(ASSESSMENT_REGIONS),
        goodmanQualitative: Int.nullable(),
        goodmanQuantitativeScore: Int.nullable(),
        eccaScore: Int.nullable(),
        patientSatisfaction: Int.nullable(),
        patientBother: Int.nullable(),
      }),
    ),
  })
  .meta({ id: 'ScoreHistory' });
