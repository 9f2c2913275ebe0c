import { Badge, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { RecordCard } from '../records/RecordCard';
import type { Photo } from './photo-groups';
import { useVoidPhoto } from './photos-api';

/**
 * The full image as stored (each view of it is logged), fitted to the screen, never cropped; the
 * photo's record card around it, so it is voided like any record.
 */
export function PhotoViewer(props: { photo: Photo; writable: boolean; onClose: () => void }) {
  const { photo, writable, onClose } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const voidPhoto = useVoidPhoto(photo.patientId);
  const view = t(`photos.views.${photo.view}`);

  return (
    <Modal opened onClose={onClose} size="auto" title={t('photos.viewerTitle')} data-testid="photo-viewer">
      <RecordCard
        record={photo}
        date={photo.takenOn}
        badges={
          <Badge variant="light" tt="none">
            {view}
          </Badge>
        }
        writable={writable}
        onVoid={voidPhoto.mutateAsync}
        voidSubject={view}
        voidTitle={t('photos.voidTitle')}
        onVoided={onClose}
        testId="photo-card"
        actionTestId="photo"
        frameless
      >
        <Stack gap="sm">
          {/* A plain <img>: the typed client answers JSON, not images (see photo-groups.ts). */}
          <img
            src={photo.imageUrl}
            alt={t('photos.thumbAlt', { view, date: formatDate(photo.takenOn, language) })}
            style={{
              display: 'block',
              maxWidth: 'min(1100px, 90vw)',
              maxHeight: '72vh',
              objectFit: 'contain',
            }}
            data-testid="photo-full"
          />
          <Group justify="space-between">
            <Text fz="sm">{photo.note}</Text>
            <Text fz="xs" c="dimmed">
              {photo.width} × {photo.height}
            </Text>
          </Group>
        </Stack>
      </RecordCard>
    </Modal>
  );
}
