import { and, asc, desc, eq, gt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { users } from '../users/schema.ts';
import type { PlanStatus, Therapy } from './enums.ts';
import { planStatusChanges, provisionPlans } from './schema.ts';

export type PlanRow = typeof provisionPlans.$inferSelect;
export type NewPlanRow = typeof provisionPlans.$inferInsert;
export type PlanStatusChangeRow = typeof planStatusChanges.$inferSelect;

/** A plan of this facility; another facility's is not found. */
export async function findPlan(ex: Executor, facilityId: string, id: string): Promise<PlanRow | undefined> {
  const [row] = await ex
    .select()
    .from(provisionPlans)
    .where(and(eq(provisionPlans.facilityId, facilityId), eq(provisionPlans.id, id)));
  return row;
}

export async function findPlanByNumber(ex: Executor, facilityId: string, planNumber: string) {
  const [row] = await ex
    .select({ id: provisionPlans.id })
    .from(provisionPlans)
    .where(and(eq(provisionPlans.facilityId, facilityId), eq(provisionPlans.planNumber, planNumber)));
  return row;
}

export async function findPlanForUpdate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex
    .select()
    .from(provisionPlans)
    .where(and(eq(provisionPlans.facilityId, facilityId), eq(provisionPlans.id, id)))
    .for('update');
  return row;
}

export type PlanFilter = { status?: PlanStatus | undefined; therapy?: Therapy | undefined };

/** Oldest first by id (UUIDv7: the order they were made), after the cursor's id. */
export function listPlans(
  ex: Executor,
  facilityId: string,
  filter: PlanFilter,
  page: { afterId?: string; limit: number },
) {
  const where: (SQL | undefined)[] = [
    eq(provisionPlans.facilityId, facilityId),
    filter.status ? eq(provisionPlans.status, filter.status) : undefined,
    filter.therapy ? eq(provisionPlans.therapy, filter.therapy) : undefined,
    page.afterId ? gt(provisionPlans.id, page.afterId) : undefined,
  ];
  return ex
    .select()
    .from(provisionPlans)
    .where(and(...where))
    .orderBy(asc(provisionPlans.id))
    .limit(page.limit);
}

/** The facility's plans for a therapy, in any status, with what the gate reads of them. */
export function plansOfTherapy(ex: Executor, facilityId: string, therapy: Therapy) {
  return ex
    .select({
      id: provisionPlans.id,
      status: provisionPlans.status,
      title: provisionPlans.title,
      planNumber: provisionPlans.planNumber,
      coolingOffDays: provisionPlans.coolingOffDays,
    })
    .from(provisionPlans)
    .where(and(eq(provisionPlans.facilityId, facilityId), eq(provisionPlans.therapy, therapy)))
    .orderBy(asc(provisionPlans.id));
}

export async function insertPlan(tx: Executor, row: NewPlanRow): Promise<PlanRow> {
  return onlyRow(await tx.insert(provisionPlans).values(row).returning());
}

export async function updatePlan(tx: Executor, id: string, changes: Partial<NewPlanRow>): Promise<PlanRow> {
  return onlyRow(
    await tx
      .update(provisionPlans)
      .set({ ...changes, ...nextVersion(provisionPlans) })
      .where(eq(provisionPlans.id, id))
      .returning(),
  );
}

export async function insertStatusChange(tx: Executor, row: typeof planStatusChanges.$inferInsert) {
  return onlyRow(await tx.insert(planStatusChanges).values(row).returning());
}

/** A plan's history, newest first, with who changed it. */
export function statusHistory(ex: Executor, planId: string) {
  return ex
    .select({
      id: planStatusChanges.id,
      fromStatus: planStatusChanges.fromStatus,
      toStatus: planStatusChanges.toStatus,
      reason: planStatusChanges.reason,
      effectiveOn: planStatusChanges.effectiveOn,
      changedAt: planStatusChanges.changedAt,
      changedBy: planStatusChanges.changedBy,
      changedByName: users.displayName,
    })
    .from(planStatusChanges)
    .leftJoin(users, eq(users.id, planStatusChanges.changedBy))
    .where(eq(planStatusChanges.planId, planId))
    .orderBy(desc(planStatusChanges.changedAt), desc(planStatusChanges.id));
}
