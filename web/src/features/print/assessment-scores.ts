import type { TFunction } from 'i18next';
import {
  ECCA_PUBLISHED_MAX,
  GOODMAN_QUANTITATIVE_PUBLISHED_MAX,
  QUALITATIVE_GRADES,
} from '../../../../src/domain/scar-scales';
import type { Assessment } from '../patients/assessments/assessment-form';

export type ScaleScore = { scale: string; score: string };

/**
 * An assessment's scores, each beside the name of its scale (the scales: ../shared/domain/scar-assessment.md),
 * in the words of the assessment screens; a scale not used this time says so.
 */
export function scaleScores(t: TFunction, a: Assessment): ScaleScore[] {
  const grade = QUALITATIVE_GRADES.find((row) => row.grade === a.goodmanQualitative);
  const outOf = (max: number) => t('print.outOf', { max });
  const rows: ScaleScore[] = [
    {
      scale: t('assessments.sections.qualitative'),
      score: grade ? `${grade.grade} ${t(`scales.qualitative.${grade.key}.name`)}` : t('print.notScored'),
    },
    {
      scale: t('assessments.sections.quantitative'),
      score:
        a.goodmanQuantitativeScore === null
          ? t('print.notScored')
          : `${a.goodmanQuantitativeScore} / ${outOf(GOODMAN_QUANTITATIVE_PUBLISHED_MAX)}`,
    },
    {
      scale: t('assessments.result.ecca'),
      score: a.eccaScore === null ? t('print.notScored') : `${a.eccaScore} / ${outOf(ECCA_PUBLISHED_MAX)}`,
    },
  ];
  if (a.patientRating)
    rows.push(
      { scale: t('print.satisfaction'), score: String(a.patientRating.satisfaction) },
      { scale: t('print.bother'), score: String(a.patientRating.bother) },
    );
  return rows;
}
