import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import type { Photo } from './photo-groups';

interface PhotoViewerProps {
  photo: Photo;
  canVoid: boolean;
  onVoid: () => void;
  onClose: () => void;
}

/** The full image as stored (each view of it is logged), fitted to the screen, never cropped. */
export function PhotoViewer({ photo, canVoid, onVoid, onClose }: PhotoViewerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Modal
      opened
      onClose={onClose}
      size="auto"
      title={`${t(`photos.views.${photo.view}`)} · ${formatDate(photo.takenOn, language, 'long')}`}
      data-testid="photo-viewer"
    >
      <Stack gap="sm">
        <img
          src={photo.imageUrl}
          alt={t('photos.thumbAlt', {
            view: t(`photos.views.${photo.view}`),
            date: formatDate(photo.takenOn, language),
          })}
          style={{ display: 'block', maxWidth: 'min(1100px, 90vw)', maxHeight: '75vh', objectFit: 'contain' }}
          data-testid="photo-full"
        />
        {photo.note && <Text fz="sm">{photo.note}</Text>}
        <Group justify="space-between">
          <Text fz="xs" c="dimmed">
            {photo.width} × {photo.height}
          </Text>
          {canVoid && (
            <Button color="red" variant="subtle" size="xs" onClick={onVoid} data-testid="photo-void">
              {t('records.void')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
