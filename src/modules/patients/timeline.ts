import type { Executor } from '../../db/client.ts';
import { findPatientsByIds } from './queries.ts';

/** One thing that happened to a patient, as the timeline screen lists it. */
export type TimelineEntry = {
  at: string;
  kind: string;
  id: string;
  patientId: string;
  summary: Record<string, unknown>;
};

/** Each module that keeps patient records contributes its entries (consultations, photos, consents, …). */
export type TimelineSource = (db: Executor, patientIds: string[]) => Promise<TimelineEntry[]>;

/** The registry's own entries: when each record (the kept one and any merged into it) was registered. */
const registrations: TimelineSource = async (db, patientIds) =>
  (await findPatientsByIds(db, patientIds)).map((p) => ({
    at: p.createdAt.toISOString(),
    kind: 'registration',
    id: p.id,
    patientId: p.id,
    summary: { patientNumber: p.patientNumber, status: p.status },
  }));

export async function buildTimeline(
  db: Executor,
  patientIds: string[],
  sources: TimelineSource[],
): Promise<TimelineEntry[]> {
  const lists: TimelineEntry[][] = [];
  // One source at a time: inside a transaction PGlite runs one statement at a time anyway.
  for (const source of [registrations, ...sources]) lists.push(await source(db, patientIds));
  return lists.flat().sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : b.at.localeCompare(a.at)));
}
