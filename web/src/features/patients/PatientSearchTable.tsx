import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInTokyo } from '../../lib/datetime';
import { BirthDateText } from './BirthDateText';
import { ageOn } from './birth-date';
import { PatientCards } from './PatientCards';
import { PersonName } from './PersonName';
import type { Patient } from './patients-api';

interface PatientSearchTableProps {
  patients: Patient[];
  rowsRef?: RefObject<HTMLTableSectionElement | null>;
  onOpen: (id: string) => void;
  /** ArrowUp on the first row: back to the search box. */
  onLeaveTop?: () => void;
  /** The number links to the record (false where a row chooses rather than opens: the merge). */
  linkRows?: boolean;
  /** An extra last column (the day last seen, in the recent list). */
  extra?: { header: string; cell: (patient: Patient) => React.ReactNode };
}

/** Search results; every row opens with a click or Enter, and the arrow keys move between rows. */
export function PatientSearchTable({
  patients,
  rowsRef,
  onOpen,
  onLeaveTop,
  linkRows = true,
  extra,
}: PatientSearchTableProps) {
  const { t } = useTranslation();
  const today = todayInTokyo();
  // A phone gets cards: seven columns cannot fit 390 px without cutting off the right (issue 20 item 9).
  const phone = useMediaQuery('(max-width: 47.99em)');

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    const row = event.currentTarget;
    if (event.key === 'Enter') onOpen(id);
    else if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
    else if (event.key === 'ArrowUp') {
      const previous = row.previousElementSibling as HTMLElement | null;
      if (previous) previous.focus();
      else onLeaveTop?.();
    } else return;
    event.preventDefault();
  };

  if (phone) return <PatientCards patients={patients} onOpen={onOpen} aside={extra?.cell} />;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="patient-results" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('patients.columns.number')}</Table.Th>
            <Table.Th>{t('patients.columns.name')}</Table.Th>
            <Table.Th>{t('patients.columns.kana')}</Table.Th>
            <Table.Th w={150}>{t('patients.columns.birthDate')}</Table.Th>
            <Table.Th w={70}>{t('patients.columns.age')}</Table.Th>
            <Table.Th w={70}>{t('patients.columns.sex')}</Table.Th>
            <Table.Th w={140}>{t('patients.columns.phone')}</Table.Th>
            {extra && <Table.Th w={130}>{extra.header}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={rowsRef}>
          {patients.map((patient) => (
            <Table.Tr
              key={patient.id}
              tabIndex={0}
              onClick={() => onOpen(patient.id)}
              onKeyDown={(event) => onRowKey(event, patient.id)}
              style={{ cursor: 'pointer' }}
              data-testid="patient-row"
              data-patient-number={patient.patientNumber}
            >
              <Table.Td>
                {linkRows ? (
                  <Anchor
                    component={Link}
                    to={`/patients/${patient.id}`}
                    ff="monospace"
                    fz="sm"
                    tabIndex={-1}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {patient.patientNumber}
                  </Anchor>
                ) : (
                  <Text ff="monospace" fz="sm">
                    {patient.patientNumber}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text fz="md" fw={600} lang="ja" data-testid="patient-row-name">
                  <PersonName family={patient.familyName} given={patient.givenName} />
                </Text>
                {patient.status === 'merged' && (
                  <Badge size="xs" color="gray" variant="outline">
                    {t('patients.merged')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td lang="ja">
                <PersonName family={patient.familyNameKana} given={patient.givenNameKana} />
              </Table.Td>
              <Table.Td>
                <BirthDateText date={patient.birthDate} />
              </Table.Td>
              <Table.Td>{t('patients.age', { age: ageOn(patient.birthDate, today) })}</Table.Td>
              <Table.Td>{t(`patients.sex.${patient.sex}`)}</Table.Td>
              <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {patient.phone ?? ''}
              </Table.Td>
              {extra && <Table.Td>{extra.cell(patient)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
