import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { onlyRow } from '../../db/rows.ts';
import { consentDocuments } from '../consents/schema.ts';
import { provisionPlans } from '../plans/schema.ts';
import { recordQueries } from '../records/queries.ts';
import type { ConsentScope } from './enums.ts';
import { scopesInForce } from './rules.ts';
import { consentSignatures, consentWithdrawals, patientConsents } from './schema.ts';

/** A consent's day is the day it was signed; its author, the physician who explained. */
export const consentQueries = recordQueries(patientConsents, { day: 'consentedOn', author: 'explainedBy' });

export type ConsentRow = typeof patientConsents.$inferSelect;
export type WithdrawalRow = typeof consentWithdrawals.$inferSelect;

export async function insertSignature(ex: Executor, row: typeof consentSignatures.$inferInsert) {
  return onlyRow(
    await ex.insert(consentSignatures).values(row).returning({ consentId: consentSignatures.consentId }),
  );
}

/** The signature of a consent of this facility. */
export async function findSignature(ex: Executor, facilityId: string, consentId: string) {
  const [row] = await ex
    .select({
      mediaType: consentSignatures.mediaType,
      image: consentSignatures.image,
      imageHash: consentSignatures.imageHash,
      patientId: patientConsents.patientId,
    })
    .from(consentSignatures)
    .innerJoin(patientConsents, eq(patientConsents.id, consentSignatures.consentId))
    .where(and(eq(consentSignatures.consentId, consentId), eq(patientConsents.facilityId, facilityId)));
  return row;
}

export async function insertWithdrawal(ex: Executor, row: typeof consentWithdrawals.$inferInsert) {
  return onlyRow(await ex.insert(consentWithdrawals).values(row).returning());
}

/** The withdrawals of one consent, oldest first. */
export function withdrawalsOf(ex: Executor, consentId: string) {
  return ex
    .select()
    .from(consentWithdrawals)
    .where(eq(consentWithdrawals.consentId, consentId))
    .orderBy(consentWithdrawals.withdrawnOn, consentWithdrawals.id);
}

/** What the gate reads of these patients' consents: each not voided, with its document's standing. */
export function consentsForGate(ex: Executor, facilityId: string, patientIds: string[]) {
  return ex
    .select({
      id: patientConsents.id,
      planId: patientConsents.planId,
      consentedOn: patientConsents.consentedOn,
      treatmentWithdrawnOn: patientConsents.treatmentWithdrawnOn,
      documentStatus: consentDocuments.status,
      edition: consentDocuments.edition,
    })
    .from(patientConsents)
    .innerJoin(consentDocuments, eq(consentDocuments.id, patientConsents.documentId))
    .where(
      and(
        eq(patientConsents.facilityId, facilityId),
        inArray(patientConsents.patientId, patientIds),
        eq(patientConsents.status, 'recorded'),
      ),
    );
}

/** The withdrawals of these patients that decided what becomes of their stored lots, newest first. */
export function lotDecidingWithdrawals(ex: Executor, facilityId: string, patientIds: string[]) {
  return ex
    .select({
      id: consentWithdrawals.id,
      consentId: consentWithdrawals.consentId,
      withdrawnOn: consentWithdrawals.withdrawnOn,
      defaultLotDecision: consentWithdrawals.defaultLotDecision,
      lotDecisions: consentWithdrawals.lotDecisions,
    })
    .from(consentWithdrawals)
    .innerJoin(patientConsents, eq(patientConsents.id, consentWithdrawals.consentId))
    .where(
      and(
        eq(consentWithdrawals.facilityId, facilityId),
        inArray(consentWithdrawals.patientId, patientIds),
        eq(patientConsents.status, 'recorded'),
        isNotNull(consentWithdrawals.defaultLotDecision),
      ),
    )
    .orderBy(desc(consentWithdrawals.withdrawnOn), desc(consentWithdrawals.id));
}

/** The edition and therapy of each document named (consents say "同意書（第N版）" on the timeline). */
export function editionsOf(ex: Executor, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([]);
  return ex
    .select({
      documentId: consentDocuments.id,
      edition: consentDocuments.edition,
      therapy: provisionPlans.therapy,
    })
    .from(consentDocuments)
    .innerJoin(provisionPlans, eq(provisionPlans.id, consentDocuments.planId))
    .where(inArray(consentDocuments.id, documentIds));
}

/**
 * Which of these patients hold a consent (recorded, not voided) that still has `scope` in force:
 * agreed and not withdrawn since (rules.ts scopesInForce). The site's before/after cases ask this
 * for photo_advertising when placed and again each time the page is shown.
 */
export async function patientsWithScopeInForce(
  ex: Executor,
  facilityId: string,
  patientIds: string[],
  scope: ConsentScope,
): Promise<Set<string>> {
  if (patientIds.length === 0) return new Set();
  const rows = await ex
    .select()
    .from(patientConsents)
    .where(
      and(
        eq(patientConsents.facilityId, facilityId),
        inArray(patientConsents.patientId, patientIds),
        eq(patientConsents.status, 'recorded'),
      ),
    );
  return new Set(
    rows
      .filter((row) => scopesInForce(row, [{ scopes: row.withdrawnScopes }]).includes(scope))
      .map((row) => row.patientId),
  );
}
