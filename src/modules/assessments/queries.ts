import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import type { DatedCursor } from '../consultations/cursor.ts';
import { users } from '../users/schema.ts';
import { scarAssessments } from './schema.ts';

export type AssessmentRow = typeof scarAssessments.$inferSelect;
export type NewAssessmentRow = typeof scarAssessments.$inferInsert;
/** An assessment as read: with the assessor's name, which nurses cannot look up themselves. */
export type AssessmentView = AssessmentRow & { assessorName: string };

const withAssessorName = { ...getTableColumns(scarAssessments), assessorName: users.displayName };

const selectViews = (db: Executor) =>
  db
    .select(withAssessorName)
    .from(scarAssessments)
    .innerJoin(users, eq(users.id, scarAssessments.assessorId));

export async function insertAssessment(tx: Executor, row: NewAssessmentRow): Promise<AssessmentRow> {
  return onlyRow(await tx.insert(scarAssessments).values(row).returning());
}

export async function findAssessment(
  db: Executor,
  facilityId: string,
  id: string,
): Promise<AssessmentView | undefined> {
  const [row] = await selectViews(db).where(
    and(eq(scarAssessments.id, id), eq(scarAssessments.facilityId, facilityId)),
  );
  return row;
}

export async function findAssessmentForUpdate(
  tx: Executor,
  facilityId: string,
  id: string,
): Promise<AssessmentRow | undefined> {
  const [row] = await tx
    .select()
    .from(scarAssessments)
    .where(and(eq(scarAssessments.id, id), eq(scarAssessments.facilityId, facilityId)))
    .for('update');
  return row;
}

export async function updateAssessmentRow(
  tx: Executor,
  id: string,
  changes: Partial<NewAssessmentRow>,
): Promise<AssessmentRow> {
  return onlyRow(
    await tx
      .update(scarAssessments)
      .set({ ...changes, ...nextVersion(scarAssessments) })
      .where(eq(scarAssessments.id, id))
      .returning(),
  );
}

/** Newest first by the day of the assessment, keyset-paged (consultations/cursor.ts). */
export const listAssessments = (
  db: Executor,
  options: { patientIds: string[]; after?: DatedCursor; limit: number },
) => {
  const { after } = options;
  return selectViews(db)
    .where(
      and(
        inArray(scarAssessments.patientId, options.patientIds),
        after
          ? sql`(${scarAssessments.assessedOn}, ${scarAssessments.id}) < (${after.date}::date, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(scarAssessments.assessedOn), desc(scarAssessments.id))
    .limit(options.limit);
};

export const assessmentsOfPatients = (db: Executor, patientIds: string[]) =>
  patientIds.length === 0
    ? Promise.resolve([])
    : db.select().from(scarAssessments).where(inArray(scarAssessments.patientId, patientIds));

/** The figures the score chart plots, oldest first; voided assessments are not part of the course. */
export const scoreHistory = (db: Executor, patientIds: string[]) =>
  db
    .select({
      assessmentId: scarAssessments.id,
      assessedOn: scarAssessments.assessedOn,
      region: scarAssessments.region,
      goodmanQualitative: scarAssessments.goodmanQualitative,
      goodmanQuantitativeScore: scarAssessments.goodmanQuantitativeScore,
      eccaScore: scarAssessments.eccaScore,
      patientSatisfaction: scarAssessments.patientSatisfaction,
      patientBother: scarAssessments.patientBother,
    })
    .from(scarAssessments)
    .where(and(inArray(scarAssessments.patientId, patientIds), eq(scarAssessments.status, 'recorded')))
    .orderBy(asc(scarAssessments.assessedOn), asc(scarAssessments.id));
