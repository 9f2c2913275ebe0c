import { LineChart } from '@mantine/charts';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GOODMAN_QUANTITATIVE_PUBLISHED_MAX } from '../../../../src/domain/scar-scales';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import { type CourseScore, type CourseSession, courseEvents } from './course';

/**
 * The course over time: the Goodman & Baron score at each assessment, with a line at each PRP
 * session (its number, the interval since the one before), and the same in order below, so the
 * scores between two sessions are read at a glance. The score chart's chart, reused.
 */
export function CourseChart({ sessions, scores }: { sessions: CourseSession[]; scores: CourseScore[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const events = courseEvents(sessions, scores);
  if (events.length === 0)
    return (
      <Text c="dimmed" fz="sm">
        {t('prp.course.empty')}
      </Text>
    );
  // One point per day: a session's day carries no score of its own, so the line runs through it.
  const days = [...new Set(events.map((e) => e.date))];
  const data = days.map((day) => {
    const score = events.find((e) => e.kind === 'score' && e.date === day);
    return {
      date: formatDate(day, language),
      goodman: score?.kind === 'score' ? score.goodman : null,
    };
  });
  const referenceLines = events.flatMap((e) =>
    e.kind === 'session'
      ? [
          {
            x: formatDate(e.date, language),
            label: t('prp.course.session', { number: e.number }),
            color: 'red.6',
          },
        ]
      : [],
  );
  return (
    <Card data-testid="course-chart">
      <Title order={3} fz="md" mb="sm">
        {t('prp.course.title')}
      </Title>
      <LineChart
        h={220}
        data={data}
        dataKey="date"
        series={[{ name: 'goodman', label: t('prp.course.goodman'), color: 'clinic.7' }]}
        referenceLines={referenceLines}
        connectNulls
        yAxisProps={{ domain: [0, GOODMAN_QUANTITATIVE_PUBLISHED_MAX], width: 36 }}
        // Room on the right for the last session's label, which starts at its line.
        xAxisProps={{ padding: { left: 16, right: 64 } }}
        dotProps={{ r: 4 }}
        curveType="linear"
        gridAxis="x"
      />
      <Stack gap={4} mt="sm" data-testid="course-events">
        {events.map((e) =>
          e.kind === 'session' ? (
            <Group key={e.id} gap="xs" data-testid="course-session">
              <Badge tt="none" color="red" variant="light">
                {t('prp.course.session', { number: e.number })}
              </Badge>
              <Text fz="sm">{formatDate(e.date, language)}</Text>
              <Text fz="sm" c="dimmed">
                {e.intervalDays === null
                  ? t('prp.firstSession')
                  : t('prp.intervalDays', { days: e.intervalDays })}
              </Text>
            </Group>
          ) : (
            <Group key={e.id} gap="xs" pl="md" data-testid="course-score">
              <Text fz="sm">{formatDate(e.date, language)}</Text>
              <Text fz="sm">
                {t('prp.course.score', {
                  goodman: e.goodman ?? t('prp.course.none'),
                  ecca: e.ecca ?? t('prp.course.none'),
                })}
              </Text>
            </Group>
          ),
        )}
      </Stack>
    </Card>
  );
}
