/**
 * Where a scar assessment applies: the whole face unless the physician scores per side or region
 * (shared/domain/scar-assessment.md). The column is plain text; writes go through this list.
 */
export const ASSESSMENT_REGIONS = [
  'whole_face',
  'left',
  'right',
  'forehead',
  'left_cheek',
  'right_cheek',
  'chin',
  'other',
] as const;
export type AssessmentRegion = (typeof ASSESSMENT_REGIONS)[number];

export const isAssessmentRegion = (value: string): value is AssessmentRegion =>
  (ASSESSMENT_REGIONS as readonly string[]).includes(value);
