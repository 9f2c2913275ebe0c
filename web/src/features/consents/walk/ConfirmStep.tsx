import { Card, Image, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { ANSWER_OF, isConsentItem, scopesOf } from '../consent-scopes';
import { type Therapy, useStaff } from '../consents-api';
import type { WalkState } from './walk-state';

/** Step 6: everything the consent will keep, read once more before it is saved for good. */
export function ConfirmStep(props: {
  state: WalkState;
  therapy: Therapy;
  consentedOn: string;
  physicianName: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const staff = useStaff();
  const { state } = props;
  const nameOf = (id: string | null) => staff.data?.find((member) => member.id === id)?.displayName ?? '—';
  const witness = state.witness.kind === 'staff' ? nameOf(state.witness.id) : state.witness.name.trim();
  const rows: [string, React.ReactNode][] = [
    [
      t('consents.detail.document'),
      state.document
        ? `${state.document.titleJa} ${t('consents.edition', { edition: state.document.edition })}`
        : '—',
    ],
    [t('consents.walk.confirm.date'), formatDate(props.consentedOn, language, 'long')],
    [t('consents.detail.physician'), props.physicianName],
    [t('consents.detail.witness'), witness],
  ];

  return (
    <Stack gap="md" data-testid="walk-confirm">
      <Text fz="lg">{t('consents.walk.confirm.intro')}</Text>
      <Table fz="md" withTableBorder verticalSpacing="xs">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="30%">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Card withBorder>
        <Text fw={600} mb={4}>
          {t('consents.detail.explained')}
        </Text>
        <List size="sm" icon="✓" spacing={2}>
          {state.explained.map((item) => (
            <List.Item key={item}>{isConsentItem(item) ? t(`consents.items.${item}`) : item}</List.Item>
          ))}
        </List>
      </Card>
      <Table fz="md" withTableBorder verticalSpacing="xs" data-testid="walk-confirm-answers">
        <Table.Tbody>
          {scopesOf(props.therapy).map((scope) => {
            const yes = state.answers[ANSWER_OF[scope]] === true;
            return (
              <Table.Tr key={scope}>
                <Table.Th w="45%">{t(`consents.scopes.${scope}`)}</Table.Th>
                <Table.Td fw={700}>
                  {yes ? t('consents.walk.answers.yes') : t('consents.walk.answers.no')}
                  {scope === 'cell_storage' && yes && state.answers.cellStorageYears
                    ? `（${t('consents.storageYears', { years: state.answers.cellStorageYears })}）`
                    : ''}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {state.signature && (
        <Stack gap={4}>
          <Text fw={600}>{t('consents.detail.signature')}</Text>
          <Image
            src={state.signature}
            alt={t('consents.detail.signature')}
            h={110}
            w="auto"
            fit="contain"
            bd="1px solid var(--mantine-color-gray-4)"
          />
        </Stack>
      )}
    </Stack>
  );
}
