import { Alert, Badge, Button, Card, Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatInstant } from '../../../lib/datetime';
import {
  type ConsentDocument,
  type Plan,
  type Therapy,
  usePlanDocuments,
  usePlans,
  useStaff,
} from '../consents-api';
import type { WalkAction, WalkState } from './walk-state';

/** The edition a consent is taken under: the latest published one of each active plan. */
const latestPublished = (documents: readonly ConsentDocument[] | undefined) =>
  documents?.find((document) => document.status === 'published' && document.contentHash);

/**
 * Step 1: the document to explain with, among the active plans (of the therapy asked for), and —
 * when the one holding the tablet is not a physician — the physician who explains.
 */
export function ChooseDocumentStep(props: {
  therapy: Therapy | undefined;
  state: WalkState;
  dispatch: (action: WalkAction) => void;
  callerIsPhysician: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const plans = usePlans();
  const active = (plans.data ?? []).filter(
    (plan) => plan.status === 'active' && (!props.therapy || plan.therapy === props.therapy),
  );
  const documents = usePlanDocuments(active.map((plan) => plan.id));
  const offers = active.flatMap((plan, index) => {
    const document = latestPublished(documents[index]?.data);
    return document ? [{ plan, document }] : [];
  });
  const loading = plans.isPending || documents.some((query) => query.isPending);

  return (
    <Stack gap="md">
      <Text fz="lg">{t('consents.walk.document.intro')}</Text>
      {loading && <Skeleton h={120} />}
      {!loading && offers.length === 0 && (
        <Alert color="yellow" variant="light" data-testid="walk-no-document">
          {t('consents.walk.document.none')}
        </Alert>
      )}
      {offers.map(({ plan, document }) => (
        <DocumentOffer
          key={document.id}
          plan={plan}
          document={document}
          chosen={props.state.document?.id === document.id}
          onChoose={() => props.dispatch({ type: 'choose', document, therapy: plan.therapy })}
          publishedOn={document.publishedAt ? formatInstant(document.publishedAt, language) : ''}
        />
      ))}
      {!props.callerIsPhysician && (
        <PhysicianChoice
          value={props.state.explainedBy}
          onChange={(id) => props.dispatch({ type: 'explainer', id })}
        />
      )}
    </Stack>
  );
}

function DocumentOffer(props: {
  plan: Plan;
  document: ConsentDocument;
  chosen: boolean;
  publishedOn: string;
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  const { plan, document } = props;
  return (
    <Card
      withBorder
      padding="lg"
      bd={props.chosen ? '2px solid var(--mantine-color-clinic-7)' : undefined}
      data-testid="walk-document"
      data-plan={plan.id}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fz="sm" c="dimmed">
            {t('consents.walk.document.plan')}: {plan.title}
            {plan.planNumber
              ? `（${t('consents.walk.document.planNumber', { number: plan.planNumber })}）`
              : ''}
          </Text>
          <Text fz="xl" fw={700}>
            {document.titleJa}
          </Text>
          <Group gap="xs">
            <Badge size="lg" variant="light">
              {t('consents.edition', { edition: document.edition })}
            </Badge>
            <Badge size="lg" variant="outline">
              {t(`consents.therapies.${plan.therapy}`)}
            </Badge>
            <Text fz="sm" c="dimmed">
              {t('consents.walk.document.publishedOn', { date: props.publishedOn })}
            </Text>
          </Group>
        </Stack>
        <Button
          size="lg"
          variant={props.chosen ? 'filled' : 'default'}
          onClick={props.onChoose}
          data-testid="walk-choose-document"
        >
          {props.chosen ? t('consents.walk.document.chosen') : t('consents.walk.document.choose')}
        </Button>
      </Group>
    </Card>
  );
}

function PhysicianChoice(props: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const physicians = useStaff('physician');
  return (
    <Select
      size="lg"
      label={t('consents.walk.document.physician')}
      description={t('consents.walk.document.physicianHint')}
      data={(physicians.data ?? []).map((member) => ({ value: member.id, label: member.displayName }))}
      value={props.value}
      onChange={props.onChange}
      searchable
      maw={420}
      data-testid="walk-physician"
    />
  );
}
