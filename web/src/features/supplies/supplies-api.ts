import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../lib/api-hooks';
import { api, type Body, data, multipart, type Schemas } from '../../lib/client';

export type SupplyItem = Schemas['SupplyItem'];
export type SupplyLot = Schemas['SupplyLot'];
export type SupplyScan = Schemas['SupplyScan'];
export type StoragePlace = Schemas['StoragePlace'];
export type TemperatureRound = Schemas['TemperatureRound'];
export type LotStatus = SupplyLot['status'];
export type SupplyKind = SupplyItem['kind'];
export type StorageCondition = SupplyItem['storageCondition'];
export type StoragePlaceKind = StoragePlace['kind'];

export const SUPPLY_KINDS: readonly SupplyKind[] = ['kit', 'drug', 'reagent', 'medium', 'consumable'];
export const STORAGE_CONDITIONS: readonly StorageCondition[] = [
  'room',
  'fridge_2_8',
  'freezer_minus_20',
  'freezer_minus_80',
  'ln2',
];
export const LOT_STATUSES: readonly LotStatus[] = ['quarantine', 'released', 'rejected'];
export const STORAGE_PLACE_KINDS: readonly StoragePlaceKind[] = ['fridge', 'freezer', 'room'];
export const LOT_STATUS_COLORS: Record<LotStatus, string> = {
  quarantine: 'yellow',
  released: 'green',
  rejected: 'red',
};

/** Lots expiring within this many days are highlighted in every list (the expiring view's default). */
export const EXPIRING_SOON_DAYS = 30;

export const SUPPLIES_KEY = ['supplies'] as const;
const ITEMS_KEY = [...SUPPLIES_KEY, 'items'] as const;
const LOTS_KEY = [...SUPPLIES_KEY, 'lots'] as const;
const PLACES_KEY = [...SUPPLIES_KEY, 'places'] as const;

/** A clinic stocks tens of items: one page of the largest size holds them all. */
export const useSupplyItems = () =>
  useQuery({
    queryKey: ITEMS_KEY,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/supply-items', { params: { query: { limit: 500 } }, signal })),
    select: (page) => page.items,
  });

export const useBelowReorder = () =>
  useQuery({
    queryKey: [...ITEMS_KEY, 'below-reorder'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/supply-items/below-reorder', { signal })),
    select: (page) => page.items,
  });

export type LotFilter = {
  status?: LotStatus | undefined;
  expiringWithinDays?: number | undefined;
  itemId?: string;
};

/** Lots first to expire first; the first 500 (the screen's filters narrow them). */
export const useSupplyLots = (filter: LotFilter) =>
  useQuery({
    queryKey: [...LOTS_KEY, filter],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/supply-lots', { params: { query: { limit: 500, ...filter } }, signal })),
    select: (page) => page.items,
  });

export const useSupplyLot = (id: string) =>
  useQuery({
    queryKey: [...LOTS_KEY, 'one', id],
    queryFn: ({ signal }) => data(api.GET('/api/v1/supply-lots/{id}', { params: { path: { id } }, signal })),
  });

export const useLotUses = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...LOTS_KEY, 'one', id, 'uses'],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/supply-lots/{id}/uses', { params: { path: { id }, query: { limit: 500 } }, signal }),
      ),
    select: (page) => page.items,
    enabled,
  });

/** What a scanned label says and what the clinic knows of it (GS sent as `<GS>`: the server's edge refuses control characters). */
export const scanLabel = (code: string) =>
  data(api.GET('/api/v1/supply-lots/scan', { params: { query: { code } } }));

export const useSaveItem = () =>
  useChange([SUPPLIES_KEY], (save: { item?: SupplyItem; body: Body<'/api/v1/supply-items'> }) =>
    save.item
      ? data(
          api.PATCH('/api/v1/supply-items/{id}', {
            params: { path: { id: save.item.id } },
            body: { ...save.body, version: save.item.version },
          }),
        )
      : data(api.POST('/api/v1/supply-items', { body: save.body })),
  );

export const useRetireItem = () =>
  useChange([SUPPLIES_KEY], ({ item, reason }: { item: SupplyItem; reason: string }) =>
    data(
      api.POST('/api/v1/supply-items/{id}/retire', {
        params: { path: { id: item.id } },
        body: { version: item.version, reason },
      }),
    ),
  );

export const useReceiveLot = () =>
  useChange([SUPPLIES_KEY], (body: Body<'/api/v1/supply-lots'>) =>
    data(api.POST('/api/v1/supply-lots', { body })),
  );

type LotAction = 'release' | 'reject' | 'stock-count';
export const useLotAction = (action: LotAction) =>
  useChange(
    [SUPPLIES_KEY],
    ({ lot, reason, countedQuantity }: { lot: SupplyLot; reason?: string; countedQuantity?: number }) => {
      const path = { params: { path: { id: lot.id } } };
      const version = lot.version;
      if (action === 'release')
        return data(api.POST('/api/v1/supply-lots/{id}/release', { ...path, body: { version } }));
      if (action === 'reject')
        return data(
          api.POST('/api/v1/supply-lots/{id}/reject', { ...path, body: { version, reason: reason ?? '' } }),
        );
      return data(
        api.POST('/api/v1/supply-lots/{id}/stock-count', {
          ...path,
          body: { version, reason: reason ?? '', countedQuantity: countedQuantity ?? 0 },
        }),
      );
    },
  );

export const useAttachCertificate = () =>
  useChange([SUPPLIES_KEY], ({ lot, file }: { lot: SupplyLot; file: File }) =>
    data(
      api.POST('/api/v1/supply-lots/{id}/certificate', {
        params: { path: { id: lot.id } },
        body: { file: file as unknown as string, name: file.name },
        bodySerializer: (body) => multipart(body as Record<string, string | Blob>),
      }),
    ),
  );

export const useStoragePlaces = () =>
  useQuery({
    queryKey: PLACES_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/storage-places', { params: { query: {} }, signal })),
    select: (page) => page.items,
  });

export const useCreatePlace = () =>
  useChange([PLACES_KEY], (body: Body<'/api/v1/storage-places'>) =>
    data(api.POST('/api/v1/storage-places', { body })),
  );

export const useTakeRound = () =>
  useChange(
    [PLACES_KEY],
    ({
      place,
      body,
    }: {
      place: StoragePlace;
      body: Body<'/api/v1/storage-places/{id}/temperature-rounds'>;
    }) =>
      data(
        api.POST('/api/v1/storage-places/{id}/temperature-rounds', {
          params: { path: { id: place.id } },
          body,
        }),
      ),
  );
