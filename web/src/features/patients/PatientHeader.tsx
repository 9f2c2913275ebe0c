import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayInTokyo } from '../../lib/datetime';
import { BirthDateText } from './BirthDateText';
import { ageOn } from './birth-date';
import { PersonName } from './PersonName';
import { kanaName, type Patient, romajiName } from './patients-api';

/**
 * Who this is, at a glance and on every tab: number, names, date of birth in both calendars and
 * age; allergies in red, because they matter in the treatment room.
 */
export function PatientHeader({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const romaji = romajiName(patient);

  return (
    <Card data-testid="patient-header">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={2} miw={0}>
          <Group gap="xs">
            <Text ff="monospace" fz="sm" c="dimmed" data-testid="patient-number">
              {patient.patientNumber}
            </Text>
            {patient.status === 'merged' && (
              <Badge color="gray" variant="outline" size="sm">
                {t('patients.merged')}
              </Badge>
            )}
          </Group>
          <Text fz="sm" c="dimmed" lang="ja" data-testid="patient-kana">
            {kanaName(patient)}
            {romaji && ` · ${romaji}`}
          </Text>
          <Title order={2} lang="ja" data-testid="patient-name">
            <PersonName family={patient.familyName} given={patient.givenName} />
          </Title>
          <Group gap="lg" mt={4} fz="sm">
            <Text fz="sm" data-testid="patient-birth">
              <BirthDateText date={patient.birthDate} inline />
              <Text component="span" fw={600} ml={8}>
                {t('patients.age', { age: ageOn(patient.birthDate, todayInTokyo()) })}
              </Text>
            </Text>
            <Text fz="sm">{t(`patients.sex.${patient.sex}`)}</Text>
            {patient.phone && (
              <Text fz="sm" ff="monospace">
                {patient.phone}
              </Text>
            )}
          </Group>
        </Stack>
        <Stack gap={6} w={{ base: '100%', sm: 340 }}>
          {patient.allergies ? (
            <Alert
              color="red"
              variant="filled"
              title={t('patientPage.allergies')}
              p="xs"
              data-testid="patient-allergies"
            >
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {patient.allergies}
              </Text>
            </Alert>
          ) : (
            <Text fz="sm" c="dimmed" data-testid="patient-no-allergies">
              {t('patientPage.noAllergies')}
            </Text>
          )}
          {patient.medications && (
            <Text fz="sm" lineClamp={2}>
              <Text component="span" fw={600} mr={6}>
                {t('patientPage.medications')}
              </Text>
              {patient.medications}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
