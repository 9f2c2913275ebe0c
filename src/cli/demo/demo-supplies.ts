import { createSupplyItemService } from '../../modules/supply-lots/items.service.ts';
import { createSupplyService } from '../../modules/supply-lots/service.ts';
import { createStorageService } from '../../modules/supply-lots/storage.service.ts';
import { addDays, type DemoStep } from './steps.ts';

/**
 * The demo clinic's supplies (docs/supplies.md): a PRP kit, an anticoagulant and a culture medium,
 * lots released, in quarantine and close to expiry, and the treatment-room fridge with a round.
 * Names and numbers are fictional; the GTINs use GS1's example prefix 950 (not assigned to a maker).
 */
export const demoSuppliesStep: DemoStep = {
  name: 'supplies',
  async run(demo) {
    const items = createSupplyItemService(demo.db);
    const lots = createSupplyService(demo.db, demo.blobs);
    const storage = createStorageService(demo.db);
    const ctx = demo.system;
    const fridge = await storage.create(ctx, { name: '処置室 冷蔵庫', kind: 'fridge' });
    await storage.takeRound(ctx, fridge.id, { currentC: 4.8, minC: 3.9, maxC: 6.2 });
    const kit = await items.createItem(ctx, {
      name: 'デモ PRP 調製キット',
      kind: 'kit',
      maker: 'デモメディカル（架空）',
      gtin: '09501101530003',
      unit: 'キット',
      storageCondition: 'room',
      reorderLevel: 5,
    });
    const acd = await items.createItem(ctx, {
      name: 'デモ 抗凝固剤 ACD-A',
      kind: 'drug',
      gtin: '09501101530010',
      unit: '本',
      storageCondition: 'room',
      reorderLevel: 10,
    });
    const medium = await items.createItem(ctx, {
      name: 'デモ 線維芽細胞培養培地',
      kind: 'medium',
      unit: 'mL',
      storageCondition: 'fridge_2_8',
      reorderLevel: 1000,
    });
    const received = [
      {
        itemId: kit.id,
        lotNumber: 'DK2401',
        expiresOn: addDays(demo.today, 300),
        quantityReceived: 4,
        release: true,
      },
      {
        itemId: kit.id,
        lotNumber: 'DK2402',
        expiresOn: addDays(demo.today, 420),
        quantityReceived: 10,
        release: false,
      },
      {
        itemId: acd.id,
        lotNumber: 'DA0917',
        expiresOn: addDays(demo.today, 20),
        quantityReceived: 20,
        release: true,
      },
      {
        itemId: medium.id,
        lotNumber: 'DM-5510',
        expiresOn: addDays(demo.today, 90),
        quantityReceived: 2000,
        release: true,
        storagePlaceId: fridge.id,
      },
    ];
    for (const { release, ...lot } of received) {
      const made = await lots.receive(ctx, { ...lot, receivedOn: addDays(demo.today, -7) });
      if (release) await lots.release(ctx, made.id, { version: made.version });
    }
    return `3 supply items, ${received.length} lots`;
  },
};
