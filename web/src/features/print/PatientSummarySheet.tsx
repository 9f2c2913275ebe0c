import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import type { Assessment } from '../patients/assessments/assessment-form';
import { BirthDateText } from '../patients/BirthDateText';
import type { Patient } from '../patients/patients-api';
import { scaleScores } from './assessment-scores';

/** The patient summary: who they are, what to watch for, and their scar assessments over time. */
export function PatientSummarySheet({
  patient,
  assessments,
}: {
  patient: Patient;
  assessments: Assessment[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: [string, React.ReactNode][] = [
    [t('print.birthDate'), <BirthDateText key="birth" date={patient.birthDate} inline />],
    [t('print.sex'), t(`patients.sex.${patient.sex}`)],
    [t('print.phone'), patient.phone ?? '—'],
    [
      t('print.address'),
      [patient.postalCode && `〒${patient.postalCode}`, patient.address].filter(Boolean).join(' ') || '—',
    ],
    [t('print.allergies'), patient.allergies || t('print.noAllergies')],
    [t('print.medications'), patient.medications || t('print.none')],
  ];
  return (
    <Stack gap="md" data-testid="print-summary">
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="28%">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} fz="md">
        {t('print.assessments')}
      </Title>
      {assessments.length === 0 ? (
        <Text fz="sm">{t('print.noAssessments')}</Text>
      ) : (
        <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('print.date')}</Table.Th>
              <Table.Th>{t('print.region')}</Table.Th>
              <Table.Th>{t('print.scores')}</Table.Th>
              <Table.Th>{t('print.assessor')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessments.map((a) => (
              <Table.Tr key={a.id} data-testid="print-summary-assessment">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.assessedOn, language)}</Table.Td>
                <Table.Td>{t(`assessments.regions.${a.region}`)}</Table.Td>
                <Table.Td>
                  {scaleScores(t, a).map((row) => (
                    <div key={row.scale}>
                      {row.scale}: {row.score}
                    </div>
                  ))}
                </Table.Td>
                <Table.Td>{a.assessorName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
