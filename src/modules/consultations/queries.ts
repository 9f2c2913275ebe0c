import { and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { userFacilities, users } from '../users/schema.ts';
import type { DatedCursor } from './cursor.ts';
import type { StaffMember } from './rules.ts';
import { consultations } from './schema.ts';

export type ConsultationRow = typeof consultations.$inferSelect;
export type NewConsultationRow = typeof consultations.$inferInsert;
/** A consultation as read: with the physician's name, which reception and nurses cannot look up. */
export type ConsultationView = ConsultationRow & { physicianName: string };

const withPhysicianName = { ...getTableColumns(consultations), physicianName: users.displayName };

const selectViews = (db: Executor) =>
  db.select(withPhysicianName).from(consultations).innerJoin(users, eq(users.id, consultations.physicianId));

export async function insertConsultation(tx: Executor, row: NewConsultationRow): Promise<ConsultationRow> {
  return onlyRow(await tx.insert(consultations).values(row).returning());
}

export async function findConsultation(
  db: Executor,
  facilityId: string,
  id: string,
): Promise<ConsultationView | undefined> {
  const [row] = await selectViews(db).where(
    and(eq(consultations.id, id), eq(consultations.facilityId, facilityId)),
  );
  return row;
}

export async function findConsultationForUpdate(
  tx: Executor,
  facilityId: string,
  id: string,
): Promise<ConsultationRow | undefined> {
  const [row] = await tx
    .select()
    .from(consultations)
    .where(and(eq(consultations.id, id), eq(consultations.facilityId, facilityId)))
    .for('update');
  return row;
}

export async function updateConsultationRow(
  tx: Executor,
  id: string,
  changes: Partial<NewConsultationRow>,
): Promise<ConsultationRow> {
  return onlyRow(
    await tx
      .update(consultations)
      .set({ ...changes, ...nextVersion(consultations) })
      .where(eq(consultations.id, id))
      .returning(),
  );
}

/** Newest first by the day of the consultation, keyset-paged (cursor.ts). */
export const listConsultations = (
  db: Executor,
  options: { patientIds: string[]; after?: DatedCursor; limit: number },
) => {
  const { after } = options;
  return selectViews(db)
    .where(
      and(
        inArray(consultations.patientId, options.patientIds),
        after
          ? sql`(${consultations.consultedOn}, ${consultations.id}) < (${after.date}::date, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(consultations.consultedOn), desc(consultations.id))
    .limit(options.limit);
};

export const consultationsOfPatients = (db: Executor, patientIds: string[]) =>
  patientIds.length === 0
    ? Promise.resolve([])
    : db.select().from(consultations).where(inArray(consultations.patientId, patientIds));

/**
 * A user as a member of one facility: undefined when they are not one. Used to check who is named
 * as the physician of a consultation or the assessor of a scar assessment.
 */
export async function findFacilityStaff(
  db: Executor,
  facilityId: string,
  userId: string,
): Promise<StaffMember | undefined> {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName, roles: users.roles, active: users.active })
    .from(users)
    .innerJoin(
      userFacilities,
      and(eq(userFacilities.userId, users.id), eq(userFacilities.facilityId, facilityId)),
    )
    .where(eq(users.id, userId));
  return row;
}
