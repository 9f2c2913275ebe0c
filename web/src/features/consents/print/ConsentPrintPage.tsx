import { Anchor, Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePatient } from '../../patients/patients-api';
import { usePrintClinic } from '../../print/clinic-api';
import { PrintSheet } from '../../print/PrintSheet';
import { useConsent, useConsentDocument, usePlans, useWithdrawals } from '../consents-api';
import { ConsentSheet } from './ConsentSheet';

/**
 * /patients/:id/consents/:consentId/print: the signed consent on A4, as the patient's copy and
 * the clinic's paper record (regulatory.md: consent in writing; the record readable and printable).
 */
export function ConsentPrintPage() {
  const { t } = useTranslation();
  const { patientId = '', consentId = '' } = useParams();
  const patient = usePatient(patientId);
  const consent = useConsent(patientId, consentId);
  const document = useConsentDocument(consent.data?.documentId);
  const plans = usePlans();
  const withdrawals = useWithdrawals(patientId, consentId);
  const clinic = usePrintClinic();
  const back = `/patients/${patientId}/consents?consent=${consentId}`;

  if (!patient.data || !consent.data || !document.data || !withdrawals.data) return <Skeleton h={400} />;
  return (
    <Stack gap="md" data-testid="print-page">
      <Card data-print="hide">
        <Group justify="space-between">
          <Anchor component={Link} to={back} fz="sm">
            ← {t('print.back')}
          </Anchor>
          <Button onClick={() => window.print()} data-testid="print-now">
            {t('print.print')}
          </Button>
        </Group>
        <Text fz="xs" c="dimmed" mt="xs">
          {t('print.hint')}
        </Text>
      </Card>
      <PrintSheet clinic={clinic} patient={patient.data} title={t('consents.printSheet.title')}>
        <ConsentSheet
          patient={patient.data}
          consent={consent.data}
          document={document.data}
          plan={plans.data?.find((plan) => plan.id === consent.data.planId)}
          withdrawals={withdrawals.data}
        />
      </PrintSheet>
    </Stack>
  );
}
