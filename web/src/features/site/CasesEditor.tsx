import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../lib/api-problem';
import { fieldMessage, problemMessage } from '../../lib/problems';
import { usePhotos } from '../patients/photos/photos-api';
import { type SitePage, usePlaceCase, useSiteCases, useWithdrawCase } from './site-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Details = { treatment: string; period: string; sessions: number | null; cost: string; risks: string };
const EMPTY: Details = { treatment: '', period: '', sessions: null, cost: '', risks: '' };

/**
 * The before/after cases of a treatment page or article (docs/site.md "Before/after cases"): two
 * photos of one patient, same view, with the treatment, period, sessions, cost and risks. The
 * server refuses a patient without consent to advertising use (ADVERTISING_CONSENT_REQUIRED).
 */
export function CasesEditor({ page }: { page: SitePage }) {
  const { t } = useTranslation();
  const cases = useSiteCases(page.id);
  const place = usePlaceCase(page.id);
  const withdraw = useWithdrawCase(page.id);
  const [patientId, setPatientId] = useState('');
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  const [details, setDetails] = useState<Details>(EMPTY);
  const [reason, setReason] = useState('');
  const failure = place.error ?? withdraw.error;
  const fieldErrors = failure instanceof ApiProblem ? failure.errors : [];
  const errorOf = (path: string) => {
    const problem = fieldErrors.find((e) => e.path === path);
    return problem ? fieldMessage(t, problem) : undefined;
  };
  const set =
    (key: 'treatment' | 'period' | 'cost' | 'risks') => (event: { currentTarget: { value: string } }) => {
      // Read now: React clears the event's target before a state updater runs.
      const value = event.currentTarget.value;
      setDetails((current) => ({ ...current, [key]: value }));
    };

  const onPlace = () => {
    if (!beforeId || !afterId) return;
    place.mutate(
      {
        pageId: page.id,
        patientId: patientId.trim(),
        beforePhotoId: beforeId,
        afterPhotoId: afterId,
        ...details,
      },
      {
        onSuccess: () => {
          setDetails(EMPTY);
          setBeforeId(null);
          setAfterId(null);
        },
      },
    );
  };

  return (
    <Card withBorder data-testid="site-cases">
      <Stack gap="sm">
        <Title order={3}>{t('site.cases.title')}</Title>
        <Text fz="sm" c="dimmed">
          {t('site.cases.intro')}
        </Text>
        {failure && (
          <Alert color="red" data-testid="site-case-error">
            {problemMessage(t, failure)}
          </Alert>
        )}
        {cases.data && cases.data.length > 0 && (
          <Table data-testid="site-cases-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('site.cases.treatment')}</Table.Th>
                <Table.Th>{t('site.cases.period')}</Table.Th>
                <Table.Th>{t('site.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.treatment}</Table.Td>
                  <Table.Td>{c.period}</Table.Td>
                  <Table.Td>
                    <Badge color={c.status === 'placed' ? 'green' : 'gray'} variant="light">
                      {t(`site.cases.statuses.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.status === 'placed' && (
                      <Button
                        size="xs"
                        variant="default"
                        disabled={reason.trim() === ''}
                        loading={withdraw.isPending}
                        onClick={() => withdraw.mutate({ id: c.id, version: c.version, reason })}
                      >
                        {t('site.cases.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {cases.data?.some((c) => c.status === 'placed') && (
          <TextInput
            label={t('site.cases.withdrawReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <TextInput
          label={t('site.cases.patientId')}
          description={t('site.cases.patientIdHint')}
          value={patientId}
          onChange={(e) => setPatientId(e.currentTarget.value)}
          error={errorOf('patientId')}
          data-testid="site-case-patient"
        />
        {UUID.test(patientId.trim()) && (
          <PhotoChoice
            patientId={patientId.trim()}
            beforeId={beforeId}
            afterId={afterId}
            onBefore={setBeforeId}
            onAfter={setAfterId}
            errorOf={errorOf}
          />
        )}
        <TextInput
          label={t('site.cases.treatment')}
          value={details.treatment}
          onChange={set('treatment')}
          error={errorOf('treatment')}
          data-testid="site-case-treatment"
        />
        <Group grow>
          <TextInput
            label={t('site.cases.period')}
            placeholder="3か月"
            value={details.period}
            onChange={set('period')}
            error={errorOf('period')}
            data-testid="site-case-period"
          />
          <NumberInput
            label={t('site.cases.sessions')}
            min={1}
            value={details.sessions ?? ''}
            onChange={(value) =>
              setDetails((d) => ({ ...d, sessions: typeof value === 'number' ? value : null }))
            }
            error={errorOf('sessions')}
            data-testid="site-case-sessions"
          />
        </Group>
        <TextInput
          label={t('site.cases.cost')}
          value={details.cost}
          onChange={set('cost')}
          error={errorOf('cost')}
          data-testid="site-case-cost"
        />
        <Textarea
          label={t('site.cases.risks')}
          autosize
          minRows={2}
          value={details.risks}
          onChange={set('risks')}
          error={errorOf('risks')}
          data-testid="site-case-risks"
        />
        <Group>
          <Button
            onClick={onPlace}
            disabled={!beforeId || !afterId}
            loading={place.isPending}
            data-testid="site-case-place"
          >
            {t('site.cases.place')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function PhotoChoice(props: {
  patientId: string;
  beforeId: string | null;
  afterId: string | null;
  onBefore: (id: string | null) => void;
  onAfter: (id: string | null) => void;
  errorOf: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const photos = usePhotos(props.patientId);
  const items = photos.data?.pages.flatMap((p) => p.items) ?? [];
  const options = items.map((photo) => ({
    value: photo.id,
    label: `${photo.takenOn}・${t(`photos.views.${photo.view}`)}`,
  }));
  if (photos.error) return <Alert color="red">{problemMessage(t, photos.error)}</Alert>;
  return (
    <Group grow align="flex-start">
      <Select
        label={t('site.cases.before')}
        data={options}
        value={props.beforeId}
        onChange={props.onBefore}
        error={props.errorOf('beforePhotoId')}
        data-testid="site-case-before"
      />
      <Select
        label={t('site.cases.after')}
        data={options}
        value={props.afterId}
        onChange={props.onAfter}
        error={props.errorOf('afterPhotoId')}
        data-testid="site-case-after"
      />
    </Group>
  );
}
