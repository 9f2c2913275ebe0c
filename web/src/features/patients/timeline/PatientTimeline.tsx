import { Alert, Badge, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../../i18n';
import { formatDate, formatInstant } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import type { PatientTabProps } from '../patient-tabs';
import { useTimeline } from '../patients-api';
import { isTimelineKind, TimelineIcon } from './TimelineIcon';
import { entryDate, entryText, isVoided, textOf } from './timeline-text';

/** Everything that happened to the patient, newest first, one line each; voided entries struck through. */
export function PatientTimeline({ patient, tabFor }: PatientTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
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
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6} data-testid="timeline">
          <Table.Tbody>
            {entries.map((entry) => {
              const date = entryDate(entry);
              const voided = isVoided(entry);
              const address = tabFor(entry.kind);
              const open = address ? () => navigate(address) : undefined;
              const reason = textOf(entry.summary.voidReason);
              return (
                <Table.Tr
                  key={`${entry.kind}-${entry.id}`}
                  onClick={open}
                  style={open ? { cursor: 'pointer' } : undefined}
                  data-testid="timeline-entry"
                  data-kind={entry.kind}
                  data-voided={voided}
                >
                  <Table.Td w={150} style={{ whiteSpace: 'nowrap' }} fz="sm">
                    {date ? formatDate(date, language) : formatInstant(entry.at, language)}
                  </Table.Td>
                  <Table.Td w={150}>
                    <Group gap={8} wrap="nowrap">
                      <TimelineIcon kind={entry.kind} />
                      <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {isTimelineKind(entry.kind) ? t(`timeline.kinds.${entry.kind}`) : entry.kind}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={8} wrap="nowrap">
                      <Text
                        fz="sm"
                        c={voided ? 'dimmed' : undefined}
                        td={voided ? 'line-through' : undefined}
                        lineClamp={1}
                      >
                        {entryText(t, entry)}
                      </Text>
                      {voided && (
                        <Badge size="sm" color="gray" variant="outline" title={reason}>
                          {t('timeline.voided')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
