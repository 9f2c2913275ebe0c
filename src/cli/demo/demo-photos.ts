import { PHOTO_VIEWS, type PhotoView } from '../../modules/photos/enums.ts';
import { createPhotoService } from '../../modules/photos/service.ts';
import { demoImage } from './demo-image.ts';
import type { DemoStep } from './steps.ts';

/** Patients 0–2 have every view before and after; patient 3 the front view only. */
const VIEWS_BY_PATIENT: Record<number, readonly PhotoView[]> = {
  0: PHOTO_VIEWS,
  1: PHOTO_VIEWS,
  2: PHOTO_VIEWS,
  3: ['front'],
};

/**
 * Before and after: each view on the day of the first assessment and of the latest, linked to it,
 * uploaded through the photo service as the nurse (prepared, stored and audited as any upload).
 */
export const demoPhotosStep: DemoStep = {
  name: 'photos',
  async run(demo) {
    const nurse = demo.staff.nurse;
    if (!nurse) throw new Error('the demo staff step runs before the photos');
    const photos = createPhotoService(demo.db, demo.blobs);
    let uploaded = 0;
    for (const patient of demo.patients) {
      const views = VIEWS_BY_PATIENT[patient.index];
      const series = demo.assessments.get(patient.index) ?? [];
      const before = series[0];
      const after = series[series.length - 1];
      if (!views || !before || !after || before === after) continue;
      for (const visit of [before, after]) {
        for (const view of views) {
          const image = await demoImage({
            seed: patient.index,
            view,
            takenOn: visit.assessedOn,
            scars: visit.scars,
          });
          await photos.upload(
            nurse,
            patient.id,
            { view, takenOn: visit.assessedOn, assessmentId: visit.id, note: 'デモ画像（架空の人物）' },
            image,
          );
          uploaded += 1;
        }
      }
    }
    return `${uploaded} photos`;
  },
};
