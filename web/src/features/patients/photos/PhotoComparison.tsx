import { Alert, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import { comparableViews, datesOfView, daysBetween, type Photo, type PhotoView } from './photo-groups';
import { usePhotoComparison } from './photos-api';

function ComparedPhoto({
  photo,
  label,
  caption,
  testId,
}: {
  photo: Photo | null;
  label: string;
  caption?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text fw={700}>{label}</Text>
        {photo && (
          <Text fz="sm">
            {formatDate(photo.takenOn, language, 'long')}
            {caption && (
              <Text span fz="sm" fw={700} c="clinic.8" ml={8} data-testid={`${testId}-days`}>
                {caption}
              </Text>
            )}
          </Text>
        )}
      </Group>
      {photo ? (
        // Both sides in the same box, fitted whole (never cropped or filtered): like with like.
        <img
          src={photo.imageUrl}
          alt={`${label} ${formatDate(photo.takenOn, language)}`}
          style={{
            display: 'block',
            width: '100%',
            aspectRatio: '4 / 3',
            objectFit: 'contain',
            background: 'var(--mantine-color-gray-2)',
            borderRadius: 6,
          }}
          data-testid={testId}
        />
      ) : (
        <Text c="dimmed" fz="sm">
          {t('photos.compareMissing')}
        </Text>
      )}
    </Stack>
  );
}

/** Before and after of one view, side by side (stacked on a narrow screen), with the days between. */
export function PhotoComparison({ patientId, photos }: { patientId: string; photos: Photo[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const views = comparableViews(photos);
  const [chosenView, setChosenView] = useState<PhotoView | null>(null);
  const view = chosenView && views.includes(chosenView) ? chosenView : views[0];
  const dates = view ? datesOfView(photos, view) : [];
  const [before, setBefore] = useState<string | undefined>();
  const [after, setAfter] = useState<string | undefined>();
  const comparison = usePhotoComparison(patientId, view, before, after);
  const pair = comparison.data;
  const days = pair?.before && pair.after ? daysBetween(pair.before.takenOn, pair.after.takenOn) : undefined;
  const options = dates.map((date) => ({ value: date, label: formatDate(date, language) }));

  return (
    <Card data-testid="photo-comparison">
      <Title order={3} fz="md" mb="sm">
        {t('photos.compare')}
      </Title>
      {!view ? (
        <Text c="dimmed" fz="sm">
          {t('photos.compareNeedsTwo')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SegmentedControl<PhotoView>
              value={view}
              onChange={(value) => {
                setChosenView(value);
                setBefore(undefined);
                setAfter(undefined);
              }}
              data={views.map((v) => ({ value: v, label: t(`photos.views.${v}`) }))}
              data-testid="compare-view"
            />
            <Select
              label={t('photos.beforeDate')}
              data={options}
              value={before ?? pair?.before?.takenOn ?? null}
              onChange={(value) => setBefore(value ?? undefined)}
              allowDeselect={false}
              w={170}
              data-testid="compare-before-date"
            />
            <Select
              label={t('photos.afterDate')}
              data={options}
              value={after ?? pair?.after?.takenOn ?? null}
              onChange={(value) => setAfter(value ?? undefined)}
              allowDeselect={false}
              w={170}
              data-testid="compare-after-date"
            />
          </Group>
          {comparison.error && (
            <Alert color="red" variant="light">
              {problemMessage(t, comparison.error)}
            </Alert>
          )}
          {pair && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <ComparedPhoto photo={pair.before} label={t('photos.before')} testId="compare-before" />
              <ComparedPhoto
                photo={pair.after}
                label={t('photos.after')}
                caption={
                  days === undefined
                    ? undefined
                    : days === 0
                      ? t('photos.sameDay')
                      : t('photos.daysBetween', { days })
                }
                testId="compare-after"
              />
            </SimpleGrid>
          )}
          <Text fz="xs" c="dimmed">
            {t('photos.unretouched')}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
