import type { TimelineSource } from '../patients/timeline.ts';

/** This module's entries on the patient timeline. */
export const photoTimeline: TimelineSource = async () => [];
