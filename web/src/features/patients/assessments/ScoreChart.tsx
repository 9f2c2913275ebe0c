import { LineChart } from '@mantine/charts';
import { Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ECCA_PUBLISHED_MAX,
  GOODMAN_QUANTITATIVE_PUBLISHED_MAX,
} from '../../../../../src/domain/scar-scales';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { RATING_MAX, REGIONS, type Region } from './assessment-form';
import type { ScoreHistoryItem } from './assessments-api';
import { ScoreTable } from './ScoreTable';

const CHART_HEIGHT = 170;
// Added to a chart with a legend, so all three plot areas line up.
const LEGEND_HEIGHT = 24;

/** The regions that have scores, whole face first; a line never mixes two regions. */
export function regionsOf(items: readonly ScoreHistoryItem[]): Region[] {
  return REGIONS.filter((region) => items.some((item) => item.region === region));
}

function SmallChart({
  title,
  data,
  series,
  max,
  steps,
}: {
  title: string;
  data: Record<string, string | number | null>[];
  series: { name: string; label: string; color: string }[];
  max: number;
  /** Gridlines: 84 in quarters of 21, 540 in quarters of 135, 10 in halves. */
  steps: number;
}) {
  return (
    <Stack gap={4}>
      <Text fz="sm" fw={600}>
        {title}
      </Text>
      <LineChart
        h={series.length > 1 ? CHART_HEIGHT + LEGEND_HEIGHT : CHART_HEIGHT}
        data={data}
        dataKey="date"
        series={series}
        connectNulls
        withLegend={series.length > 1}
        legendProps={{ verticalAlign: 'bottom', height: LEGEND_HEIGHT }}
        yAxisProps={{
          domain: [0, max],
          ticks: Array.from({ length: steps + 1 }, (_, i) => (max * i) / steps),
          width: 36,
        }}
        xAxisProps={{ padding: { left: 16, right: 16 } }}
        dotProps={{ r: 4 }}
        curveType="linear"
        gridAxis="x"
      />
    </Stack>
  );
}

/**
 * Scores over a course of treatment: Goodman & Baron (0–84), ECCA (0–540) and the patient's own
 * rating (0–10) as three small charts, since their scales differ, with the figures in a table below.
 */
export function ScoreChart({ items }: { items: ScoreHistoryItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = regionsOf(items);
  const [chosen, setChosen] = useState<Region | null>(null);
  const region = chosen && regions.includes(chosen) ? chosen : (regions[0] ?? 'whole_face');
  const shown = items.filter((item) => item.region === region);
  const data = shown.map((item) => ({
    date: formatDate(item.assessedOn, language),
    goodman: item.goodmanQuantitativeScore,
    ecca: item.eccaScore,
    satisfaction: item.patientSatisfaction,
    bother: item.patientBother,
  }));

  return (
    <Card data-testid="score-chart">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} fz="md">
          {t('scoreChart.title')}
        </Title>
        {regions.length > 1 && (
          <SegmentedControl
            size="xs"
            value={region}
            onChange={(value) => setChosen(value as Region)}
            data={regions.map((r) => ({ value: r, label: t(`assessments.regions.${r}`) }))}
            aria-label={t('scoreChart.region')}
          />
        )}
      </Group>
      {shown.length < 2 && (
        <Text fz="xs" c="dimmed" mb="xs">
          {t('scoreChart.onePoint')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <SmallChart
          title={t('scoreChart.goodman')}
          data={data}
          max={GOODMAN_QUANTITATIVE_PUBLISHED_MAX}
          steps={4}
          series={[{ name: 'goodman', label: t('scoreChart.columns.goodman'), color: 'clinic.7' }]}
        />
        <SmallChart
          title={t('scoreChart.ecca')}
          data={data}
          max={ECCA_PUBLISHED_MAX}
          steps={4}
          series={[{ name: 'ecca', label: t('scoreChart.columns.ecca'), color: 'grape.6' }]}
        />
        <SmallChart
          title={t('scoreChart.rating')}
          data={data}
          max={RATING_MAX}
          steps={2}
          series={[
            { name: 'satisfaction', label: t('scoreChart.columns.satisfaction'), color: 'teal.6' },
            { name: 'bother', label: t('scoreChart.columns.bother'), color: 'orange.6' },
          ]}
        />
      </SimpleGrid>
      <ScoreTable items={shown} />
    </Card>
  );
}
