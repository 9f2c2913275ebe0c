import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, ListQuery, listOf, OptionalText, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { ITEM_STATUSES, STORAGE_CONDITIONS, SUPPLY_KINDS } from './enums.ts';
import type { SupplyItemService } from './items.service.ts';
import type { SupplyItemRow } from './queries.ts';

const Name = z.string().trim().min(1).max(200);

export const SupplyItem = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(SUPPLY_KINDS),
    maker: z.string().nullable(),
    gtin: z.string().nullable().describe('GTIN-14 (shorter GTINs padded with zeros)'),
    unit: z.string(),
    storageCondition: z.enum(STORAGE_CONDITIONS),
    reorderLevel: z.number().int().nullable(),
    status: z.enum(ITEM_STATUSES),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SupplyItem' });

const ItemFields = {
  name: Name,
  kind: z.enum(SUPPLY_KINDS),
  maker: OptionalText(200),
  gtin: OptionalText(20).describe('8, 12, 13 or 14 digits; the check digit is verified'),
  unit: z.string().trim().min(1).max(20).describe('What a quantity counts: kit, vial, mL, box'),
  storageCondition: z.enum(STORAGE_CONDITIONS),
  reorderLevel: z.number().int().min(0).max(1_000_000).nullish(),
};
const CreateItem = z.object(ItemFields).strict();
const UpdateItem = z
  .object({
    ...Object.fromEntries(Object.entries(ItemFields).map(([k, s]) => [k, s.optional()])),
    version: Version,
    reason: OptionalText(500),
  })
  .strict() as unknown as z.ZodType<
  Partial<z.infer<typeof CreateItem>> & { version: number; reason?: string | null | undefined }
>;
const Retire = z.object({ version: Version, reason: Reason }).strict();

const ItemListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional().describe('Part of the name or maker'),
  kind: z.enum(SUPPLY_KINDS).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
}).strict();

const BelowReorder = z.object({
  items: z.array(
    z.object({
      item: SupplyItem,
      usableStock: z.number().int().describe('Released, unexpired'),
      stockOnHold: z.number().int().describe('In quarantine, unexpired'),
    }),
  ),
});

export const toItem = (row: SupplyItemRow) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Supply items (issue 22): what the facility stocks. */
export const supplyItemRoutes =
  (items: SupplyItemService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['supplies'];
    const read = { access: 'supplies:read', scope: 'facility' } as const;
    const write = { access: 'supplies:write', scope: 'facility' } as const;

    app.get(
      '/supply-items',
      {
        config: read,
        schema: {
          tags,
          summary: "The facility's supply items, by name",
          querystring: ItemListQuery,
          response: { 200: listOf(SupplyItem) },
        },
      },
      async (request) => {
        const { q, kind, status, ...page } = request.query;
        const list = await items.listItems(requestContext(request), { q, kind, status }, page);
        return { items: list.items.map(toItem), nextCursor: list.nextCursor };
      },
    );

    app.get(
      '/supply-items/below-reorder',
      {
        config: read,
        schema: {
          tags,
          summary: 'Active items whose usable stock is under their reorder level',
          response: { 200: BelowReorder },
        },
      },
      async (request) => {
        const rows = await items.belowReorder(requestContext(request));
        return { items: rows.map((r) => ({ ...r, item: toItem(r.item) })) };
      },
    );

    app.post(
      '/supply-items',
      {
        config: write,
        schema: { tags, summary: 'Add a supply item', body: CreateItem, response: { 201: SupplyItem } },
      },
      async (request, reply) => {
        const item = await items.createItem(requestContext(request), request.body);
        return reply.status(201).header('location', `/api/v1/supply-items/${item.id}`).send(toItem(item));
      },
    );

    app.get(
      '/supply-items/:id',
      {
        config: read,
        schema: { tags, summary: 'One supply item', params: IdParams, response: { 200: SupplyItem } },
      },
      async (request) => toItem(await items.getItem(requestContext(request), request.params.id)),
    );

    app.patch(
      '/supply-items/:id',
      {
        config: write,
        schema: {
          tags,
          summary: 'Change a supply item (not its unit once lots exist)',
          params: IdParams,
          body: UpdateItem,
          response: { 200: SupplyItem },
        },
      },
      async (request) => {
        const { reason, ...changes } = request.body;
        return toItem(
          await items.updateItem(requestContext(request), request.params.id, {
            ...changes,
            reason: reason ?? undefined,
          }),
        );
      },
    );

    app.post(
      '/supply-items/:id/retire',
      {
        config: write,
        schema: {
          tags,
          summary: 'Retire an item: no new lots; its lots and their uses stay',
          params: IdParams,
          body: Retire,
          response: { 200: SupplyItem },
        },
      },
      async (request) =>
        toItem(await items.retireItem(requestContext(request), request.params.id, request.body)),
    );
  };
