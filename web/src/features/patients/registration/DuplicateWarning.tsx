import { Alert, Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../lib/client';
import { BirthDateText } from '../BirthDateText';
import { fullName, kanaName, PATIENT_SEARCH_KEY } from '../patients-api';

interface DuplicateWarningProps {
  /** The patient numbers the server named (409 POSSIBLE_DUPLICATE, `errors[].message`). */
  numbers: string[];
  onConfirm: () => void;
  confirming: boolean;
}

/**
 * The server found someone with the same reading and date of birth. The existing records are
 * shown with their phone and address so that reception can tell; only a deliberate second click
 * registers a different person.
 */
export function DuplicateWarning({ numbers, onConfirm, confirming }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const found = useQueries({
    queries: numbers.map((number) => ({
      queryKey: [...PATIENT_SEARCH_KEY, number],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        data(api.GET('/api/v1/patients', { params: { query: { q: number, limit: 1 } }, signal })),
    })),
  });

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
            {numbers.map((number, index) => {
              const patient = found[index]?.data?.items[0];
              return (
                <Table.Tr key={number} data-testid="reg-duplicate-row">
                  <Table.Td ff="monospace">{number}</Table.Td>
                  {patient ? (
                    <>
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
                        <Text fz="xs" c="dimmed">
                          {patient.address ?? ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Anchor href={`/patients/${patient.id}`} target="_blank" rel="noopener" fz="sm">
                          {t('registration.duplicateOpen')}
                        </Anchor>
                      </Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={4}>
                      <Group gap="xs">
                        <Loader size="xs" />
                        <Text fz="xs" c="dimmed">
                          {t('registration.duplicateLoading')}
                        </Text>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
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
