import { and, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { nextVersion, onlyRow } from '../../db/rows.ts';
import { consentDocuments } from './schema.ts';

export type ConsentDocumentRow = typeof consentDocuments.$inferSelect;
export type NewConsentDocumentRow = typeof consentDocuments.$inferInsert;

const ofFacility = (facilityId: string, id: string) =>
  and(eq(consentDocuments.facilityId, facilityId), eq(consentDocuments.id, id));

export async function findDocument(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex.select().from(consentDocuments).where(ofFacility(facilityId, id));
  return row;
}

export async function findDocumentForUpdate(ex: Executor, facilityId: string, id: string) {
  const [row] = await ex.select().from(consentDocuments).where(ofFacility(facilityId, id)).for('update');
  return row;
}

/** Every edition of a plan's document, newest first (a plan has a handful). */
export function documentsOfPlan(ex: Executor, planId: string) {
  return ex
    .select()
    .from(consentDocuments)
    .where(eq(consentDocuments.planId, planId))
    .orderBy(desc(consentDocuments.edition));
}

export async function lastEdition(ex: Executor, planId: string): Promise<number> {
  const [row] = await ex
    .select({ edition: max(consentDocuments.edition) })
    .from(consentDocuments)
    .where(eq(consentDocuments.planId, planId));
  return row?.edition ?? 0;
}

export async function insertDocument(tx: Executor, row: NewConsentDocumentRow) {
  return onlyRow(await tx.insert(consentDocuments).values(row).returning());
}

export async function updateDocument(tx: Executor, id: string, changes: Partial<NewConsentDocumentRow>) {
  return onlyRow(
    await tx
      .update(consentDocuments)
      .set({ ...changes, ...nextVersion(consentDocuments) })
      .where(eq(consentDocuments.id, id))
      .returning(),
  );
}
