import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatInstant } from '../../lib/datetime';
import { placeFieldErrors, problemMessage, topLevelField } from '../../lib/problems';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import {
  STORAGE_PLACE_KINDS,
  type StoragePlace,
  type StoragePlaceKind,
  useCreatePlace,
  useStoragePlaces,
  useTakeRound,
} from './supplies-api';

/** The fridges, freezers and shelves, each with today's round (a fridge outside 2–8 °C is flagged). */
export function StoragePanel({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const places = useStoragePlaces();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      {canWrite && (
        <Button variant="light" w="fit-content" onClick={() => setAdding(true)} data-testid="place-create">
          {t('supplies.actions.newPlace')}
        </Button>
      )}
      {places.isPending && <Skeleton h={160} />}
      {places.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, places.error)}
        </Alert>
      )}
      {places.data?.length === 0 && <Text c="dimmed">{t('supplies.storage.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {places.data
          ?.filter((p) => p.status === 'active')
          .map((place) => (
            <PlaceCard key={place.id} place={place} canWrite={canWrite} />
          ))}
      </SimpleGrid>
      {adding && <PlaceDialog onClose={() => setAdding(false)} />}
    </Stack>
  );
}

const ROUND_FIELDS = ['currentC', 'minC', 'maxC', 'note', 'takenAt'] as const;

function PlaceCard({ place, canWrite }: { place: StoragePlace; canWrite: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const take = useTakeRound();
  const [current, setCurrent] = useState<number | string>('');
  const [min, setMin] = useState<number | string>('');
  const [max, setMax] = useState<number | string>('');
  const [note, setNote] = useState('');
  const errors = placeFieldErrors(t, take.error, topLevelField(ROUND_FIELDS));
  const latest = place.latestRound;
  const num = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    take.mutate(
      { place, body: { currentC: num(current), minC: num(min), maxC: num(max), note: note.trim() || null } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('supplies.storage.recorded', { place: place.name }),
          });
          setCurrent('');
          setMin('');
          setMax('');
          setNote('');
        },
      },
    );
  };

  return (
    <Card withBorder data-testid={`place-${place.name}`}>
      <Group justify="space-between">
        <Text fw={600}>{place.name}</Text>
        <Group gap={4}>
          <Badge variant="light" color="gray">
            {t(`supplies.placeKinds.${place.kind}`)}
            {place.kind === 'fridge' ? ` ${t('supplies.storage.range')}` : ''}
          </Badge>
          <Badge color={place.roundTakenToday ? 'green' : 'orange'} variant="light" data-testid="place-today">
            {t(place.roundTakenToday ? 'supplies.storage.takenToday' : 'supplies.storage.notToday')}
          </Badge>
        </Group>
      </Group>
      <Text fz="sm" mt={4} data-testid="place-latest">
        {t('supplies.storage.latest')}:{' '}
        {latest
          ? `${latest.currentC} °C (${latest.minC}–${latest.maxC}) · ${formatInstant(latest.takenAt, language)} · ${latest.takenByName ?? ''}`
          : t('supplies.storage.none')}
        {latest?.outOfRange && (
          <Badge color="red" ml="xs">
            {t('supplies.storage.outOfRange')}
          </Badge>
        )}
      </Text>
      {canWrite && (
        <form onSubmit={submit} noValidate>
          <Group gap="xs" mt="sm" align="flex-start" grow>
            <NumberInput
              label={t('supplies.storage.currentC')}
              value={current}
              onChange={setCurrent}
              decimalScale={1}
              error={errors.byField.currentC}
              data-testid="round-current"
            />
            <NumberInput
              label={t('supplies.storage.minC')}
              value={min}
              onChange={setMin}
              decimalScale={1}
              error={errors.byField.minC}
              data-testid="round-min"
            />
            <NumberInput
              label={t('supplies.storage.maxC')}
              value={max}
              onChange={setMax}
              decimalScale={1}
              error={errors.byField.maxC}
              data-testid="round-max"
            />
          </Group>
          <TextInput
            mt="xs"
            label={t('supplies.storage.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.byField.note}
            data-testid="round-note"
          />
          <Stack mt="xs" gap="xs">
            <ProblemAlert error={take.error} unplaced={errors.unplaced} testId="round-error" />
            <FormActions
              submitLabel={t('supplies.actions.takeRound')}
              pending={take.isPending}
              testId="round-submit"
            />
          </Stack>
        </form>
      )}
    </Card>
  );
}

function PlaceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePlace();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<StoragePlaceKind>('fridge');
  const errors = placeFieldErrors(t, create.error, topLevelField(['name', 'kind'] as const));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, kind }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('supplies.actions.newPlace')} data-testid="place-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('supplies.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.byField.name}
            data-testid="place-name"
          />
          <Select
            label={t('supplies.fields.kind')}
            data={STORAGE_PLACE_KINDS.map((k) => ({ value: k, label: t(`supplies.placeKinds.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as StoragePlaceKind)}
            allowDeselect={false}
            data-testid="place-kind"
          />
          <ProblemAlert error={create.error} unplaced={errors.unplaced} testId="place-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={t('supplies.actions.save')}
            pending={create.isPending}
            testId="place-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
