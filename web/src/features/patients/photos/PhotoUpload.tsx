import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Image,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, type InputHTMLAttributes, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { ApiProblem } from '../../../lib/api-problem';
import { DayInput } from '../../../lib/DayInput';
import { formatDate, todayInTokyo } from '../../../lib/datetime';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { useSession } from '../../auth/session';
import { Dropzone } from '../../shell/Dropzone';
import { ProblemAlert } from '../../shell/ProblemAlert';
import type { Assessment } from '../assessments/assessment-form';
import { PhotoUploadQueue } from './PhotoUploadQueue';
import { PHOTO_VIEWS, type Photo, type PhotoView } from './photo-groups';
import { isTooLargePhoto } from './photo-size';
import { useRecordPhoto } from './photos-api';

/** What the server accepts; it tells formats apart by content, this only spares a wasted upload. */
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];
const FIELDS = ['file', 'view', 'takenOn', 'assessmentId', 'note'] as const;

interface PhotoUploadProps {
  patientId: string;
  assessments: Assessment[];
}

/**
 * Dropped or chosen on a desktop, taken with the camera on a tablet. One photo is filled in here;
 * several go to the queue (PhotoUploadQueue), which gives each its view and day.
 */
export function PhotoUpload({ patientId, assessments }: PhotoUploadProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useSession();
  const maxMb = me.limits.photoMaxMb;
  const touch = useMediaQuery('(pointer: coarse), (max-width: 62em)');
  const cameraRef = useRef<HTMLInputElement>(null);
  const today = todayInTokyo();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [rejected, setRejected] = useState(false);
  const [oversize, setOversize] = useState(false);
  const [view, setView] = useState<PhotoView>('front');
  const [queue, setQueue] = useState<File[] | null>(null);
  const [takenOn, setTakenOn] = useState(today);
  // null until chosen: then the assessment of the day the photo was taken, if there is one.
  const [chosenAssessment, setChosenAssessment] = useState<string | null>(null);
  const assessmentId = chosenAssessment ?? assessments.find((a) => a.assessedOn === takenOn)?.id ?? '';

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const upload = useRecordPhoto(patientId);
  const uploaded = (photo: Photo) => {
    notifications.show({
      color: 'green',
      message: t('photos.uploaded', {
        view: t(`photos.views.${photo.view}`),
        date: formatDate(photo.takenOn, language),
      }),
    });
    setFile(null);
  };
  const refused = (error: Error) => {
    // A file the server cannot read as a photo is of no further use: ask for another.
    if (error instanceof ApiProblem && error.errors.some((e) => e.code === 'UNSUPPORTED_IMAGE'))
      setFile(null);
  };

  const choose = (files: File[]) => {
    setRejected(false);
    upload.reset();
    if (files.length > 1) {
      setFile(null);
      setQueue(files);
      return;
    }
    const chosen = files[0] ?? null;
    // Over the server's limit: refused here, before a long upload that could only fail.
    const tooLarge = chosen !== null && isTooLargePhoto(chosen.size, maxMb);
    setOversize(tooLarge);
    setFile(tooLarge ? null : chosen);
  };
  const code = upload.error instanceof ApiProblem ? upload.error.code : undefined;
  const special =
    code === 'PHOTO_ALREADY_UPLOADED'
      ? t('photos.alreadyUploaded')
      : code === 'PAYLOAD_TOO_LARGE'
        ? t('photos.tooLargeLimit', { mb: maxMb })
        : null;
  const server = placeFieldErrors(t, special ? null : upload.error, topLevelField(FIELDS));
  const unsupported =
    upload.error instanceof ApiProblem && upload.error.errors.some((e) => e.code === 'UNSUPPORTED_IMAGE');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ file, view, takenOn, assessmentId }, { onSuccess: uploaded, onError: refused });
  };

  if (queue) {
    return (
      <PhotoUploadQueue
        patientId={patientId}
        files={queue}
        maxMb={maxMb}
        assessmentOn={(date) => assessments.find((a) => a.assessedOn === date)?.id ?? ''}
        onClose={() => setQueue(null)}
      />
    );
  }

  return (
    <Card component="form" onSubmit={submit} noValidate data-testid="photo-upload">
      <Title order={3} fz="md" mb="sm">
        {t('photos.add')}
      </Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Stack gap="xs">
            <Dropzone
              onDrop={choose}
              onReject={() => {
                setFile(null);
                setOversize(false);
                setRejected(true);
              }}
              accept={ACCEPTED}
              multiple
              inputProps={{ 'data-testid': 'photo-file-input' } as InputHTMLAttributes<HTMLInputElement>}
              p="sm"
              data-testid="photo-dropzone"
            >
              {preview && file ? (
                <Stack gap={4} align="center">
                  <Image
                    src={preview}
                    alt={file.name}
                    h={150}
                    w="100%"
                    fit="contain"
                    bg="gray.1"
                    radius="sm"
                  />
                  <Text fz="xs" c="dimmed" truncate maw="100%" data-testid="photo-selected">
                    {t('photos.selected')}: {file.name}
                  </Text>
                </Stack>
              ) : (
                <Stack gap={4} align="center" justify="center" mih={150} style={{ pointerEvents: 'none' }}>
                  <Text fw={600}>{t('photos.dropTitle')}</Text>
                  <Text fz="xs" c="dimmed" ta="center">
                    {t('photos.dropHint')}
                  </Text>
                </Stack>
              )}
            </Dropzone>
            {touch && (
              <>
                <Button variant="light" onClick={() => cameraRef.current?.click()} data-testid="photo-camera">
                  {t('photos.camera')}
                </Button>
                <input
                  ref={cameraRef}
                  type="file"
                  accept="image/*"
                  capture="environment"
                  hidden
                  onChange={(event) => choose([...(event.currentTarget.files ?? [])])}
                  data-testid="photo-camera-input"
                />
              </>
            )}
            {oversize && (
              <Alert color="red" variant="light" p="xs" data-testid="photo-too-large">
                <Text fz="sm">{t('photos.tooLargeLimit', { mb: maxMb })}</Text>
              </Alert>
            )}
            {(rejected || unsupported) && (
              <Alert color="red" variant="light" p="xs" data-testid="photo-rejected">
                <Text fz="sm">{t('photos.rejected')}</Text>
              </Alert>
            )}
            {server.byField.file && !unsupported && (
              <Text fz="sm" c="red.8">
                {server.byField.file}
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap="sm">
            <Stack gap={4}>
              <Text fz="sm" fw={500}>
                {t('photos.view')}
              </Text>
              <SegmentedControl<PhotoView>
                fullWidth
                value={view}
                onChange={setView}
                data={PHOTO_VIEWS.map((v) => ({
                  value: v,
                  label: <span data-testid={`photo-view-${v}`}>{t(`photos.views.${v}`)}</span>,
                }))}
                data-testid="photo-view-select"
              />
              {server.byField.view && (
                <Text fz="xs" c="red.8">
                  {server.byField.view}
                </Text>
              )}
            </Stack>
            <Group grow align="flex-start">
              <DayInput
                label={t('photos.takenOn')}
                value={takenOn}
                maxDate={today}
                onChange={setTakenOn}
                error={server.byField.takenOn}
                required
                testId="photo-taken-on"
              />
              <Select
                label={t('photos.assessment')}
                data={[
                  { value: '', label: t('photos.noAssessment') },
                  ...assessments.map((a) => ({
                    value: a.id,
                    label: t('photos.assessmentOption', {
                      date: formatDate(a.assessedOn, language),
                      region: t(`assessments.regions.${a.region}`),
                    }),
                  })),
                ]}
                value={assessmentId}
                onChange={(value) => setChosenAssessment(value ?? '')}
                allowDeselect={false}
                error={server.byField.assessmentId}
                data-testid="photo-assessment"
              />
            </Group>
            {special && (
              <Alert color="red" variant="light" p="xs" data-testid="photo-upload-error">
                {special}
              </Alert>
            )}
            {!special && !unsupported && (
              <ProblemAlert error={upload.error} unplaced={server.unplaced} testId="photo-upload-error" />
            )}
            <Group justify="space-between" align="center">
              <Text fz="xs" c="dimmed">
                {t('photos.privacy')}
              </Text>
              <Button
                type="submit"
                disabled={!file}
                loading={upload.isPending}
                data-testid="photo-upload-submit"
              >
                {t('photos.submit')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}
