import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ECCA_PUBLISHED_MAX,
  GOODMAN_QUANTITATIVE_PUBLISHED_MAX,
} from '../../../../../src/domain/scar-scales';
import { type Assessment, QUALITATIVE_GRADES } from './assessment-form';

function Figure({
  label,
  value,
  max,
  testId,
}: {
  label: string;
  value: string | number | null;
  max?: number;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" px="sm" radius="md" miw={150}>
      <Text fz="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      {value === null ? (
        <Text fz="sm" c="dimmed" mt={4}>
          {t('assessments.result.notScored')}
        </Text>
      ) : (
        <Text fz={26} fw={700} lh={1.2}>
          <span data-testid={testId}>{value}</span>
          {max !== undefined && (
            <Text span fz="sm" c="dimmed" fw={500} ml={4}>
              {t('assessments.result.outOf', { max })}
            </Text>
          )}
        </Text>
      )}
    </Paper>
  );
}

/** The computed scores of one assessment, large enough to read across the room. */
export function ScoreSummary({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const grade = QUALITATIVE_GRADES.find((row) => row.grade === assessment.goodmanQualitative);
  return (
    <Group gap="sm" align="stretch">
      <Figure
        label={t('assessments.result.qualitative')}
        value={grade ? `${grade.grade} ${t(`scales.qualitative.${grade.key}.name`)}` : null}
        testId="assess-score-qualitative"
      />
      <Figure
        label={t('assessments.result.goodman')}
        value={assessment.goodmanQuantitativeScore}
        max={GOODMAN_QUANTITATIVE_PUBLISHED_MAX}
        testId="assess-score-goodman"
      />
      <Figure
        label={t('assessments.result.ecca')}
        value={assessment.eccaScore}
        max={ECCA_PUBLISHED_MAX}
        testId="assess-score-ecca"
      />
      {assessment.patientRating && (
        <Figure
          label={`${t('assessments.satisfaction')} / ${t('assessments.bother')}`}
          value={`${assessment.patientRating.satisfaction} / ${assessment.patientRating.bother}`}
          testId="assess-score-rating"
        />
      )}
    </Group>
  );
}
