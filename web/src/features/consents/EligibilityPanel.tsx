import { Alert, Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import { problemMessage } from '../../lib/problems';
import { type Eligibility, type Plan, type Therapy, useEligibility, usePlans } from './consents-api';

const THERAPY_ORDER: readonly Therapy[] = ['fibroblast', 'prp'];

/**
 * For each therapy the clinic has a plan for: may this patient be treated now? The gate every
 * procedure passes (GET /patients/{id}/eligibility), said in the clinic's words, with the way on.
 */
export function EligibilityPanel({ patientId, writable }: { patientId: string; writable: boolean }) {
  const { t } = useTranslation();
  const plans = usePlans();
  // A draft is not yet a plan the clinic treats under; a suspended or ended one still explains a refusal.
  const therapies = THERAPY_ORDER.filter((therapy) =>
    plans.data?.some((plan) => plan.therapy === therapy && plan.status !== 'draft'),
  );
  const answers = useEligibility(patientId, therapies);

  if (plans.isPending) return <Skeleton h={96} />;
  if (plans.error)
    return (
      <Alert color="red" variant="light">
        {problemMessage(t, plans.error)}
      </Alert>
    );
  if (therapies.length === 0)
    return (
      <Text c="dimmed" fz="sm" data-testid="eligibility-no-plans">
        {t('consents.eligibility.noPlans')}
      </Text>
    );
  return (
    <Stack gap={6}>
      <Text fw={600} fz="sm">
        {t('consents.eligibility.title')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: therapies.length }} spacing="sm">
        {therapies.map((therapy, index) => {
          const answer = answers[index];
          return (
            <Card key={therapy} data-testid={`eligibility-${therapy}`} padding="sm">
              {answer?.data ? (
                <TherapyAnswer
                  patientId={patientId}
                  answer={answer.data}
                  plans={plans.data ?? []}
                  writable={writable}
                />
              ) : answer?.error ? (
                <Text c="red" fz="sm">
                  {problemMessage(t, answer.error)}
                </Text>
              ) : (
                <Skeleton h={48} />
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function TherapyAnswer(props: { patientId: string; answer: Eligibility; plans: Plan[]; writable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { answer } = props;
  const [reason] = answer.reasons;
  const consentNeeded = reason?.code === 'CONSENT_REQUIRED' || reason?.code === 'CONSENT_WITHDRAWN';
  const plan = props.plans.find((p) => p.id === answer.planId);
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={600}>{t(`consents.therapies.${answer.therapy}`)}</Text>
        <Badge
          size="lg"
          color={answer.eligible ? 'green' : 'red'}
          variant="light"
          data-testid="eligibility-state"
          data-eligible={answer.eligible}
        >
          {answer.eligible ? t('consents.eligibility.eligible') : t('consents.eligibility.notEligible')}
        </Badge>
      </Group>
      {reason && (
        <Text fz="sm" data-testid="eligibility-reason" data-code={reason.code}>
          {t(`consents.eligibility.reasons.${reason.code}`)}
        </Text>
      )}
      {answer.warnings.map((warning) => (
        <Alert key={warning.code} color="yellow" variant="light" p="xs" data-testid="eligibility-cooling-off">
          {t('consents.eligibility.coolingOff', {
            days: plan?.coolingOffDays ?? '—',
            until: formatDate(warning.until, language),
          })}
        </Alert>
      ))}
      {consentNeeded && props.writable && (
        <Button
          component={Link}
          to={`/patients/${props.patientId}/consents/new?therapy=${answer.therapy}`}
          size="sm"
          w="fit-content"
          data-testid="eligibility-to-consent"
        >
          {t('consents.eligibility.toConsent')}
        </Button>
      )}
    </Stack>
  );
}
