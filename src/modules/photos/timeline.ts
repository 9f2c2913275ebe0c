import type { TimelineSource } from '../patients/timeline.ts';
import { photosOfPatients } from './queries.ts';
import { timelineInstant } from './rules.ts';

/**
 * One entry per photo, on the day it was taken; a voided one stays, marked. No image here: the
 * timeline is open to reception, the images only to clinical staff.
 */
export const photoTimeline: TimelineSource = async (db, patientIds) =>
  (await photosOfPatients(db, patientIds)).map((p) => ({
    at: timelineInstant(p.takenOn, p.createdAt),
    kind: 'photo',
    id: p.id,
    patientId: p.patientId,
    summary: {
      takenOn: p.takenOn,
      view: p.view,
      photoId: p.id,
      assessmentId: p.assessmentId,
      status: p.status,
    },
  }));
