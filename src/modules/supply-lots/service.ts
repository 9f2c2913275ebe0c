import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { parseGs1 } from '../../domain/gs1.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { actorId, type RequestContext } from '../../platform/actor.ts';
import { BlobCorruptedError, type BlobStore } from '../../platform/blob-store.ts';
import { AppError, conflict, type FieldError, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAccess } from '../audit/access.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import * as q from './queries.ts';
import { addDays, certificateTypeOf, daysBetween, receiptProblems } from './rules.ts';
import { findPlace } from './storage.queries.ts';

export { type LotUse, type LotUseFor, type UsedSupplyLot, useSupplyLots } from './use.ts';

export type ReceiveLot = {
  itemId: string;
  lotNumber: string;
  expiresOn: string;
  quantityReceived: number;
  receivedOn?: string | undefined;
  storagePlaceId?: string | null | undefined;
  note?: string | null | undefined;
};
export type LotChanges = {
  version: number;
  reason: string;
  lotNumber?: string | undefined;
  expiresOn?: string | undefined;
  storagePlaceId?: string | null | undefined;
  note?: string | null | undefined;
};
type Page = { limit: number; cursor?: string | undefined };

/** What a reader sees of a lot: the row, its item, and how far it is from its expiry today. */
export function presentLot(view: q.LotView, today = todayInTokyo()) {
  const { lot } = view;
  return {
    ...lot,
    itemName: view.itemName,
    itemKind: view.itemKind,
    unit: view.unit,
    gtin: view.gtin,
    storagePlaceName: view.storagePlaceName,
    receivedByName: view.receivedByName,
    decidedByName: view.decidedByName,
    daysToExpiry: daysBetween(today, lot.expiresOn),
    expired: lot.expiresOn < today,
    certificate: lot.certificateHash
      ? {
          type: lot.certificateType,
          size: lot.certificateSize,
          name: lot.certificateName,
          uploadedAt: lot.certificateUploadedAt,
          url: `/api/v1/supply-lots/${lot.id}/certificate`,
        }
      : null,
  };
}
export type LotPresented = ReturnType<typeof presentLot>;

const lotCursor = keysetCursor('date', 'uuid');
const useCursor = keysetCursor('uuid');

const userOf = (ctx: RequestContext) => (ctx.actor.kind === 'user' ? actorId(ctx.actor) : null);
const stale = (what: string) =>
  conflict('STALE_VERSION', `The ${what} was changed by someone else. Reload and try again.`);

export type SupplyService = ReturnType<typeof createSupplyService>;

