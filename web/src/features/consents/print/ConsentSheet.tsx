import { Alert, Box, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate, formatInstant } from '../../../lib/datetime';
import { BirthDateText } from '../../patients/BirthDateText';
import type { Patient } from '../../patients/patients-api';
import { ANSWER_OF, isConsentItem, scopeStandings } from '../consent-scopes';
import type { ConsentDocument, ConsentWithdrawal, PatientConsent, Plan } from '../consents-api';
import { MarkdownView } from '../MarkdownView';
import { SignatureImage } from '../SignatureImage';

/**
 * The consent form as signed: who, under which plan and edition (with its SHA-256, so the text can
 * be checked against the one kept), each item explained, each answer, the people, the signature,
 * then the full text of the edition.
 */
export function ConsentSheet(props: {
  patient: Patient;
  consent: PatientConsent;
  document: ConsentDocument;
  plan: Plan | undefined;
  withdrawals: readonly ConsentWithdrawal[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { consent, document, plan } = props;
  const withdrawnOn = (scope: string) =>
    props.withdrawals.find((withdrawal) => withdrawal.scopes.some((s) => s === scope))?.withdrawnOn;
  const rows: [string, ReactNode][] = [
    [t('consents.printSheet.birthDate'), <BirthDateText key="birth" date={props.patient.birthDate} inline />],
    [t('consents.printSheet.plan'), plan?.title ?? '—'],
    [t('consents.printSheet.planNumber'), plan?.planNumber ?? '—'],
    [
      t('consents.printSheet.document'),
      <span key="document" data-testid="print-consent-edition">
        {document.titleJa} {t('consents.edition', { edition: document.edition })}
      </span>,
    ],
    [
      t('consents.printSheet.hash'),
      <Text key="hash" span ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }}>
        {consent.documentHash}
      </Text>,
    ],
    [t('consents.printSheet.date'), formatDate(consent.consentedOn, language, 'long')],
    [t('consents.printSheet.physician'), consent.explainedByName],
    [t('consents.printSheet.witness'), consent.witnessName ?? '—'],
    [t('consents.printSheet.signedAt'), formatInstant(consent.signedAt, language)],
  ];
  return (
    <Stack gap="md" data-testid="print-consent">
      {consent.status === 'voided' && (
        <Alert color="gray" variant="outline">
          {t('consents.printSheet.voided')}
        </Alert>
      )}
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
        {t('consents.printSheet.explained')}
      </Title>
      <Box component="ul" m={0} pl={0} style={{ listStyle: 'none', columns: 2 }} fz="sm">
        {consent.explainedItems.map((item) => (
          <li key={item} data-testid="print-consent-item" data-item={item}>
            ☑ {isConsentItem(item) ? t(`consents.items.${item}`) : item}
          </li>
        ))}
      </Box>
      <Title order={2} fz="md">
        {t('consents.printSheet.answers')}
      </Title>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {scopeStandings(consent).map(({ scope, standing }) => (
            <Table.Tr key={scope} data-testid="print-consent-answer" data-scope={scope}>
              <Table.Th w="40%">{t(`consents.scopes.${scope}`)}</Table.Th>
              <Table.Td>
                {consent[ANSWER_OF[scope]] ? t('common.yes') : t('common.no')}
                {scope === 'cell_storage' && consent.cellStorageYears
                  ? `（${t('consents.storageYears', { years: consent.cellStorageYears })}）`
                  : ''}
                {standing === 'withdrawn' &&
                  `　${t('consents.printSheet.withdrawn', { date: formatDate(withdrawnOn(scope) ?? consent.consentedOn, language) })}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap={4}>
        <Title order={2} fz="md">
          {t('consents.printSheet.signature')}
        </Title>
        <SignatureImage consentId={consent.id} height={110} />
      </Stack>
      <Box style={{ breakBefore: 'page' }}>
        <Title order={2} fz="md" mb="xs">
          {t('consents.printSheet.fullText')}（{document.titleJa}{' '}
          {t('consents.edition', { edition: document.edition })}）
        </Title>
        <MarkdownView source={document.bodyJa} testId="print-consent-text" />
      </Box>
    </Stack>
  );
}
