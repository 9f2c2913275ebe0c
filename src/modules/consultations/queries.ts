import { recordQueries } from '../records/queries.ts';
import { consultations } from './schema.ts';

/** A consultation's day is the day the patient was seen; its author, the physician. */
export const consultationQueries = recordQueries(consultations, {
  day: 'consultedOn',
  author: 'physicianId',
});
