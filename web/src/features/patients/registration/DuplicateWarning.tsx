import { Alert, Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BirthDateText } from '../BirthDateText';
import { fullName, kanaName } from '../patients-api';
import type { DuplicateCandidate } from './duplicates';

interface DuplicateWarningProps {
  /** The records the server named (409 POSSIBLE_DUPLICATE, its `duplicates` member). */
  duplicates: DuplicateCandidate[];
  onConfirm: () => void;
  confirming: boolean;
}

/**
 * The server found someone with the same reading and date of birth. The existing records are
 * shown with their phone so that reception can tell; only a deliberate second click
 * registers a different person.
 */
export function DuplicateWarning({ duplicates, onConfirm, confirming }: DuplicateWarningProps) {
  const { t } = useTranslation();

  return (
    <Alert
      color="orange"
      variant="light"
      title={t('registration.duplicateTitle')}
      data-testid="reg-duplicate"
    >
      <Text fz="sm" mb="sm">
        {t('registration.duplicateIntro')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder bg="white" fz="sm">
          <Table.Tbody>
            {duplicates.map((patient) => (
              <Table.Tr key={patient.id} data-testid="reg-duplicate-row">
                <Table.Td ff="monospace">{patient.patientNumber}</Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={600}>
                    {fullName(patient)}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {kanaName(patient)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <BirthDateText date={patient.birthDate} />
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">{patient.phone ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    href={`${import.meta.env.BASE_URL}patients/${patient.id}`}
                    target="_blank"
                    rel="noopener"
                    fz="sm"
                  >
                    {t('registration.duplicateOpen')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" mt="sm">
        <Button
          color="orange"
          variant="outline"
          onClick={onConfirm}
          loading={confirming}
          data-testid="reg-confirm-duplicate"
        >
          {t('registration.duplicateConfirm')}
        </Button>
      </Group>
    </Alert>
  );
}
