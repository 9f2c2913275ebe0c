import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessments } from '../assessments/assessments-api';
import type { PatientTabProps } from '../patient-tabs';
import { RecordList } from '../records/RecordList';
import { PhotoComparison } from './PhotoComparison';
import { PhotoSheet } from './PhotoSheet';
import { PhotoUpload } from './PhotoUpload';
import { PhotoViewer } from './PhotoViewer';
import type { Photo } from './photo-groups';
import { usePhotos } from './photos-api';

/** Clinical photos: add one, see them by day and view, and compare before with after. */
export function PhotosTab({ patient, writable }: PatientTabProps) {
  const { t } = useTranslation();
  // The server leaves voided photos out unless asked: off the sheet and the comparison by default.
  const [showVoided, setShowVoided] = useState(false);
  const list = usePhotos(patient.id, showVoided);
  const assessments = useAssessments(patient.id);
  const [open, setOpen] = useState<Photo | null>(null);
  const recorded = <T extends { status: string }>(records: T[]) =>
    records.filter((r) => r.status === 'recorded');
  const photos = recorded(list.data?.pages.flatMap((page) => page.items) ?? []);

  return (
    <RecordList
      list={list}
      emptyText={t('photos.empty')}
      loadMoreText={t('photos.loadMore')}
      showVoided={showVoided}
      onShowVoidedChange={setShowVoided}
      header={
        writable && (
          <PhotoUpload
            patientId={patient.id}
            assessments={recorded(assessments.data?.pages.flatMap((page) => page.items) ?? [])}
          />
        )
      }
      renderAll={(shown) => <PhotoSheet photos={shown} onOpen={setOpen} />}
      footer={
        <>
          {list.isSuccess && <PhotoComparison patientId={patient.id} photos={photos} />}
          {open && <PhotoViewer photo={open} writable={writable} onClose={() => setOpen(null)} />}
        </>
      }
    />
  );
}
