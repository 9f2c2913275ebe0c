import { recordTimeline } from '../records/timeline.ts';
import { photoQueries } from './queries.ts';

/** One entry per photo, on the day it was taken. No image here: which view, for clinical readers only. */
export const photoTimeline = recordTimeline(photoQueries, {
  kind: 'photo',
  permission: 'clinical:read',
  summary: (p) => ({ view: p.view, photoId: p.id, assessmentId: p.assessmentId }),
});
