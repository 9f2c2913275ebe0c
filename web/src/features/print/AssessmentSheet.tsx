import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import type { Assessment } from '../patients/assessments/assessment-form';
import { ScoreBreakdown } from '../patients/assessments/ScoreBreakdown';
import { scaleScores } from './assessment-scores';

/** One scar assessment: when, where, by whom, each scale's score, and how the numbers were reached. */
export function AssessmentSheet({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="md" data-testid="print-assessment">
      <Text fz="sm">
        {t('print.date')}: {formatDate(a.assessedOn, language, 'long')} · {t('print.region')}:{' '}
        {t(`assessments.regions.${a.region}`)} · {t('print.assessor')}: {a.assessorName}
      </Text>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('print.scale')}</Table.Th>
            <Table.Th>{t('print.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scaleScores(t, a).map((row) => (
            <Table.Tr key={row.scale} data-testid="print-assessment-score">
              <Table.Td>{row.scale}</Table.Td>
              <Table.Td fw={700}>{row.score}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(a.scores.goodmanQuantitative || a.scores.ecca) && <ScoreBreakdown scores={a.scores} />}
      {a.notes && <Text fz="sm">{a.notes}</Text>}
    </Stack>
  );
}
