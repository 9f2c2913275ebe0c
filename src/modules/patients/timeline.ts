import { tokyoDateOf } from '../../domain/tokyo-date.ts';
import type { TimelineSource } from '../records/timeline.ts';
import { findPatientsByIds } from './queries.ts';

/** The registry's own entries: when each record (the kept one and any merged into it) was registered. */
export const registrationTimeline: TimelineSource = {
  kind: 'registration',
  permission: 'patients:read',
  async entries(ex, patientIds) {
    return (await findPatientsByIds(ex, patientIds)).map((p) => ({
      at: p.createdAt.toISOString(),
      id: p.id,
      patientId: p.id,
      date: tokyoDateOf(p.createdAt),
      status: p.status,
      author: null,
      summary: { patientNumber: p.patientNumber },
    }));
  },
};
