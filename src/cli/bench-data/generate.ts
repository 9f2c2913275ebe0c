import { and, asc, count, eq, getTableColumns, getTableName, like, sql, type Table } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { tokyoDateOf } from '../../domain/tokyo-date.ts';
import { scarAssessments } from '../../modules/assessments/schema.ts';
import { latestHash, lockChain } from '../../modules/audit/queries.ts';
import { recordAudit } from '../../modules/audit/recorder.ts';
import {
  type ChainedFields,
  canonicalJson,
  chainHash,
  diffRecords,
  GENESIS_HASH,
} from '../../modules/audit/rules.ts';
import { auditEvents } from '../../modules/audit/schema.ts';
import { consultations } from '../../modules/consultations/schema.ts';
import { facilities } from '../../modules/facilities/schema.ts';
import { createFacilityService } from '../../modules/facilities/service.ts';
import { formatPatientNumber, searchKeys } from '../../modules/patients/rules.ts';
import { patientNumberSeq, patients } from '../../modules/patients/schema.ts';
import { publicUser } from '../../modules/users/rules.ts';
import { userFacilities, users } from '../../modules/users/schema.ts';
import { actorLabel, type RequestContext, systemContext } from '../../platform/actor.ts';
import { COMPLAINTS, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './names.ts';

/** Every generated patient carries this note: how bench-data tells its own patients from a clinic's. */
export const BENCH_NOTE = '架空の患者（saisei bench-data が生成）';
export const BENCH_LABEL = 'bench-data';
const BENCH_CLINIC = 'ベンチマーク皮膚科クリニック（架空）';
/** Records per patient: ≈ 77k consultations and as many assessments at 200k patients. */
const RECORD_RATE = 0.385;
const BATCH = 1000;
/** Audit and record rows per INSERT: well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1000;
const HISTORY_YEARS = 5;

export class BenchDataRefused extends Error {}

export type BenchOptions = {
  patients: number;
  facility?: string | undefined;
  /** Called after each batch with the patients written so far. */
  progress?: (done: number, rows: number) => void;
};
export type BenchSummary = {
  facilityId: string;
  facilityName: string;
  patients: number;
  consultations: number;
  assessments: number;
  auditEvents: number;
  firstPatientNumber: string | null;
  lastPatientNumber: string | null;
};

/** A small deterministic generator (mulberry32): the same run makes the same people. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

async function findClinic(db: Database, ctx: RequestContext, name: string | undefined) {
  const rows = await db
    .select({ id: facilities.id, name: facilities.name })
    .from(facilities)
    .where(and(eq(facilities.kind, 'clinic'), name ? eq(facilities.name, name) : undefined))
    .orderBy(asc(facilities.id))
    .limit(1);
  if (rows[0]) return rows[0];
  if (name) throw new BenchDataRefused(`No clinic is named ${name}.`);
  const created = await createFacilityService(db).createFacility(ctx, {
    kind: 'clinic',
    name: BENCH_CLINIC,
    postalCode: '999-9909',
    address: '東京都架空区試験町9-9-9',
    phone: '03-0000-0909',
  });
  return { id: created.id, name: created.name };
}

/** The fictional physicians and nurse the records name: made once, through the audited path. */
async function benchStaff(db: Database, ctx: RequestContext, facilityId: string) {
  const wanted = [
    ['bench-dr-1', '架空 一郎（医師）', ['physician']],
    ['bench-dr-2', '架空 二葉（医師）', ['physician']],
    ['bench-ns-1', '架空 三奈（看護師）', ['nurse']],
  ] as const;
  return inTransaction(db, async (tx) => {
    const found = await tx
      .select({ id: users.id, login: users.login })
      .from(users)
      .where(like(users.login, 'bench-%'));
    const staff: { id: string; login: string }[] = [];
    for (const [login, displayName, roles] of wanted) {
      let user = found.find((u) => u.login === login);
      if (!user) {
        const now = new Date();
        const [row] = await tx
          .insert(users)
          .values({
            id: uuidv7(),
            login,
            displayName,
            roles: [...roles],
            // Not an argon2 hash: no password signs in as these accounts.
            passwordHash: '!bench-data: no sign-in',
            passwordChangedAt: now,
          })
          .returning();
        if (!row) throw new Error('user insert returned no row');
        user = row;
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'user',
          entityId: row.id,
          after: publicUser(row, [facilityId]),
        });
      }
      await tx.insert(userFacilities).values({ userId: user.id, facilityId }).onConflictDoNothing();
      staff.push(user);
    }
    return staff;
  });
}

