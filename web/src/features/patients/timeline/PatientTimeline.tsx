import { Alert, Badge, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import type { PatientTabProps } from '../patient-tabs';
import { type TimelineEntry, useTimeline } from '../patients-api';
import { isTimelineKind, LockIcon, TimelineIcon } from './TimelineIcon';
import { entryText, isVoided, textOf } from './timeline-text';

/**
 * Everything that happened to the patient, newest first, one line each; voided entries struck
 * through. What the reader may not see (a consultation, to reception) is named, dated and
 * attributed, its content left out and said to be so.
 */
export function PatientTimeline({ patient, tabFor }: PatientTabProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeline = useTimeline(patient.id);

  if (timeline.isPending) {
    return (
      <Stack gap="xs">
        <Skeleton h={28} />
        <Skeleton h={28} />
      </Stack>
    );
  }
  if (timeline.error) {
    return (
      <Alert color="red" variant="light">
        {problemMessage(t, timeline.error)}
      </Alert>
    );
  }
  const entries = timeline.data.entries;
  if (entries.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;

  return (
    <Card p={0}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing={6} data-testid="timeline">
          <Table.Tbody>
            {entries.map((entry) => {
              const address = entry.restricted ? undefined : tabFor(entry.kind);
              return (
                <TimelineRow
                  key={`${entry.kind}-${entry.id}`}
                  entry={entry}
                  onOpen={address ? () => void navigate(address) : undefined}
                />
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function TimelineRow({ entry, onOpen }: { entry: TimelineEntry; onOpen: (() => void) | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const voided = isVoided(entry);
  const reason = textOf(entry.summary?.voidReason);
  // On a phone one cell a row, its parts wrapping, so nothing is cut off on the right (issue 20 item 9).
  const phone = useMediaQuery('(max-width: 47.99em)');
  const kind = (
    <Group gap={8} wrap="nowrap">
      <TimelineIcon kind={entry.kind} />
      <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {isTimelineKind(entry.kind) ? t(`timeline.kinds.${entry.kind}`) : entry.kind}
      </Text>
    </Group>
  );
  const content = (
    <Group gap={8} wrap={phone ? 'wrap' : 'nowrap'}>
      {entry.restricted ? (
        <Group gap={6} wrap="nowrap" c="dimmed" data-testid="timeline-restricted">
          <LockIcon />
          <Text fz="sm" c="dimmed">
            {t('timeline.restricted')}
          </Text>
        </Group>
      ) : (
        <Text
          fz="sm"
          c={voided ? 'dimmed' : undefined}
          td={voided ? 'line-through' : undefined}
          lineClamp={2}
          style={{ minWidth: 0 }}
        >
          {entryText(t, entry)}
        </Text>
      )}
      {voided && (
        <Badge size="sm" color="gray" variant="outline" title={reason}>
          {t('timeline.voided')}
        </Badge>
      )}
    </Group>
  );
  const author = entry.author ? t('records.recordedBy', { name: entry.author.name }) : '';
  const row = {
    onClick: onOpen,
    style: onOpen ? { cursor: 'pointer' } : undefined,
    'data-testid': 'timeline-entry',
    'data-kind': entry.kind,
    'data-voided': voided,
    'data-restricted': entry.restricted,
  };
  if (phone) {
    return (
      <Table.Tr {...row}>
        <Table.Td>
          <Stack gap={4}>
            <Group gap="sm" wrap="wrap">
              <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(entry.date, language)}
              </Text>
              {kind}
            </Group>
            {content}
            <Text fz="xs" c="dimmed" data-testid="timeline-author">
              {author}
            </Text>
          </Stack>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr {...row}>
      <Table.Td w={120} style={{ whiteSpace: 'nowrap' }} fz="sm">
        {formatDate(entry.date, language)}
      </Table.Td>
      <Table.Td w={140}>{kind}</Table.Td>
      <Table.Td>{content}</Table.Td>
      <Table.Td w={170} fz="xs" c="dimmed" data-testid="timeline-author">
        {author}
      </Table.Td>
    </Table.Tr>
  );
}
