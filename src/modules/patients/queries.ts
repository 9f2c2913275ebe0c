import { and, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.ts';
import { isTransaction, preparedOnce } from '../../db/prepared.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { type PatientQuery, searchesBySubstring } from './rules.ts';
import { patientNumberSeq, patients } from './schema.ts';

export type PatientRow = typeof patients.$inferSelect;
export type NewPatientRow = typeof patients.$inferInsert;

export async function nextPatientNumber(tx: Executor): Promise<number> {
  // Both drivers answer with `rows`; the value is a bigint, sent as text.
  const result = (await tx.execute(sql`select nextval(${patientNumberSeq.seqName}) as n`)) as unknown as {
    rows: { n: string | number }[];
  };
  return Number(result.rows[0]?.n);
}

export async function insertPatient(tx: Executor, row: NewPatientRow): Promise<PatientRow> {
  return onlyRow(await tx.insert(patients).values(row).returning());
}

export async function findPatient(
  db: Executor,
  facilityId: string,
  id: string,
): Promise<PatientRow | undefined> {
  const [row] = isTransaction(db)
    ? await db
        .select()
        .from(patients)
        .where(and(eq(patients.id, id), eq(patients.facilityId, facilityId)))
    : await patientById(db as Database).execute({ facilityId, id });
  return row;
}

/** The hot read of one patient (GET /patients/{id}), built once per database handle. */
const patientById = preparedOnce((db: Database) =>
  db
    .select()
    .from(patients)
    .where(
      and(eq(patients.id, sql.placeholder('id')), eq(patients.facilityId, sql.placeholder('facilityId'))),
    )
    .prepare('patient_by_id'),
);

export async function findPatientForUpdate(
  tx: Executor,
  facilityId: string,
  id: string,
): Promise<PatientRow | undefined> {
  const [row] = await tx
    .select()
    .from(patients)
    .where(and(eq(patients.id, id), eq(patients.facilityId, facilityId)))
    .for('update');
  return row;
}

export async function updatePatientRow(
  tx: Executor,
  id: string,
  changes: Partial<NewPatientRow>,
): Promise<PatientRow> {
  return onlyRow(
    await tx
      .update(patients)
      .set({ ...changes, ...nextVersion(patients) })
      .where(eq(patients.id, id))
      .returning(),
  );
}

/**
 * Serialises registrations that share a duplicate key for the rest of the transaction, so the check
 * and the insert are one decision (issue 18: racing submits made several records). 7302 is this
 * lock's class; the key's hash may collide with another key's, which only makes them wait.
 */
export async function lockDuplicateKey(
  tx: Executor,
  facilityId: string,
  key: { kanaKey: string; birthDate: string },
): Promise<void> {
  const text = `${facilityId}|${key.kanaKey}|${key.birthDate}`;
  await tx.execute(sql`select pg_advisory_xact_lock(7302, hashtext(${text}))`);
}

export const findPossibleDuplicates = (
  db: Executor,
  facilityId: string,
  key: { kanaKey: string; birthDate: string },
  exceptId?: string,
) =>
  db
    .select({
      id: patients.id,
      patientNumber: patients.patientNumber,
      familyName: patients.familyName,
      givenName: patients.givenName,
      familyNameKana: patients.familyNameKana,
      givenNameKana: patients.givenNameKana,
      birthDate: patients.birthDate,
      phone: patients.phone,
    })
    .from(patients)
    .where(
      and(
        eq(patients.facilityId, facilityId),
        eq(patients.kanaKey, key.kanaKey),
        eq(patients.birthDate, key.birthDate),
        eq(patients.status, 'active'),
        exceptId ? ne(patients.id, exceptId) : undefined,
      ),
    );

/** Patients merged into `id`, whose histories show on its timeline. */
export async function mergedIdsOf(db: Executor, id: string): Promise<string[]> {
  const rows = await db.select({ id: patients.id }).from(patients).where(eq(patients.mergedIntoId, id));
  return rows.map((r) => r.id);
}

const kanaC = sql`${patients.kanaKey} collate "C"`;
const nameC = sql`${patients.nameKey} collate "C"`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const phoneContains = (digits: string) => sql`${patients.phoneDigits} like ${`%${escapeLike(digits)}%`}`;

function matches(query: PatientQuery): SQL | undefined {
  switch (query.kind) {
    case 'patientNumber':
      return eq(patients.patientNumber, query.value);
    case 'birthDate':
      return eq(patients.birthDate, query.value);
    case 'phone':
      return phoneContains(query.digits);
    case 'numberOrPhone':
      return query.digits
        ? or(eq(patients.patientNumber, query.value), phoneContains(query.digits))
        : eq(patients.patientNumber, query.value);
    case 'kana':
      return searchesBySubstring(query.key)
        ? sql`${patients.kanaKey} like ${`%${escapeLike(query.key)}%`}`
        : sql`${kanaC} like ${`${escapeLike(query.key)}%`}`;
    case 'name':
      if (searchesBySubstring(query.key))
        return sql`${patients.nameKey} like ${`%${escapeLike(query.key)}%`}`;
      // One or two characters: a kanji family-name prefix. Romaji that short says too little to
      // search on, and a leading wildcard would read every row.
      return /^[ -~]+$/.test(query.key) ? sql`false` : sql`${nameC} like ${`${escapeLike(query.key)}%`}`;
  }
}

const walksReadingOrder = (query: PatientQuery | undefined) =>
  !query || (query.kind === 'kana' && !searchesBySubstring(query.key));

export type PatientCursor = { kanaKey: string; id: string };

/** In reading order (あいうえお), keyset-paged so page 100 costs what page 1 does. */
export function searchPatients(
  db: Executor,
  options: {
    facilityId: string;
    query?: PatientQuery;
    includeMerged: boolean;
    after?: PatientCursor;
    limit: number;
  },
) {
  const { after } = options;
  // Only a kana prefix (or no query) walks the reading-order index. Any other search orders by an
  // expression that index cannot serve, so the planner takes the matching index and sorts the
  // matches, instead of walking the whole name index hoping to meet 50 matches early (measured:
  // 40–50 ms at 100k patients before; bench/patient-search.ts).
  const order = walksReadingOrder(options.query) ? kanaC : sql`(${patients.kanaKey} || '') collate "C"`;
  return db
    .select()
    .from(patients)
    .where(
      and(
        eq(patients.facilityId, options.facilityId),
        options.includeMerged ? undefined : eq(patients.status, 'active'),
        options.query ? matches(options.query) : undefined,
        after ? sql`(${order}, ${patients.id}) > (${after.kanaKey} collate "C", ${after.id})` : undefined,
      ),
    )
    .orderBy(order, patients.id)
    .limit(options.limit);
}

export const findPatientsByIds = (db: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select().from(patients).where(inArray(patients.id, ids));
