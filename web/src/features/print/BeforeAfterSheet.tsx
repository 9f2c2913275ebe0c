import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/datetime';
import { daysBetween, type Photo, type PhotoView } from '../patients/photos/photo-groups';

function Side({
  photo,
  view,
  label,
  caption,
}: {
  photo: Photo | null;
  view: PhotoView;
  label: string;
  caption?: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <figure style={{ margin: 0 }} data-testid="print-photo">
      {photo && (
        // Fitted whole, never cropped: like with like, as on the comparison screen.
        <img
          src={photo.imageUrl}
          alt={`${label} ${formatDate(photo.takenOn, language)}`}
          style={{
            display: 'block',
            width: '100%',
            aspectRatio: '4 / 3',
            objectFit: 'contain',
            background: '#eee',
          }}
        />
      )}
      <figcaption>
        <Text fw={700} fz="sm" mt={4}>
          {label} · {t(`photos.views.${view}`)}
        </Text>
        {photo && (
          <Text fz="sm">
            {t('print.takenOn', { date: formatDate(photo.takenOn, language, 'long') })}
            {caption && ` (${caption})`}
          </Text>
        )}
      </figcaption>
    </figure>
  );
}

/** The sheet a patient takes home: before and after of one view, side by side, with dates. */
export function BeforeAfterSheet({
  view,
  before,
  after,
}: {
  view: PhotoView;
  before: Photo | null;
  after: Photo | null;
}) {
  const { t } = useTranslation();
  const days = before && after ? daysBetween(before.takenOn, after.takenOn) : undefined;
  return (
    <Stack gap="md" data-testid="print-before-after">
      <SimpleGrid cols={2} spacing="md">
        <Side photo={before} view={view} label={t('print.before')} />
        <Side
          photo={after}
          view={view}
          label={t('print.after')}
          caption={days === undefined ? undefined : t('print.daysBetween', { days })}
        />
      </SimpleGrid>
      <Text fz="xs">{t('print.takeHomeNote')}</Text>
    </Stack>
  );
}
