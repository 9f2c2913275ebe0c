import { Alert, Button, Group, Skeleton, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { api, data } from '../../../lib/client';
import { formatDate } from '../../../lib/datetime';
import { problemMessage } from '../../../lib/problems';
import { can, useSession } from '../../auth/session';
import { useAssessments } from '../assessments/assessments-api';
import { patientKey } from '../patients-api';
import { VoidRecordDialog } from '../VoidRecordDialog';
import { PhotoComparison } from './PhotoComparison';
import { PhotoSheet } from './PhotoSheet';
import { PhotoUpload } from './PhotoUpload';
import { PhotoViewer } from './PhotoViewer';
import type { Photo } from './photo-groups';
import { usePhotos } from './photos-api';

/** Clinical photos: add one, see them by day and view, and compare before with after. */
export function PhotosTab({ patientId, writable }: { patientId: string; writable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const list = usePhotos(patientId);
  const assessments = useAssessments(patientId);
  const [open, setOpen] = useState<Photo | null>(null);
  const [voiding, setVoiding] = useState<Photo | null>(null);
  const canWrite = writable && can(me, 'clinical:write');
  const photos = list.data?.pages.flatMap((page) => page.items) ?? [];
  const recordedAssessments = (assessments.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (a) => a.status === 'recorded',
  );

  return (
    <Stack gap="md" data-testid="photos-tab">
      {canWrite && <PhotoUpload patientId={patientId} assessments={recordedAssessments} />}
      {list.isPending && <Skeleton h={160} />}
      {list.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, list.error)}
        </Alert>
      )}
      {list.isSuccess && (
        <>
          <PhotoSheet photos={photos} onOpen={setOpen} />
          {list.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void list.fetchNextPage()}
                loading={list.isFetchingNextPage}
              >
                {t('photos.loadMore')}
              </Button>
            </Group>
          )}
          <PhotoComparison patientId={patientId} photos={photos} />
        </>
      )}
      {open && (
        <PhotoViewer
          photo={open}
          canVoid={canWrite}
          onVoid={() => {
            setVoiding(open);
            setOpen(null);
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {voiding && (
        <VoidRecordDialog
          title={t('photos.voidTitle')}
          subject={`${t(`photos.views.${voiding.view}`)} · ${formatDate(voiding.takenOn, language, 'long')}`}
          onVoid={(reason) =>
            data(
              api.POST('/api/v1/photos/{id}/void', {
                params: { path: { id: voiding.id } },
                body: { reason, version: voiding.version },
              }),
            )
          }
          onDone={() => void queryClient.invalidateQueries({ queryKey: patientKey(patientId) })}
          onClose={() => setVoiding(null)}
        />
      )}
    </Stack>
  );
}
