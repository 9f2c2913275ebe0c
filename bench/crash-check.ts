/**
 * What the crash test looks for after each kill, reading the database directly (the server is down):
 * every acknowledged write's row, and the audit event written in the same transaction; every
 * acknowledged read's access-log entry, chained or still pending (a kill leaves it for the next seal).
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { DatabaseHandle } from '../src/db/client.ts';
import { scarAssessments } from '../src/modules/assessments/schema.ts';
import { auditAccessPending, auditEvents } from '../src/modules/audit/schema.ts';
import { consultations } from '../src/modules/consultations/schema.ts';
import { patients } from '../src/modules/patients/schema.ts';
import type { Ack } from './crash-load.ts';

const TABLES = { patient: patients, consultation: consultations, assessment: scarAssessments } as const;
const AUDITED_AS = {
  patient: 'patient',
  consultation: 'consultation',
  assessment: 'scar_assessment',
} as const;

const chunks = <T>(items: T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Answers one line per acknowledged write that is not there, or not as acknowledged. */
export async function missingWrites(handle: DatabaseHandle, acks: Ack[]): Promise<string[]> {
  const { db } = handle;
  const missing: string[] = [];
  for (const kind of ['patient', 'consultation', 'assessment'] as const) {
    const ids = acks.filter((a) => a.kind === kind).map((a) => a.id);
    for (const part of chunks(ids)) {
      const table = TABLES[kind];
      const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, part));
      const audited = await db
        .select({ id: auditEvents.entityId })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, AUDITED_AS[kind]),
            eq(auditEvents.action, 'create'),
            inArray(auditEvents.entityId, part),
          ),
        );
      const found = new Set(rows.map((r) => r.id));
      const inTrail = new Set(audited.map((r) => r.id));
      for (const id of part) {
        if (!found.has(id)) missing.push(`${kind} ${id}: row missing`);
        if (!inTrail.has(id)) missing.push(`${kind} ${id}: audit event missing`);
      }
    }
  }
  // A correction acknowledged as version v: the row is at v or later, with v − 1 update events.
  const latest = new Map<string, number>();
  for (const ack of acks) {
    if (ack.kind === 'patient_update') latest.set(ack.id, Math.max(latest.get(ack.id) ?? 0, ack.version));
  }
  for (const part of chunks([...latest.keys()])) {
    const rows = await db
      .select({ id: patients.id, version: patients.version })
      .from(patients)
      .where(inArray(patients.id, part));
    const updates = await db
      .select({ id: auditEvents.entityId, n: count() })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'patient'),
          eq(auditEvents.action, 'update'),
          inArray(auditEvents.entityId, part),
        ),
      )
      .groupBy(auditEvents.entityId);
    const versions = new Map(rows.map((r) => [r.id, r.version]));
    const updateCounts = new Map(updates.map((r) => [r.id, r.n]));
    for (const id of part) {
      const acked = latest.get(id) ?? 0;
      if ((versions.get(id) ?? 0) < acked)
        missing.push(`patient ${id}: version ${versions.get(id)} < acknowledged ${acked}`);
      if ((updateCounts.get(id) ?? 0) < acked - 1) missing.push(`patient ${id}: update events missing`);
    }
  }
  for (const part of chunks(acks.filter((a) => a.kind === 'read'))) {
    const ids = part.map((a) => a.requestId);
    const logged = new Set<string | null>();
    for (const table of [auditEvents, auditAccessPending]) {
      const rows = await db
        .select({ requestId: table.requestId })
        .from(table)
        .where(and(eq(table.action, 'read'), eq(table.entityType, 'patient'), inArray(table.requestId, ids)));
      for (const row of rows) logged.add(row.requestId);
    }
    for (const read of part) {
      if (!logged.has(read.requestId)) missing.push(`read of patient ${read.id}: access entry missing`);
    }
  }
  return missing;
}
