import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ECCA_PUBLISHED_MAX,
  GOODMAN_QUANTITATIVE_PUBLISHED_MAX,
} from '../../../../../src/domain/scar-scales';
import { type Assessment, GOODMAN_GROUPS } from './assessment-form';
import { eccaLabel, lesionLabel } from './assessments-api';

/**
 * How each number was reached, line by line as the server computed it: count → points × band
 * factor for Goodman & Baron (area steps for keloids), weight × grade for ECCA.
 */
export function ScoreBreakdown({ scores }: { scores: Assessment['scores'] }) {
  const { t } = useTranslation();
  const goodman = scores.goodmanQuantitative;
  const ecca = scores.ecca;

  return (
    <SimpleGrid cols={{ base: 1, lg: goodman && ecca ? 2 : 1 }} spacing="md" data-testid="score-breakdown">
      {goodman && (
        <Stack gap={4}>
          <Text fz="sm" fw={700}>
            {t('assessments.result.goodman')}
          </Text>
          <Table withTableBorder fz="xs" verticalSpacing={4} horizontalSpacing="xs" highlightOnHover={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assessments.result.type')}</Table.Th>
                <Table.Th ta="right">{t('assessments.result.count')}</Table.Th>
                <Table.Th ta="right">
                  {t('assessments.result.points')} × {t('assessments.result.factor')}
                </Table.Th>
                <Table.Th ta="right">{t('assessments.result.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {GOODMAN_GROUPS.map((group) => (
                <Fragment key={group}>
                  <Table.Tr bg="gray.0">
                    <Table.Td colSpan={3} fw={700}>
                      {t(`scales.groups.${group}`)}
                    </Table.Td>
                    <Table.Td ta="right" fw={700}>
                      {goodman.byGroup[group]}
                    </Table.Td>
                  </Table.Tr>
                  {goodman.lines
                    .filter((line) => line.group === group)
                    .map((line) => (
                      <Table.Tr key={line.key} c={line.score === 0 ? 'dimmed' : undefined}>
                        <Table.Td>{lesionLabel(t, line.key)}</Table.Td>
                        <Table.Td ta="right">
                          {line.basis === 'count'
                            ? line.count
                            : t('assessments.result.area', { area: line.areaCm2 })}
                        </Table.Td>
                        <Table.Td ta="right">
                          {line.basis === 'count'
                            ? `${line.points} × ${line.factor}`
                            : t('assessments.result.areaBasis')}
                        </Table.Td>
                        <Table.Td ta="right">{line.score}</Table.Td>
                      </Table.Tr>
                    ))}
                </Fragment>
              ))}
              <Table.Tr>
                <Table.Td colSpan={3} fw={700}>
                  {t('assessments.result.total')}
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {goodman.total} {t('assessments.result.outOf', { max: GOODMAN_QUANTITATIVE_PUBLISHED_MAX })}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {ecca && (
        <Stack gap={4}>
          <Text fz="sm" fw={700}>
            {t('assessments.result.ecca')}
          </Text>
          <Table withTableBorder fz="xs" verticalSpacing={4} horizontalSpacing="xs" highlightOnHover={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assessments.result.type')}</Table.Th>
                <Table.Th ta="right">
                  {t('assessments.result.weight')} × {t('assessments.result.grade')}
                </Table.Th>
                <Table.Th ta="right">{t('assessments.result.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ecca.lines.map((line) => (
                <Table.Tr key={line.key} c={line.score === 0 ? 'dimmed' : undefined}>
                  <Table.Td>{eccaLabel(t, line.key)}</Table.Td>
                  <Table.Td ta="right">
                    {line.weight} × {line.grade}
                  </Table.Td>
                  <Table.Td ta="right">{line.score}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td colSpan={2} fw={700}>
                  {t('assessments.result.total')}
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {ecca.total} {t('assessments.result.outOf', { max: ECCA_PUBLISHED_MAX })}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </SimpleGrid>
  );
}
