import {
  Alert,
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  Image,
  NativeSelect,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../lib/api-problem';
import { todayInTokyo } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import { patientKey } from '../patients-api';
import { PHOTO_VIEWS, type PhotoView } from './photo-groups';
import { uploadPhotoWithProgress } from './photo-queue-upload';
import { isTooLargePhoto } from './photo-size';

type Status = 'waiting' | 'uploading' | 'done' | 'failed';
type Item = {
  /** Made once: a file chosen twice is two entries. */
  key: string;
  file: File;
  view: PhotoView;
  takenOn: string;
  status: Status;
  progress: number;
  error?: string;
};

interface PhotoUploadQueueProps {
  patientId: string;
  /** From any drop area or file button: the queue only needs the files. */
  files: File[];
  maxMb: number;
  /** The assessment a photo of that day belongs to, as the single upload links it. */
  assessmentOn: (date: string) => string;
  onClose: () => void;
}

/**
 * Several photos at once: each with its own view and day (the views suggested in the usual order of
 * a shoot), sent one after another, each its own request, with its progress and its own result.
 */
export function PhotoUploadQueue({ patientId, files, maxMb, assessmentOn, onClose }: PhotoUploadQueueProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayInTokyo();
  // Made in the effect (not a memo), so React's development double run cannot revoke what is shown.
  const [urls, setUrls] = useState<string[]>([]);
  useEffect(() => {
    const made = files.map((file) => URL.createObjectURL(file));
    setUrls(made);
    return () => {
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [files]);
  const [items, setItems] = useState<Item[]>(() =>
    files.map((file, index) => ({
      key: `${index}:${file.name}:${file.size}`,
      file,
      view: PHOTO_VIEWS[index % PHOTO_VIEWS.length] ?? 'front',
      takenOn: today,
      status: 'waiting',
      progress: 0,
      ...(isTooLargePhoto(file.size, maxMb)
        ? { status: 'failed', error: t('photos.tooLargeLimit', { mb: maxMb }) }
        : {}),
    })),
  );
  const [running, setRunning] = useState(false);
  const update = (index: number, change: Partial<Item>) =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...change } : item)));

  const start = async () => {
    setRunning(true);
    for (const [index, item] of items.entries()) {
      // Recorded already, or over the server's limit (refused here, before a long upload that could only fail).
      if (item.status === 'done' || isTooLargePhoto(item.file.size, maxMb)) continue;
      update(index, { status: 'uploading', progress: 0 });
      try {
        await uploadPhotoWithProgress(
          patientId,
          {
            file: item.file,
            view: item.view,
            takenOn: item.takenOn,
            assessmentId: assessmentOn(item.takenOn),
          },
          (progress) => update(index, { progress }),
        );
        update(index, { status: 'done', progress: 1 });
      } catch (error) {
        const message =
          error instanceof ApiProblem && error.code === 'PHOTO_ALREADY_UPLOADED'
            ? t('photos.alreadyUploaded')
            : error instanceof ApiProblem && error.errors.some((e) => e.code === 'UNSUPPORTED_IMAGE')
              ? t('photos.rejected')
              : problemMessage(t, error);
        update(index, { status: 'failed', error: message });
      }
    }
    setRunning(false);
    await queryClient.invalidateQueries({ queryKey: patientKey(patientId) });
  };

  const done = items.filter((item) => item.status === 'done').length;
  const finished = !running && items.every((item) => item.status === 'done' || item.status === 'failed');
  const color: Record<Status, string> = { waiting: 'gray', uploading: 'blue', done: 'green', failed: 'red' };

  return (
    <Card data-testid="photo-queue">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} fz="md">
          {t('photos.queue.title', { count: items.length })}
        </Title>
        <CloseButton aria-label={t('photos.queue.close')} onClick={onClose} disabled={running} />
      </Group>
      <Stack gap="sm">
        {items.map((item, index) => (
          <Group
            key={item.key}
            align="flex-start"
            gap="sm"
            data-testid="photo-queue-item"
            data-status={item.status}
          >
            <Image src={urls[index]} alt={item.file.name} w={72} h={72} fit="cover" radius="sm" bg="gray.1" />
            <Stack gap={4} style={{ flex: '1 1 220px', minWidth: 0 }}>
              <Group gap="xs" wrap="nowrap">
                <Text fz="sm" truncate style={{ minWidth: 0 }}>
                  {item.file.name}
                </Text>
                <Badge
                  size="sm"
                  color={color[item.status]}
                  variant="light"
                  style={{ flexShrink: 0 }}
                  data-testid="photo-queue-status"
                >
                  {t(`photos.queue.status.${item.status}`)}
                </Badge>
              </Group>
              <Group gap="xs" grow>
                <NativeSelect
                  aria-label={t('photos.view')}
                  size="xs"
                  value={item.view}
                  disabled={running || item.status === 'done'}
                  onChange={(event) => update(index, { view: event.currentTarget.value as PhotoView })}
                  data={PHOTO_VIEWS.map((v) => ({ value: v, label: t(`photos.views.${v}`) }))}
                  data-testid="photo-queue-view"
                />
                <TextInput
                  aria-label={t('photos.takenOn')}
                  type="date"
                  size="xs"
                  max={today}
                  value={item.takenOn}
                  disabled={running || item.status === 'done'}
                  onChange={(event) => update(index, { takenOn: event.currentTarget.value })}
                  data-testid="photo-queue-taken-on"
                />
              </Group>
              {item.status === 'uploading' && <Progress value={item.progress * 100} size="sm" animated />}
              {item.error && (
                <Text fz="xs" c="red.8" data-testid="photo-queue-error">
                  {item.error}
                </Text>
              )}
            </Stack>
          </Group>
        ))}
        {finished && done > 0 && (
          <Alert
            color={done === items.length ? 'green' : 'yellow'}
            variant="light"
            p="xs"
            data-testid="photo-queue-summary"
          >
            {t('photos.queue.summary', { done, count: items.length })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            onClick={() => void start()}
            loading={running}
            disabled={finished && done === items.length}
            data-testid="photo-queue-submit"
          >
            {items.some((item) => item.status === 'failed')
              ? t('photos.queue.retry')
              : t('photos.queue.submit', { count: items.length })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
