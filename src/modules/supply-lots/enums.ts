/** What the clinic and the CPC stock (issue 22): kits, drugs, reagents, culture media, consumables. */
export const SUPPLY_KINDS = ['kit', 'drug', 'reagent', 'medium', 'consumable'] as const;
export type SupplyKind = (typeof SUPPLY_KINDS)[number];

/** Where an item must be kept, as its label says (../shared/domain/cellbank.md: temperatures). */
export const STORAGE_CONDITIONS = [
  'room',
  'fridge_2_8',
  'freezer_minus_20',
  'freezer_minus_80',
  'ln2',
] as const;
export type StorageCondition = (typeof STORAGE_CONDITIONS)[number];

/** An item the clinic stops buying is retired: its lots and their uses stay readable. */
export const ITEM_STATUSES = ['active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * A lot arrives in quarantine; QA releases it for use or rejects it (with the reason). Nothing
 * else changes a lot's status: a used-up lot is a released one with no stock left.
 */
export const LOT_STATUSES = ['quarantine', 'released', 'rejected'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

/** A place supplies are kept in; a fridge's temperature rounds are checked against 2–8 °C. */
export const STORAGE_PLACE_KINDS = ['fridge', 'freezer', 'room'] as const;
export type StoragePlaceKind = (typeof STORAGE_PLACE_KINDS)[number];

export const STORAGE_PLACE_STATUSES = ['active', 'retired'] as const;
export type StoragePlaceStatus = (typeof STORAGE_PLACE_STATUSES)[number];

/** What a certificate of analysis may be: read from its bytes, never from the name it came with. */
export const CERTIFICATE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];
