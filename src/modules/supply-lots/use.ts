import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client.ts';
import type { FieldError } from '../../domain/field-error.ts';
import { actorId, type RequestContext } from '../../platform/actor.ts';
import { AppError, conflict, validationFailed } from '../../platform/errors.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import * as q from './queries.ts';
import { type LotRefusalCode, lotRefusal, quantityProblem } from './rules.ts';

/** One lot a procedure uses: how much of it, and the request field that named it (for the error). */
export interface LotUse {
  lotId: string;
  quantity: number;
  field: string;
}

/** The record that used the lots: its type and id, its patient, and the day (YYYY-MM-DD, Tokyo). */
export interface LotUseFor {
  entityType: string;
  entityId: string;
  patientId?: string;
  usedOn: string;
}

/** What the procedure keeps of each lot it used (its record can show them without a join). */
export type UsedSupplyLot = {
  lotId: string;
  lotNumber: string;
  itemName: string;
  expiresOn: string;
  quantity: number;
};

/** One refusal of one lot, as the 409's `reasons` lists them. */
export type LotUseReason = {
  code: LotRefusalCode;
  message: string;
  field: string;
  lotId: string;
  lotNumber: string;
  itemName: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records that a procedure used these lots, inside the procedure's transaction (issue 22): locks
 * each lot (this facility's only: another facility's lot is 422 LOT_NOT_FOUND, as if it did not
 * exist), refuses with a 409 (LOT_EXPIRED, LOT_NOT_RELEASED, LOT_STOCK_EXHAUSTED; every problem of
 * every lot in `reasons`, the first as the code) before writing anything, then takes the quantities
 * off the stock, writes one supply_lot_uses row per use and one audit event per lot.
 *
 * The work runs in a savepoint of `tx`, so a caller that catches the refusal keeps nothing of it.
 */
export async function useSupplyLots(
  tx: Executor,
  ctx: RequestContext,
  uses: readonly LotUse[],
  usedFor: LotUseFor,
): Promise<UsedSupplyLot[]> {
  if (uses.length === 0) return [];
  const facilityId = facilityIdOf(ctx);
  const malformed = uses.flatMap((use) => quantityProblem(use.field, use.quantity, 1) ?? []);
  if (malformed.length > 0) throw validationFailed(malformed);
  return tx.transaction(async (inner) => {
    const ids = [...new Set(uses.map((u) => u.lotId).filter((id) => UUID.test(id)))];
    const lots = new Map(
      (ids.length > 0 ? await q.lotsForUse(inner, facilityId, ids) : []).map((l) => [l.id, l]),
    );
    const missing: FieldError[] = uses
      .filter((use) => !lots.has(use.lotId))
      .map((use) => ({
        path: use.field,
        code: 'LOT_NOT_FOUND',
        message: 'No lot of this facility has this id.',
      }));
    if (missing.length > 0) throw new AppError(422, 'LOT_NOT_FOUND', 'A lot named was not found.', missing);

    // Several uses of one lot in one procedure draw on the same stock, in the order given.
    const asked = new Map<string, number>();
    const reasons: LotUseReason[] = [];
    for (const use of uses) {
      const lot = lots.get(use.lotId);
      if (!lot) continue;
      const before = asked.get(lot.id) ?? 0;
      asked.set(lot.id, before + use.quantity);
      const left = { ...lot, quantityRemaining: lot.quantityRemaining - before };
      for (const refusal of lotRefusal(left, usedFor.usedOn, use.quantity)) {
        reasons.push({
          ...refusal,
          message: `${lot.itemName}: ${refusal.message}`,
          field: use.field,
          lotId: lot.id,
          lotNumber: lot.lotNumber,
          itemName: lot.itemName,
        });
      }
    }
    const [first] = reasons;
    if (first) {
      throw conflict(
        first.code,
        first.message,
        reasons.map((r) => ({ path: r.field, code: r.code, message: r.message })),
        { reasons },
      );
    }

    const usedBy = ctx.actor.kind === 'user' ? actorId(ctx.actor) : null;
    await q.insertLotUses(
      inner,
      uses.map((use) => ({
        id: uuidv7(),
        facilityId,
        lotId: use.lotId,
        quantity: use.quantity,
        entityType: usedFor.entityType,
        entityId: usedFor.entityId,
        field: use.field,
        patientId: usedFor.patientId ?? null,
        usedOn: usedFor.usedOn,
        usedBy,
      })),
    );
    for (const [lotId, quantity] of asked) {
      const lot = lots.get(lotId);
      if (!lot) continue;
      const after = await q.takeFromStock(inner, lotId, quantity);
      await recordAudit(inner, ctx, {
        action: 'use',
        entityType: 'supply_lot',
        entityId: lotId,
        patientId: usedFor.patientId ?? null,
        before: { quantityRemaining: lot.quantityRemaining, version: lot.version },
        after,
        details: {
          usedFor: usedFor.entityType,
          usedForId: usedFor.entityId,
          quantity,
          usedOn: usedFor.usedOn,
        },
      });
    }
    return uses.map((use) => {
      const lot = lots.get(use.lotId);
      if (!lot) throw new Error('a lot checked above is gone');
      return {
        lotId: lot.id,
        lotNumber: lot.lotNumber,
        itemName: lot.itemName,
        expiresOn: lot.expiresOn,
        quantity: use.quantity,
      };
    });
  });
}
