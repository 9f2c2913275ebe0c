import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { tokyoDateOf } from '../../domain/tokyo-date.ts';
import type { TimelineSource } from '../records/timeline.ts';
import { findPatientsByIds, type PatientRow } from './queries.ts';
import { patients } from './schema.ts';

export type RecentPatient = { patient: PatientRow; lastSeenOn: string };

/**
 * The patient list before anything is typed: the patients with the latest day on record, newest
 * first — registered, consulted, assessed or photographed — so today's patients come first and a
 * returning patient seen today is not buried under last month's registrations. Registration alone
 * would miss the returning patient; a record alone would miss the one just registered at the desk.
 * Each source answers its own newest days, so the work stays bounded by `limit` per source.
 */
export async function recentPatients(
  ex: Executor,
  facilityId: string,
  sources: TimelineSource[],
  limit: number,
): Promise<RecentPatient[]> {
  const registered = await ex
    .select({ patientId: patients.id, createdAt: patients.createdAt })
    .from(patients)
    .where(and(eq(patients.facilityId, facilityId), eq(patients.status, 'active')))
    .orderBy(desc(patients.createdAt))
    .limit(limit);
  const latest = new Map<string, string>();
  const seen = (patientId: string, day: string) => {
    const known = latest.get(patientId);
    if (!known || known < day) latest.set(patientId, day);
  };
  for (const row of registered) seen(row.patientId, tokyoDateOf(row.createdAt));
  for (const source of sources) {
    for (const row of (await source.latestDays?.(ex, facilityId, limit)) ?? []) seen(row.patientId, row.day);
  }
  const rows = new Map((await findPatientsByIds(ex, [...latest.keys()])).map((p) => [p.id, p]));
  return (
    [...latest]
      .map(([id, lastSeenOn]) => ({ patient: rows.get(id), lastSeenOn }))
      // A record of a patient merged away or of another facility is not listed.
      .filter(
        (r): r is RecentPatient => r.patient?.status === 'active' && r.patient.facilityId === facilityId,
      )
      .sort(
        (a, b) =>
          b.lastSeenOn.localeCompare(a.lastSeenOn) ||
          b.patient.createdAt.getTime() - a.patient.createdAt.getTime(),
      )
      .slice(0, limit)
  );
}
