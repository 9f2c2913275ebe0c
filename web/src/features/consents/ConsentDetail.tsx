import { Alert, Button, Code, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate, formatInstant } from '../../lib/datetime';
import { ANSWER_OF, isConsentItem, scopeStandings } from './consent-scopes';
import { type PatientConsent, type Plan, useConsentDocument, useWithdrawals } from './consents-api';
import { SignatureImage } from './SignatureImage';
import { WithdrawDialog } from './WithdrawDialog';

/** One consent in full: the edition signed, the items explained, each answer, the people, the signature, withdrawals. */
export function ConsentDetail(props: {
  consent: PatientConsent;
  plan: Plan | undefined;
  writable: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phone = useMediaQuery('(max-width: 47.99em)');
  const { consent } = props;
  const document = useConsentDocument(consent.documentId);
  const withdrawals = useWithdrawals(consent.patientId, consent.id);
  const [withdrawing, setWithdrawing] = useState(false);
  const voided = consent.status === 'voided';
  const canWithdraw = props.writable && !voided && consent.scopesInForce.length > 0;
  const itemLabel = (item: string) => (isConsentItem(item) ? t(`consents.items.${item}`) : item);

  return (
    <Modal
      opened
      onClose={props.onClose}
      size="xl"
      fullScreen={phone}
      title={t('consents.detail.title', { date: formatDate(consent.consentedOn, language, 'long') })}
      data-testid="consent-detail"
    >
      <Stack gap="md">
        {voided && (
          <Alert color="gray" variant="light">
            {t('consents.detail.voided', { reason: consent.voidReason ?? '' })}
          </Alert>
        )}
        <Section title={t('consents.detail.document')}>
          <Text fz="sm">{props.plan?.title}</Text>
          {document.data && (
            <Text fz="sm" data-testid="consent-detail-document">
              {document.data.titleJa} {t('consents.edition', { edition: document.data.edition })}
            </Text>
          )}
          <Text fz="xs" c="dimmed">
            {t('consents.detail.hash')} <Code style={{ wordBreak: 'break-all' }}>{consent.documentHash}</Code>
          </Text>
        </Section>
        <Section title={t('consents.detail.explained')}>
          <List size="sm" spacing={2} icon="✓">
            {consent.explainedItems.map((item) => (
              <List.Item key={item}>{itemLabel(item)}</List.Item>
            ))}
          </List>
        </Section>
        <Section title={t('consents.detail.answers')}>
          <Table fz="sm" withTableBorder verticalSpacing={4} data-testid="consent-detail-answers">
            <Table.Tbody>
              {scopeStandings(consent).map(({ scope, standing }) => (
                <Table.Tr key={scope} data-scope={scope} data-standing={standing}>
                  <Table.Th w="45%">{t(`consents.scopes.${scope}`)}</Table.Th>
                  <Table.Td td={standing === 'withdrawn' ? 'line-through' : undefined}>
                    {consent[ANSWER_OF[scope]] ? t('common.yes') : t('common.no')}
                    {scope === 'cell_storage' && consent.cellStorageYears
                      ? `（${t('consents.storageYears', { years: consent.cellStorageYears })}）`
                      : ''}
                  </Table.Td>
                  <Table.Td w="25%">{t(`consents.standing.${standing}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Group gap="xl" align="flex-start">
          <Section title={t('consents.detail.physician')}>
            <Text fz="sm">{consent.explainedByName}</Text>
          </Section>
          <Section title={t('consents.detail.witness')}>
            <Text fz="sm" data-testid="consent-detail-witness">
              {consent.witnessName ?? '—'}
            </Text>
          </Section>
          <Section title={t('consents.detail.signedAt')}>
            <Text fz="sm">{formatInstant(consent.signedAt, language)}</Text>
          </Section>
        </Group>
        <Section title={t('consents.detail.signature')}>
          <SignatureImage consentId={consent.id} />
        </Section>
        <Section title={t('consents.detail.withdrawals')}>
          {withdrawals.data?.length === 0 && (
            <Text fz="sm" c="dimmed">
              {t('consents.detail.noWithdrawals')}
            </Text>
          )}
          {withdrawals.data?.map((withdrawal) => (
            <Stack key={withdrawal.id} gap={2} data-testid="consent-withdrawal">
              <Text fz="sm" fw={600}>
                {t('consents.detail.withdrawnOn', { date: formatDate(withdrawal.withdrawnOn, language) })}
                {' — '}
                {withdrawal.scopes.map((scope) => t(`consents.scopes.${scope}`)).join('、')}
              </Text>
              {withdrawal.reason && (
                <Text fz="sm">{t('consents.detail.withdrawalReason', { reason: withdrawal.reason })}</Text>
              )}
              {withdrawal.defaultLotDecision && (
                <Text fz="sm">
                  {t('consents.detail.allLots', {
                    decision: t(`consents.lotDecisions.${withdrawal.defaultLotDecision}`),
                  })}
                </Text>
              )}
              {withdrawal.lotDecisions.map((lot) => (
                <Text key={lot.lotNumber} fz="sm">
                  {t('consents.detail.lot', {
                    lot: lot.lotNumber,
                    decision: t(`consents.lotDecisions.${lot.decision}`),
                  })}
                </Text>
              ))}
            </Stack>
          ))}
        </Section>
        <Group justify="flex-end" gap="sm">
          <Button
            component={Link}
            to={`/patients/${consent.patientId}/consents/${consent.id}/print`}
            variant="default"
            data-testid="consent-print"
          >
            {t('consents.print')}
          </Button>
          {canWithdraw && (
            <Button color="orange" onClick={() => setWithdrawing(true)} data-testid="consent-withdraw">
              {t('consents.detail.withdraw')}
            </Button>
          )}
        </Group>
      </Stack>
      {withdrawing && <WithdrawDialog consent={consent} onClose={() => setWithdrawing(false)} />}
    </Modal>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={4} fz="sm" c="dimmed">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
