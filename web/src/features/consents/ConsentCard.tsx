import { Badge, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordCard } from '../patients/records/RecordCard';
import { type PatientConsent, type Plan, useConsentDocument, useVoidConsent } from './consents-api';
import { ScopeBadges } from './ScopeBadges';

/** One signed consent in the patient's list: when, under which plan and edition, who explained, what holds. */
export function ConsentCard(props: {
  consent: PatientConsent;
  plan: Plan | undefined;
  writable: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { consent, plan } = props;
  const document = useConsentDocument(consent.documentId);
  const voidConsent = useVoidConsent(consent.patientId);
  const planName = plan?.title ?? '';
  return (
    <RecordCard
      record={consent}
      date={consent.consentedOn}
      author={t('consents.explainedBy', { name: consent.explainedByName })}
      badges={
        <>
          {plan && <Badge variant="light">{t(`consents.therapies.${plan.therapy}`)}</Badge>}
          {document.data && (
            <Badge variant="outline" data-testid="consent-edition">
              {t('consents.edition', { edition: document.data.edition })}
            </Badge>
          )}
        </>
      }
      tools={
        <Button size="xs" variant="default" onClick={props.onOpen} data-testid="consent-open">
          {t('consents.details')}
        </Button>
      }
      writable={props.writable}
      onVoid={(input) => voidConsent.mutateAsync(input)}
      voidSubject={t('consents.detail.voidSubject', { plan: planName })}
      testId="consent-card"
      actionTestId="consent"
    >
      {planName && (
        <Text fz="sm" mb={6}>
          {planName}
        </Text>
      )}
      <ScopeBadges consent={consent} />
    </RecordCard>
  );
}
