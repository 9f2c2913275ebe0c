import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate, todayInTokyo } from '../../lib/datetime';
import { fullName, kanaName, type Patient } from '../patients/patients-api';
import type { PrintClinic } from './clinic-api';

/**
 * One A4 sheet: the clinic's name and address on top, the sheet's title and the day it was
 * printed, and whose record it is (name and patient number), so a loose page is never anonymous.
 */
export function PrintSheet({
  clinic,
  patient,
  title,
  children,
}: {
  clinic: PrintClinic | null;
  patient: Patient;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const address = [clinic?.postalCode && `〒${clinic.postalCode}`, clinic?.address].filter(Boolean).join(' ');
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <Group justify="space-between" align="flex-start" pb={6} style={{ borderBottom: '2px solid #000' }}>
        <Stack gap={0}>
          <Text fw={700} fz="lg" data-testid="print-clinic-name">
            {clinic?.name}
          </Text>
          {address && <Text fz="xs">{address}</Text>}
          {clinic?.phone && <Text fz="xs">TEL {clinic.phone}</Text>}
        </Stack>
        <Text fz="xs" data-testid="print-date">
          {t('print.printedOn', { date: formatDate(todayInTokyo(), language) })}
        </Text>
      </Group>
      <Title order={1} fz={20} mt="md" mb={4}>
        {title}
      </Title>
      <Group gap="lg" mb="md" align="baseline">
        <Text fz="md" fw={700} lang="ja" data-testid="print-patient-name">
          {fullName(patient)}
          <Text span fz="xs" fw={400} ml={8}>
            {kanaName(patient)}
          </Text>
        </Text>
        <Text fz="sm" ff="monospace" data-testid="print-patient-number">
          {t('print.patientNumber')} {patient.patientNumber}
        </Text>
      </Group>
      {children}
    </article>
  );
}
