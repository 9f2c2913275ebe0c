import { Badge, Card, Group, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/datetime';
import { PHOTO_VIEWS, type Photo, photoSheet } from './photo-groups';

const THUMB_HEIGHT = 96;

interface PhotoSheetProps {
  photos: Photo[];
  onOpen: (photo: Photo) => void;
}

/** Thumbnails as the clinic's photo sheet: a row per day, a column per view. */
export function PhotoSheet({ photos, onOpen }: PhotoSheetProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = photoSheet(photos);

  return (
    <Card data-testid="photo-sheet">
      <Title order={3} fz="md">
        {t('photos.sheet')}
      </Title>
      <Text fz="xs" c="dimmed" mb="sm">
        {t('photos.sheetHint')}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table withColumnBorders highlightOnHover={false} verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>{t('photos.date')}</Table.Th>
              {PHOTO_VIEWS.map((view) => (
                <Table.Th key={view} ta="center">
                  {t(`photos.views.${view}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.takenOn} data-testid="photo-sheet-row" data-date={row.takenOn}>
                <Table.Td fw={600} fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(row.takenOn, language)}
                </Table.Td>
                {PHOTO_VIEWS.map((view) => (
                  <Table.Td key={view} ta="center" bg={row.byView[view].length === 0 ? 'gray.0' : undefined}>
                    <Group gap={4} justify="center">
                      {row.byView[view].map((photo) => (
                        <UnstyledButton
                          key={photo.id}
                          onClick={() => onOpen(photo)}
                          aria-label={t('photos.openImage')}
                          opacity={photo.status === 'voided' ? 0.45 : 1}
                        >
                          {/* A plain <img>: the typed client answers JSON, not images (see photo-groups.ts). */}
                          <img
                            src={photo.thumbnailUrl}
                            alt={t('photos.thumbAlt', {
                              view: t(`photos.views.${view}`),
                              date: formatDate(row.takenOn, language),
                            })}
                            loading="lazy"
                            height={THUMB_HEIGHT}
                            style={{
                              display: 'block',
                              maxWidth: '100%',
                              height: THUMB_HEIGHT,
                              objectFit: 'contain',
                              borderRadius: 4,
                              background: 'var(--mantine-color-gray-1)',
                            }}
                            data-testid="photo-thumb"
                            data-view={view}
                            data-date={row.takenOn}
                            data-status={photo.status}
                          />
                          {photo.status === 'voided' && (
                            <Badge size="xs" color="gray" variant="outline" mt={2}>
                              {t('records.voided')}
                            </Badge>
                          )}
                        </UnstyledButton>
                      ))}
                    </Group>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