export function createSupplyService(db: Database, blobs: BlobStore) {
  async function lotForChange(tx: Transaction, ctx: RequestContext, id: string, version?: number) {
    const lot = await q.findLotForUpdate(tx, facilityIdOf(ctx), id);
    if (!lot) throw notFound('Supply lot');
    if (version !== undefined && lot.version !== version) throw stale('lot');
    return lot;
  }

  /** A storage place named by a lot is an active one of this facility. */
  async function checkPlace(tx: Transaction, facilityId: string, placeId: string | null | undefined) {
    if (!placeId) return;
    const place = await findPlace(tx, facilityId, placeId);
    if (place?.status !== 'active') {
      throw validationFailed([
        {
          path: 'storagePlaceId',
          code: 'STORAGE_PLACE_NOT_FOUND',
          message: 'Name an active storage place of this facility.',
        },
      ]);
    }
  }

  async function lotNumberTaken(
    tx: Transaction,
    facilityId: string,
    itemId: string,
    lotNumber: string,
    id?: string,
  ) {
    const holder = await q.findLotByNumber(tx, facilityId, itemId, lotNumber);
    if (holder && holder.id !== id) {
      throw conflict('LOT_NUMBER_TAKEN', 'This lot of this item is already received.', [
        { path: 'lotNumber', code: 'LOT_NUMBER_TAKEN', message: holder.id },
      ]);
    }
  }

  async function presentedLot(tx: Transaction | Database, ctx: RequestContext, id: string) {
    const view = await q.findLotView(tx, facilityIdOf(ctx), id);
    if (!view) throw notFound('Supply lot');
    return presentLot(view);
  }

  /** The lot after a change: its decision or count, audited with the fields that moved. */
  async function changeLot(
    tx: Transaction,
    ctx: RequestContext,
    current: q.SupplyLotRow,
    changes: Partial<q.NewSupplyLotRow>,
    audit: {
      action: 'update' | 'release' | 'reject' | 'adjust_stock' | 'attach_certificate';
      reason?: string | null;
      details?: Record<string, unknown>;
    },
  ) {
    const updated = await q.updateLot(tx, current.id, changes);
    await recordAudit(tx, ctx, {
      ...audit,
      entityType: 'supply_lot',
      entityId: current.id,
      before: current,
      after: updated,
    });
    return presentedLot(tx, ctx, current.id);
  }

  return {
    async listLots(
      ctx: RequestContext,
      filter: Omit<q.LotFilter, 'expiringBy'> & { expiringWithinDays?: number | undefined },
      page: Page,
    ) {
      const today = todayInTokyo();
      const after = lotCursor.decode(page.cursor);
      const { expiringWithinDays, ...rest } = filter;
      const expiringBy = expiringWithinDays === undefined ? undefined : addDays(today, expiringWithinDays);
      const rows = await q.listLots(
        db,
        facilityIdOf(ctx),
        { ...rest, expiringBy },
        { after, limit: page.limit + 1 },
      );
      const { items, nextCursor } = lotCursor.page(rows, page.limit, (r) => [r.lot.expiresOn, r.lot.id]);
      return { items: items.map((r) => presentLot(r, today)), nextCursor };
    },

    getLot: (ctx: RequestContext, id: string) => presentedLot(db, ctx, id),

    /** A lot arrives in quarantine until QA releases it (issue 22). */
    receive(ctx: RequestContext, input: ReceiveLot) {
      const facilityId = facilityIdOf(ctx);
      const receivedOn = input.receivedOn ?? todayInTokyo();
      const problems = receiptProblems({ expiresOn: input.expiresOn, receivedOn }, todayInTokyo());
      if (problems.length > 0) throw validationFailed(problems);
      return inTransaction(db, async (tx) => {
        const item = await q.findItem(tx, facilityId, input.itemId);
        if (!item) {
          throw validationFailed([
            { path: 'itemId', code: 'ITEM_NOT_FOUND', message: 'No item of this facility has this id.' },
          ]);
        }
        if (item.status === 'retired') {
          throw conflict('ITEM_RETIRED', `${item.name} is retired: no new lots are received.`, [
            { path: 'itemId', code: 'ITEM_RETIRED', message: item.name },
          ]);
        }
        await checkPlace(tx, facilityId, input.storagePlaceId);
        await lotNumberTaken(tx, facilityId, item.id, input.lotNumber);
        const lot = await q.insertLot(tx, {
          id: uuidv7(),
          facilityId,
          itemId: item.id,
          lotNumber: input.lotNumber,
          expiresOn: input.expiresOn,
          quantityReceived: input.quantityReceived,
          quantityRemaining: input.quantityReceived,
          receivedOn,
          receivedBy: userOf(ctx),
          status: 'quarantine',
          storagePlaceId: input.storagePlaceId ?? null,
          note: input.note ?? null,
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'supply_lot',
          entityId: lot.id,
          after: lot,
        });
        return presentedLot(tx, ctx, lot.id);
      });
    },

    /** A correction of what was typed at receipt (a lot number, an expiry, where it is kept), with why. */
    correctLot(ctx: RequestContext, id: string, changes: LotChanges) {
      const { version, reason, ...fields } = changes;
      return inTransaction(db, async (tx) => {
        const current = await lotForChange(tx, ctx, id, version);
        const problems = receiptProblems(
          { expiresOn: fields.expiresOn ?? current.expiresOn, receivedOn: current.receivedOn },
          todayInTokyo(),
        );
        if (problems.length > 0) throw validationFailed(problems);
        await checkPlace(tx, current.facilityId, fields.storagePlaceId);
        if (fields.lotNumber !== undefined)
          await lotNumberTaken(tx, current.facilityId, current.itemId, fields.lotNumber, id);
        return changeLot(tx, ctx, current, fields, { action: 'update', reason });
      });
    },

    /** QA releases a lot in quarantine for use (not an expired one). */
    release(ctx: RequestContext, id: string, change: { version: number; note?: string | null | undefined }) {
      return inTransaction(db, async (tx) => {
        const current = await lotForChange(tx, ctx, id, change.version);
        if (current.status !== 'quarantine') {
          throw conflict(
            'LOT_NOT_IN_QUARANTINE',
            `The lot is ${current.status}; only a lot in quarantine is released.`,
          );
        }
        if (current.expiresOn < todayInTokyo())
          throw conflict('LOT_EXPIRED', `The lot expired on ${current.expiresOn}.`);
        return changeLot(
          tx,
          ctx,
          current,
          {
            status: 'released',
            decidedBy: userOf(ctx),
            decidedAt: new Date(),
            decisionReason: change.note ?? null,
          },
          { action: 'release', reason: change.note ?? null },
        );
      });
    },

    /** QA rejects a lot, in quarantine or already released (a recall), with the reason: final. */
    reject(ctx: RequestContext, id: string, change: { version: number; reason: string }) {
      return inTransaction(db, async (tx) => {
        const current = await lotForChange(tx, ctx, id, change.version);
        if (current.status === 'rejected') throw conflict('LOT_REJECTED', 'The lot is already rejected.');
        return changeLot(
          tx,
          ctx,
          current,
          {
            status: 'rejected',
            decidedBy: userOf(ctx),
            decidedAt: new Date(),
            decisionReason: change.reason,
          },
          { action: 'reject', reason: change.reason },
        );
      });
    },

    /** A stock count: the counted quantity becomes the stock, the difference is kept with why. */
    adjustStock(
      ctx: RequestContext,
      id: string,
      change: { version: number; countedQuantity: number; reason: string },
    ) {
      return inTransaction(db, async (tx) => {
        const current = await lotForChange(tx, ctx, id, change.version);
        await q.insertAdjustment(tx, {
          id: uuidv7(),
          facilityId: current.facilityId,
          lotId: id,
          previousQuantity: current.quantityRemaining,
          countedQuantity: change.countedQuantity,
          reason: change.reason,
          adjustedBy: userOf(ctx),
        });
        return changeLot(
          tx,
          ctx,
          current,
          { quantityRemaining: change.countedQuantity },
          {
            action: 'adjust_stock',
            reason: change.reason,
            details: { previous: current.quantityRemaining, counted: change.countedQuantity },
          },
        );
      });
    },

    /** The certificate of analysis: PDF, PNG or JPEG by its bytes, kept in the blob store. */
    async attachCertificate(ctx: RequestContext, id: string, file: Buffer, name: string | null | undefined) {
      const type = certificateTypeOf(file);
      if (!type) {
        throw validationFailed([
          {
            path: 'file',
            code: 'UNSUPPORTED_FILE_TYPE',
            message: 'A certificate is a PDF, PNG or JPEG file.',
            in: 'body',
          },
        ]);
      }
      // Refuse another facility's lot before storing anything.
      if (!(await q.findLotView(db, facilityIdOf(ctx), id))) throw notFound('Supply lot');
      const stored = await blobs.put(file);
      return inTransaction(db, async (tx) => {
        const current = await lotForChange(tx, ctx, id);
        return changeLot(
          tx,
          ctx,
          current,
          {
            certificateHash: stored.hash,
            certificateType: type,
            certificateSize: stored.size,
            certificateName: name ?? null,
            certificateUploadedBy: userOf(ctx),
            certificateUploadedAt: new Date(),
          },
          { action: 'attach_certificate' },
        );
      });
    },

    async certificate(ctx: RequestContext, id: string) {
      const view = await q.findLotView(db, facilityIdOf(ctx), id);
      const { lot } = view ?? {};
      if (!lot?.certificateHash || !lot.certificateType) throw notFound('Certificate of analysis');
      let bytes: Buffer | undefined;
      try {
        bytes = await blobs.get(lot.certificateHash);
      } catch (error) {
        if (!(error instanceof BlobCorruptedError)) throw error;
        throw new AppError(
          500,
          'CERTIFICATE_FILE_CORRUPTED',
          `The stored certificate of lot ${lot.id} failed its integrity check.`,
        );
      }
      if (!bytes)
        throw new AppError(
          500,
          'CERTIFICATE_FILE_MISSING',
          `The stored certificate of lot ${lot.id} is missing.`,
        );
      return { bytes, type: lot.certificateType, hash: lot.certificateHash, lotNumber: lot.lotNumber };
    },

    /** Which procedures used a lot, for which patients (a recall): logged as a read of each patient. */
    usesOf(ctx: RequestContext, id: string, page: Page) {
      const before = useCursor.decode(page.cursor)?.[0];
      return inTransaction(db, async (tx) => {
        if (!(await q.findLotView(tx, facilityIdOf(ctx), id))) throw notFound('Supply lot');
        const rows = await q.usesOfLot(tx, id, { before, limit: page.limit + 1 });
        const result = useCursor.page(rows, page.limit, (r) => [r.id]);
        await recordAccess(tx, ctx, {
          action: 'read',
          entityType: 'supply_lot_uses',
          entityId: id,
          details: { patientIds: [...new Set(result.items.flatMap((r) => r.patientId ?? []))] },
        });
        return result;
      });
    },

    /**
     * What a scanned GS1 label says, and what the facility knows of it: the item by its GTIN and the
     * lot by its number when already received, else what to fill in.
     */
    async scan(ctx: RequestContext, code: string) {
      const parsed = parseGs1(code, todayInTokyo());
      if (!parsed.ok) {
        throw validationFailed(
          parsed.problems.map((p): FieldError => ({ ...p, in: 'querystring' })),
          'The scanned code is not a GS1 element string this reader knows.',
        );
      }
      const { label } = parsed;
      const facilityId = facilityIdOf(ctx);
      const item = label.gtin ? ((await q.findItemByGtin(db, facilityId, label.gtin)) ?? null) : null;
      const found =
        item && label.lotNumber
          ? await q.findLotByNumber(db, facilityId, item.id, label.lotNumber)
          : undefined;
      const lot = found ? await presentedLot(db, ctx, found.id) : null;
      return {
        gtin: label.gtin,
        lotNumber: label.lotNumber,
        expiresOn: label.expiresOn,
        productionDate: label.productionDate,
        serial: label.serial,
        elements: label.elements,
        item,
        lot,
      };
    },
  };
}
