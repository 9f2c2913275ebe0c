import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatInstant } from '../../../lib/datetime';
import { BirthDateText } from '../BirthDateText';
import type { PatientTabProps } from '../patient-tabs';
import { EditPatientDialog } from './EditPatientDialog';

function Item({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Stack gap={2} style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text fz="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The registration details as stored, and the way to correct them (with a reason). */
export function PatientDetails({ patient, writable }: PatientTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const or = (value: string | null) =>
    value || (
      <Text span c="dimmed" fz="sm">
        {t('patient.notSet')}
      </Text>
    );

  return (
    <Card data-testid="patient-details">
      <Group justify="flex-end" mb="sm">
        {writable && (
          <Button variant="light" onClick={() => setEditing(true)} data-testid="patient-edit">
            {t('patientPage.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <Item label={t('patient.number')}>{patient.patientNumber}</Item>
        <Item label={`${t('patient.familyName')} / ${t('patient.givenName')}`}>
          {patient.familyName} {patient.givenName}
        </Item>
        <Item label={`${t('patient.familyNameKana')} / ${t('patient.givenNameKana')}`}>
          {patient.familyNameKana} {patient.givenNameKana}
        </Item>
        <Item label={`${t('patient.familyNameRomaji')} / ${t('patient.givenNameRomaji')}`}>
          {or([patient.familyNameRomaji, patient.givenNameRomaji].filter(Boolean).join(' ') || null)}
        </Item>
        <Item label={t('patient.birthDate')}>
          <BirthDateText date={patient.birthDate} inline />
        </Item>
        <Item label={t('patient.sex')}>{t(`patients.sex.${patient.sex}`)}</Item>
        <Item label={t('patient.phone')}>{or(patient.phone)}</Item>
        <Item label={t('patient.email')}>{or(patient.email)}</Item>
        <Item label={t('patient.postalCode')}>{or(patient.postalCode)}</Item>
        <Item label={t('patient.address')}>{or(patient.address)}</Item>
        <Item label={t('patient.allergies')}>
          {patient.allergies ? (
            <Text span fz="sm" c="red.8" fw={600}>
              {patient.allergies}
            </Text>
          ) : (
            or(null)
          )}
        </Item>
        <Item label={t('patient.medications')}>{or(patient.medications)}</Item>
        <Item label={t('patient.notes')}>{or(patient.notes)}</Item>
        <Item label={t('patientPage.registeredAt')}>{formatInstant(patient.createdAt, language)}</Item>
        <Item label={t('patientPage.updatedAt')}>{formatInstant(patient.updatedAt, language)}</Item>
      </SimpleGrid>
      {editing && <EditPatientDialog patient={patient} onClose={() => setEditing(false)} />}
    </Card>
  );
}
