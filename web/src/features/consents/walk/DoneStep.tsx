import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import type { PatientConsent, Plan } from '../consents-api';
import { treatmentFrom } from './walk-state';

/**
 * After saving: when the plan asks for days between consent and treatment, reception is told
 * which day to offer (regulatory.md: no pressure for same-day treatment); and the form to print.
 */
export function DoneStep({ consent, plan }: { consent: PatientConsent; plan: Plan | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = plan?.coolingOffDays ?? 0;
  return (
    <Stack gap="lg" maw={720} data-testid="walk-done">
      <Title order={2}>{t('consents.walk.done.title')}</Title>
      {days > 0 && (
        <Alert color="yellow" variant="light" data-testid="walk-cooling-off">
          <Text fz="xl" fw={700}>
            {t('consents.walk.done.coolingOff', {
              date: formatDate(treatmentFrom(consent.consentedOn, days), language, 'long'),
            })}
          </Text>
          <Text fz="md" mt={4}>
            {t('consents.walk.done.coolingOffWhy', { days })}
          </Text>
        </Alert>
      )}
      <Group gap="md">
        <Button
          size="lg"
          component={Link}
          to={`/patients/${consent.patientId}/consents/${consent.id}/print`}
          data-testid="walk-print"
        >
          {t('consents.walk.done.print')}
        </Button>
        <Button
          size="lg"
          variant="default"
          component={Link}
          to={`/patients/${consent.patientId}/consents`}
          data-testid="walk-back-to-patient"
        >
          {t('consents.walk.done.backToPatient')}
        </Button>
      </Group>
    </Stack>
  );
}
