import { recordTimeline } from '../records/timeline.ts';
import { consultationQueries } from './queries.ts';

const COMPLAINT_LENGTH = 80;

const shorten = (text: string) =>
  [...text].length > COMPLAINT_LENGTH ? `${[...text].slice(0, COMPLAINT_LENGTH - 1).join('')}…` : text;

/**
 * This module's entries on the patient timeline. Their content is clinical: a reader without
 * clinical:read (reception) sees that a consultation took place, when and with whom, not what was
 * said. The screening answers stay off it in any case: they are read, and logged, with the record.
 */
export const consultationTimeline = recordTimeline(consultationQueries, {
  kind: 'consultation',
  permission: 'clinical:read',
  summary: (c) => ({
    plan: c.plan,
    chiefComplaint: shorten(c.chiefComplaint),
    nextAppointmentAt: c.nextAppointmentAt?.toISOString() ?? null,
  }),
});