/** Patients of the facility that bench-data did not make: a real clinic's register. */
export async function foreignPatientCount(db: Database, facilityId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(patients)
    .where(and(eq(patients.facilityId, facilityId), sql`${patients.notes} is distinct from ${BENCH_NOTE}`));
  return row?.n ?? 0;
}

/**
 * Generates a fictional clinic history at scale: patients with consultations and scar assessments,
 * and the audit event each create would have written, chained in JavaScript with the audit module's
 * own chainHash and inserted in bulk (a batch a transaction, holding the chain's lock).
 * Photos are not generated: their rows point to blobs on disk that would have to be made too.
 */
export async function generateBenchData(db: Database, options: BenchOptions): Promise<BenchSummary> {
  const baseCtx = systemContext(BENCH_LABEL);
  const clinic = await findClinic(db, baseCtx, options.facility);
  const foreign = await foreignPatientCount(db, clinic.id);
  if (foreign > 0)
    throw new BenchDataRefused(
      `${clinic.name} has ${foreign} patients that bench-data did not make; generated data goes only into a facility without real patients. Use an empty database (or another facility: --facility NAME).`,
    );
  const ctx = systemContext(BENCH_LABEL, clinic.id);
  const staff = await benchStaff(db, ctx, clinic.id);
  const physicians = staff.filter((s) => s.login.startsWith('bench-dr-'));
  const assessors = staff;
  const label = actorLabel(ctx.actor);

  const summary: BenchSummary = {
    facilityId: clinic.id,
    facilityName: clinic.name,
    patients: 0,
    consultations: 0,
    assessments: 0,
    auditEvents: 0,
    firstPatientNumber: null,
    lastPatientNumber: null,
  };
  const historyStart = Date.now() - HISTORY_YEARS * 365 * 86_400_000;
  const step = (HISTORY_YEARS * 365 * 86_400_000) / Math.max(options.patients, 1);

  for (let start = 0; start < options.patients; start += BATCH) {
    const size = Math.min(BATCH, options.patients - start);
    const rng = random(start + 1);
    await inTransaction(db, async (tx) => {
      // Numbers the way registration takes them: from the sequence, one nextval a patient.
      const numbers = (await tx.execute(
        sql`select nextval(${patientNumberSeq.seqName}) as n from generate_series(1, ${size})`,
      )) as unknown as { rows: { n: string | number }[] };
      const patientRows: (typeof patients.$inferInsert)[] = [];
      const consultationRows: (typeof consultations.$inferInsert)[] = [];
      const assessmentRows: (typeof scarAssessments.$inferInsert)[] = [];
      const events: Omit<ChainedFields, 'id'>[] = [];
      const event = (at: Date, entityType: string, entityId: string, patientId: string, after: object) => {
        const diff = diffRecords(null, after as Record<string, unknown>);
        events.push({
          occurredAt: at.toISOString(),
          facilityId: clinic.id,
          actorType: 'system',
          actorId: null,
          actorLabel: label,
          action: 'create',
          entityType,
          entityId,
          patientId,
          changes: JSON.parse(canonicalJson(diff)) as unknown,
          reason: null,
          requestId: null,
        });
      };
      for (let k = 0; k < size; k++) {
        const i = start + k;
        const at = new Date(Math.round(historyStart + i * step));
        const female = rng.next() < 0.7;
        const [familyName, familyNameKana] = rng.pick(FAMILY_NAMES);
        const [givenName, givenNameKana] = rng.pick(female ? FEMALE_NAMES : MALE_NAMES);
        const birth = `${rng.int(1950, 2006)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
        const phone = `090-0${pad(rng.int(0, 999), 3)}-${pad(rng.int(0, 9999), 4)}`;
        const number = Number(numbers.rows[k]?.n);
        const person = { familyName, givenName, familyNameKana, givenNameKana, phone };
        const patient = {
          id: uuidv7(),
          facilityId: clinic.id,
          patientNumber: formatPatientNumber(number),
          ...person,
          familyNameRomaji: null,
          givenNameRomaji: null,
          birthDate: birth,
          sex: female ? ('female' as const) : ('male' as const),
          email: null,
          postalCode: '999-9909',
          address: `東京都架空区試験町${rng.int(1, 9)}-${rng.int(1, 30)}-${rng.int(1, 20)}`,
          allergies: null,
          medications: null,
          notes: BENCH_NOTE,
          status: 'active' as const,
          mergedIntoId: null,
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
        patientRows.push({ ...patient, ...searchKeys(person) });
        event(at, 'patient', patient.id, patient.id, patient);
        summary.firstPatientNumber ??= patient.patientNumber;
        summary.lastPatientNumber = patient.patientNumber;
        if (rng.next() >= RECORD_RATE) continue;

        const seenAt = new Date(at.getTime() + 20 * 60_000);
        const day = tokyoDateOf(seenAt);
        const consultation = {
          id: uuidv7(),
          facilityId: clinic.id,
          patientId: patient.id,
          status: 'recorded' as const,
          voidReason: null,
          version: 1,
          createdAt: seenAt,
          updatedAt: seenAt,
          consultedOn: day,
          physicianId: rng.pick(physicians).id,
          chiefComplaint: rng.pick(COMPLAINTS),
          acneHistory: '10代から尋常性ざ瘡（架空）',
          priorTreatments: null,
          isotretinoinWithin6Months: false,
          keloidTendency: rng.next() < 0.05,
          anticoagulants: false,
          pregnancy: female ? ('no' as const) : ('not_applicable' as const),
          findings: '両頬に陥凹性瘢痕（架空の記録）',
          plan: rng.pick(['prp', 'fibroblast', 'other', 'none'] as const),
          planNotes: null,
          nextAppointmentAt: null,
        };
        consultationRows.push(consultation);
        event(seenAt, 'consultation', consultation.id, patient.id, consultation);

        const assessedAt = new Date(seenAt.getTime() + 10 * 60_000);
        const qualitative = rng.int(1, 4);
        const assessment = {
          id: uuidv7(),
          facilityId: clinic.id,
          patientId: patient.id,
          status: 'recorded' as const,
          voidReason: null,
          version: 1,
          createdAt: assessedAt,
          updatedAt: assessedAt,
          consultationId: consultation.id,
          assessedOn: day,
          assessorId: rng.pick(assessors).id,
          region: 'whole_face',
          goodmanQualitative: qualitative,
          goodmanCounts: null,
          goodmanAreaCm2: null,
          goodmanQuantitativeScore: null,
          eccaGrades: null,
          eccaScore: null,
          icepickCount: rng.int(0, 20),
          boxcarCount: rng.int(0, 15),
          rollingCount: rng.int(0, 10),
          hypertrophicCount: rng.int(0, 3),
          patientSatisfaction: rng.int(0, 10),
          patientBother: rng.int(0, 10),
          notes: null,
        };
        assessmentRows.push(assessment);
        event(assessedAt, 'scar_assessment', assessment.id, patient.id, assessment);
      }

      await insertRows(tx, patients, patientRows);
      await insertRows(tx, consultations, consultationRows);
      await insertRows(tx, scarAssessments, assessmentRows);
      await insertChained(tx, events);
      summary.patients += patientRows.length;
      summary.consultations += consultationRows.length;
      summary.assessments += assessmentRows.length;
      summary.auditEvents += events.length;
    });
    options.progress?.(
      summary.patients,
      summary.patients + summary.consultations + summary.assessments + summary.auditEvents,
    );
  }
  await db.execute(sql`analyze`);
  return summary;
}

/**
 * Multi-row INSERTs with the values written as literals: Drizzle's insert builder checks every value
 * (a third of the run's CPU), where these rows are made here and hold nothing but generated text,
 * numbers, dates and JSON. Each value goes through its column's own driver mapping (jsonb, dates),
 * then is quoted; standard_conforming_strings is on in both databases, so only ' needs doubling.
 */
async function insertRows<T extends Table>(tx: Transaction, table: T, rows: T['$inferInsert'][]) {
  const first = rows[0];
  if (!first) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(first).filter((key) => columns[key]);
  const names = keys.map((key) => `"${columns[key]?.name}"`).join(', ');
  const literal = (key: string, value: unknown): string => {
    if (value === null || value === undefined) return 'null';
    const mapped = columns[key]?.mapToDriverValue(value) as unknown;
    if (typeof mapped === 'number' || typeof mapped === 'boolean') return String(mapped);
    if (Array.isArray(mapped)) throw new Error(`bench-data cannot write an array literal (${key})`);
    const text = mapped instanceof Date ? mapped.toISOString() : String(mapped);
    return `'${text.replaceAll("'", "''")}'`;
  };
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows
      .slice(i, i + ROWS_PER_INSERT)
      .map((row) => `(${keys.map((key) => literal(key, (row as Record<string, unknown>)[key])).join(', ')})`);
    await tx.execute(sql.raw(`insert into "${getTableName(table)}" (${names}) values ${values.join(',\n')}`));
  }
}

/** The batch's events linked after the newest one, under the chain's lock, hashed by rules.chainHash. */
async function insertChained(tx: Transaction, events: Omit<ChainedFields, 'id'>[]) {
  await lockChain(tx);
  let prevHash = (await latestHash(tx)) ?? GENESIS_HASH;
  const rows = events.map((e) => {
    const fields: ChainedFields = { id: uuidv7(), ...e };
    const hash = chainHash(prevHash, fields);
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await insertRows(tx, auditEvents, rows);
}
