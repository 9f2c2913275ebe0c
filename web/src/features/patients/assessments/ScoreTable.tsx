import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import type { ScoreHistoryItem } from './assessments-api';

const dash = (value: number | null) => (value === null ? '—' : value);

/** The charted figures as a compact table, newest last as on the chart. */
export function ScoreTable({ items }: { items: ScoreHistoryItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={560} mt="md">
      <Table fz="sm" verticalSpacing={4} data-testid="score-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scoreChart.columns.date')}</Table.Th>
            <Table.Th ta="right">{t('scoreChart.columns.qualitative')}</Table.Th>
            <Table.Th ta="right">{t('scoreChart.columns.goodman')}</Table.Th>
            <Table.Th ta="right">{t('scoreChart.columns.ecca')}</Table.Th>
            <Table.Th ta="right">{t('scoreChart.columns.satisfaction')}</Table.Th>
            <Table.Th ta="right">{t('scoreChart.columns.bother')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.assessmentId} data-testid="score-row">
              <Table.Td>{formatDate(item.assessedOn, language)}</Table.Td>
              <Table.Td ta="right">{dash(item.goodmanQualitative)}</Table.Td>
              <Table.Td ta="right">{dash(item.goodmanQuantitativeScore)}</Table.Td>
              <Table.Td ta="right">{dash(item.eccaScore)}</Table.Td>
              <Table.Td ta="right">{dash(item.patientSatisfaction)}</Table.Td>
              <Table.Td ta="right">{dash(item.patientBother)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
