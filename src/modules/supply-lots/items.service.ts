import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/keyset-cursor.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import type { StorageCondition, SupplyKind } from './enums.ts';
import * as q from './queries.ts';
import { gtinOf } from './rules.ts';

export type ItemInput = {
  name: string;
  kind: SupplyKind;
  maker?: string | null | undefined;
  gtin?: string | null | undefined;
  unit: string;
  storageCondition: StorageCondition;
  reorderLevel?: number | null | undefined;
};
export type ItemChanges = Partial<ItemInput> & { version: number; reason?: string | undefined };

type Page = { limit: number; cursor?: string | undefined };

const itemCursor = keysetCursor('uuid');
const stale = () => conflict('STALE_VERSION', 'The item was changed by someone else. Reload and try again.');

export type SupplyItemService = ReturnType<typeof createSupplyItemService>;

/** The items the facility stocks (issue 22): by name, with a checked GTIN; retired, never deleted. */
export function createSupplyItemService(db: Database) {
  function checkedGtin(gtin: string | null | undefined): string | null | undefined {
    if (gtin == null) return gtin;
    const result = gtinOf(gtin);
    if ('problem' in result) throw validationFailed([result.problem]);
    return result.gtin;
  }

  async function gtinTaken(
    tx: Transaction,
    facilityId: string,
    gtin: string | null | undefined,
    id?: string,
  ) {
    if (!gtin) return;
    const holder = await q.findItemByGtin(tx, facilityId, gtin);
    if (holder && holder.id !== id) {
      throw conflict('GTIN_TAKEN', `The item ${holder.name} has this GTIN.`, [
        { path: 'gtin', code: 'GTIN_TAKEN', message: holder.name },
      ]);
    }
  }

  async function itemForChange(tx: Transaction, ctx: RequestContext, id: string, version: number) {
    const item = await q.findItem(tx, facilityIdOf(ctx), id, true);
    if (!item) throw notFound('Supply item');
    if (item.version !== version) throw stale();
    if (item.status === 'retired') throw conflict('ITEM_RETIRED', 'A retired item is kept as it was.');
    return item;
  }

  return {
    async listItems(ctx: RequestContext, filter: q.ItemFilter, page: Page) {
      const afterId = itemCursor.decode(page.cursor)?.[0];
      const rows = await q.listItems(db, facilityIdOf(ctx), filter, { afterId, limit: page.limit + 1 });
      return itemCursor.page(rows, page.limit, (r) => [r.id]);
    },

    async getItem(ctx: RequestContext, id: string) {
      const item = await q.findItem(db, facilityIdOf(ctx), id);
      if (!item) throw notFound('Supply item');
      return item;
    },

    createItem(ctx: RequestContext, input: ItemInput) {
      const facilityId = facilityIdOf(ctx);
      const gtin = checkedGtin(input.gtin) ?? null;
      return inTransaction(db, async (tx) => {
        await gtinTaken(tx, facilityId, gtin);
        const item = await q.insertItem(tx, { ...input, gtin, id: uuidv7(), facilityId, status: 'active' });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'supply_item',
          entityId: item.id,
          after: item,
        });
        return item;
      });
    },

    updateItem(ctx: RequestContext, id: string, changes: ItemChanges) {
      const { version, reason, ...fields } = changes;
      const gtin = checkedGtin(fields.gtin);
      return inTransaction(db, async (tx) => {
        const current = await itemForChange(tx, ctx, id, version);
        await gtinTaken(tx, current.facilityId, gtin, id);
        if (fields.unit !== undefined && fields.unit !== current.unit && (await q.itemHasLots(tx, id))) {
          throw conflict(
            'UNIT_IN_USE',
            'Lots of this item are counted in its unit; add a new item instead.',
            [{ path: 'unit', code: 'UNIT_IN_USE', message: current.unit }],
          );
        }
        const updated = await q.updateItem(tx, id, { ...fields, ...(gtin !== undefined ? { gtin } : {}) });
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'supply_item',
          entityId: id,
          before: current,
          after: updated,
          reason: reason ?? null,
        });
        return updated;
      });
    },

    /** No more lots are received; those in stock stay usable and every record stays readable. */
    retireItem(ctx: RequestContext, id: string, change: { version: number; reason: string }) {
      return inTransaction(db, async (tx) => {
        const current = await itemForChange(tx, ctx, id, change.version);
        const updated = await q.updateItem(tx, id, { status: 'retired' });
        await recordAudit(tx, ctx, {
          action: 'retire',
          entityType: 'supply_item',
          entityId: id,
          before: current,
          after: updated,
          reason: change.reason,
        });
        return updated;
      });
    },

    /** Items whose usable stock (released, unexpired) is under their reorder level. */
    async belowReorder(ctx: RequestContext) {
      const rows = await q.itemStock(db, facilityIdOf(ctx), todayInTokyo());
      return rows
        .filter((r) => r.usable < (r.item.reorderLevel ?? 0))
        .map((r) => ({ item: r.item, usableStock: r.usable, stockOnHold: r.onHold }));
    },
  };
}
