import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayInTokyo } from '../../lib/datetime';
import { BirthDateText } from './BirthDateText';
import { ageOn } from './birth-date';
import { PersonName } from './PersonName';
import type { Patient } from './patients-api';

interface PatientCardsProps {
  patients: Patient[];
  onOpen: (id: string) => void;
  /** Beside each patient, e.g. the day last seen in the recent list. */
  aside?: (patient: Patient) => React.ReactNode;
}

/** Search results on a phone: one card a patient, name first, nothing cut off on the right. */
export function PatientCards({ patients, onOpen, aside }: PatientCardsProps) {
  const { t } = useTranslation();
  const today = todayInTokyo();
  return (
    <Stack gap={0} data-testid="patient-results">
      {patients.map((patient) => (
        <UnstyledButton
          key={patient.id}
          onClick={() => onOpen(patient.id)}
          px="md"
          py="sm"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
          data-testid="patient-row"
          data-patient-number={patient.patientNumber}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fz="md" fw={600} lang="ja" data-testid="patient-row-name">
                <PersonName family={patient.familyName} given={patient.givenName} />
              </Text>
              <Text fz="xs" c="dimmed" lang="ja">
                <PersonName family={patient.familyNameKana} given={patient.givenNameKana} />
              </Text>
              <Text fz="xs" component="div">
                <BirthDateText date={patient.birthDate} /> ・{' '}
                {t('patients.age', { age: ageOn(patient.birthDate, today) })} ・{' '}
                {t(`patients.sex.${patient.sex}`)}
              </Text>
            </Stack>
            <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
              <Text ff="monospace" fz="xs">
                {patient.patientNumber}
              </Text>
              {patient.status === 'merged' && (
                <Badge size="xs" color="gray" variant="outline">
                  {t('patients.merged')}
                </Badge>
              )}
              {aside?.(patient)}
            </Stack>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
