import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { searchPatients } from '../patients/queries.ts';
import { type PatientQuery, parsePatientQuery } from '../patients/rules.ts';
import { patients } from '../patients/schema.ts';

/** A patient as the audit screen names them: the number on the card and the name. */
export type PatientDisplay = { id: string; number: string; name: string };

const display = (p: { id: string; patientNumber: string; familyName: string; givenName: string }) => ({
  id: p.id,
  number: p.patientNumber,
  name: `${p.familyName} ${p.givenName}`,
});

/**
 * The patients a page of events is about, in one query for the whole page, and only those of the
 * caller's facility: an event naming another facility's patient shows no name.
 */
export async function patientDisplays(
  db: Executor,
  facilityId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, PatientDisplay>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: patients.id,
      patientNumber: patients.patientNumber,
      familyName: patients.familyName,
      givenName: patients.givenName,
    })
    .from(patients)
    .where(and(eq(patients.facilityId, facilityId), inArray(patients.id, wanted)));
  return new Map(rows.map((row) => [row.id, display(row)]));
}

/**
 * The facility's patients a filter's text names: a patient number (P-000001, p1, 1, 000001) or a
 * name or reading, read as the patient search reads it. Bare digits are only a number here, never
 * part of a phone number. Merged records count: their events stay in the trail.
 */
export async function patientsNamedBy(
  db: Executor,
  facilityId: string,
  text: string,
  limit: number,
): Promise<PatientDisplay[] | undefined> {
  const parsed = parsePatientQuery(text);
  if (!parsed) return undefined;
  const query: PatientQuery =
    parsed.kind === 'numberOrPhone' ? { kind: 'patientNumber', value: parsed.value } : parsed;
  const rows = await searchPatients(db, { facilityId, query, includeMerged: true, limit });
  return rows.map(display);
}
