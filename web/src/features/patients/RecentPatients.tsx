import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import { problemMessage } from '../../lib/problems';
import { PatientSearchTable } from './PatientSearchTable';
import { type Patient, useRecentPatients } from './patients-api';

/**
 * Before anything is typed: today's patients first, then the most recent (registered, consulted,
 * assessed or photographed), so reception has the day's list without searching (issue 20 item 7).
 */
export function RecentPatients({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const recent = useRecentPatients(true);
  const items = recent.data?.items ?? [];
  const today = recent.data?.today;
  const seen = new Map(items.map((r) => [r.patient.id, r.lastSeenOn]));
  const todays = items.filter((r) => r.lastSeenOn === today).length;

  const lastSeen = (patient: Patient) => {
    const day = seen.get(patient.id);
    if (!day) return null;
    return day === today ? (
      <Badge size="sm" color="teal" variant="light" data-testid="patient-seen-today">
        {t('patients.recent.today')}
      </Badge>
    ) : (
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(day, language)}
      </Text>
    );
  };

  return (
    <Stack gap={0} data-testid="patient-search-idle">
      <Group justify="space-between" align="baseline" px="md" pb="xs" gap="xs">
        <Title order={3} fz="md" data-testid="patient-recent-title">
          {t('patients.recent.title')}
        </Title>
        {recent.isSuccess && (
          <Text fz="xs" c="dimmed">
            {t('patients.recent.count', { today: todays, count: items.length })}
          </Text>
        )}
      </Group>
      <Text fz="xs" c="dimmed" px="md" pb="sm">
        {t('patients.recent.hint')}
      </Text>
      {recent.error && (
        <Alert color="red" variant="light" mx="md" mb="md">
          {problemMessage(t, recent.error)}
        </Alert>
      )}
      {recent.isSuccess && items.length === 0 && (
        <Text fz="sm" c="dimmed" px="md" pb="md">
          {t('patients.typeToSearch')}
        </Text>
      )}
      {items.length > 0 && (
        <PatientSearchTable
          patients={items.map((r) => r.patient)}
          onOpen={onOpen}
          extra={{ header: t('patients.recent.lastSeen'), cell: lastSeen }}
        />
      )}
    </Stack>
  );
}
