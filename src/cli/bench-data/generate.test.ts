import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { scarAssessments } from '../../modules/assessments/schema.ts';
import { auditEvents } from '../../modules/audit/schema.ts';
import { verifyAuditChain } from '../../modules/audit/verify.ts';
import { consultations } from '../../modules/consultations/schema.ts';
import { createConsultationService } from '../../modules/consultations/service.ts';
import { patients } from '../../modules/patients/schema.ts';
import { createPatientService } from '../../modules/patients/service.ts';
import { systemContext } from '../../platform/actor.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { BENCH_NOTE, generateBenchData } from './generate.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const rowsOf = async (table: typeof patients | typeof consultations | typeof scarAssessments) =>
  (await database.db.select({ n: count() }).from(table))[0]?.n ?? 0;

it('generates patients, records and their chained audit events that search and verify accept', async () => {
  const { db } = database;
  const seen: number[] = [];
  const summary = await generateBenchData(db, { patients: 300, progress: (done) => seen.push(done) });
  expect(seen.at(-1)).toBe(300);
  expect(await rowsOf(patients)).toBe(300);
  expect(summary.consultations).toBeGreaterThan(70);
  expect(summary.consultations).toBeLessThan(170);
  expect(await rowsOf(consultations)).toBe(summary.consultations);
  expect(await rowsOf(scarAssessments)).toBe(summary.assessments);
  expect(summary.assessments).toBe(summary.consultations);
  expect(summary.firstPatientNumber).toBe('P-000001');
  expect(summary.lastPatientNumber).toBe('P-000300');
  // One create event a record, the clinic and its three fictional staff.
  const [audited] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'create'));
  expect(audited?.n).toBe(300 + 2 * summary.consultations + 1 + 3);

  const ctx = systemContext('test', summary.facilityId);
  const service = createPatientService(db);
  const found = await service.searchPatients(ctx, { q: 'やま', limit: 50 });
  expect(found.items.length).toBeGreaterThan(0);
  for (const p of found.items) expect(p.familyNameKana.startsWith('やま')).toBe(true);
  const byKanji = await service.searchPatients(ctx, { q: '山田', limit: 5 });
  expect(byKanji.items.every((p) => p.familyName === '山田' && p.familyNameKana === 'やまだ')).toBe(true);
  // The records read back through their own module.
  const withRecords = await db.select({ id: consultations.patientId }).from(consultations).limit(1);
  const listed = await createConsultationService(db).list(ctx, withRecords[0]?.id ?? '', { limit: 10 });
  expect(listed.items.length).toBe(1);

  // A second run continues the numbers, and the chain stays whole.
  const more = await generateBenchData(db, { patients: 20 });
  expect(more.firstPatientNumber).toBe('P-000301');
  expect(more.facilityId).toBe(summary.facilityId);
  const verified = await verifyAuditChain(db);
  expect(verified.ok).toBe(true);
  expect(verified.checked).toBeGreaterThan(300 + 2 * summary.consultations);
});

it('refuses a facility holding patients it did not make', async () => {
  const { db } = database;
  await db.update(patients).set({ notes: null }).where(eq(patients.notes, BENCH_NOTE));
  await expect(generateBenchData(db, { patients: 10 })).rejects.toThrow(
    /patients that bench-data did not make/,
  );
});

it('fills only a clinic named by --facility that exists', async () => {
  await expect(generateBenchData(database.db, { patients: 1, facility: 'どこにもない医院' })).rejects.toThrow(
    /No clinic is named/,
  );
});
