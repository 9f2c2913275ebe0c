import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateOnly, IdParams, Instant, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { STORAGE_PLACE_KINDS, STORAGE_PLACE_STATUSES } from './enums.ts';
import type { RoundPresented, StorageService } from './storage.service.ts';

const Celsius = z.number().min(-200).max(100).describe('°C, one decimal kept');

const TemperatureRound = z
  .object({
    id: z.uuid(),
    storagePlaceId: z.uuid(),
    takenAt: z.string(),
    currentC: z.number(),
    minC: z.number(),
    maxC: z.number(),
    outOfRange: z.boolean().describe('A fridge reading outside 2–8 °C'),
    note: z.string().nullable(),
    takenBy: z.uuid().nullable(),
    takenByName: z.string().nullable(),
  })
  .meta({ id: 'TemperatureRound' });

const StoragePlace = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(STORAGE_PLACE_KINDS),
    status: z.enum(STORAGE_PLACE_STATUSES),
    latestRound: TemperatureRound.nullable(),
    roundTakenToday: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StoragePlace' });

const CreatePlace = z
  .object({ name: z.string().trim().min(1).max(100), kind: z.enum(STORAGE_PLACE_KINDS) })
  .strict();
const UpdatePlace = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    kind: z.enum(STORAGE_PLACE_KINDS).optional(),
    version: Version,
  })
  .strict();
const TakeRound = z
  .object({
    takenAt: Instant.optional().describe('Default: now'),
    currentC: Celsius,
    minC: Celsius.describe("The day's minimum on the min/max thermometer"),
    maxC: Celsius.describe("The day's maximum on the min/max thermometer"),
    note: z.string().trim().max(1000).nullish().describe('Required when out of range: the action taken'),
  })
  .strict();
const RoundsQuery = z
  .object({
    from: DateOnly.optional().describe('Default: 30 days before to'),
    to: DateOnly.optional().describe('Default: today'),
  })
  .strict();

const toRound = (r: RoundPresented) => ({ ...r, takenAt: r.takenAt.toISOString() });
type PlaceView = Awaited<ReturnType<StorageService['get']>>;
const toPlace = (p: PlaceView) => ({
  ...p,
  latestRound: p.latestRound && toRound(p.latestRound),
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

/** Storage places and their temperature rounds (issue 22). */
export const storageRoutes =
  (storage: StorageService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['supplies'];
    const read = { access: 'supplies:read', scope: 'facility' } as const;
    const write = { access: 'supplies:write', scope: 'facility' } as const;

    app.get(
      '/storage-places',
      {
        config: read,
        schema: {
          tags,
          summary: 'Storage places by name, each with its latest temperature round',
          querystring: z.object({ status: z.enum(STORAGE_PLACE_STATUSES).optional() }).strict(),
          response: { 200: z.object({ items: z.array(StoragePlace) }) },
        },
      },
      async (request) => ({
        items: (await storage.list(requestContext(request), request.query.status)).map(toPlace),
      }),
    );

    app.post(
      '/storage-places',
      {
        config: write,
        schema: { tags, summary: 'Add a storage place', body: CreatePlace, response: { 201: StoragePlace } },
      },
      async (request, reply) => {
        const place = await storage.create(requestContext(request), request.body);
        return reply
          .status(201)
          .header('location', `/api/v1/storage-places/${place.id}`)
          .send(toPlace(place));
      },
    );

    app.get(
      '/storage-places/:id',
      {
        config: read,
        schema: { tags, summary: 'One storage place', params: IdParams, response: { 200: StoragePlace } },
      },
      async (request) => toPlace(await storage.get(requestContext(request), request.params.id)),
    );

    app.patch(
      '/storage-places/:id',
      {
        config: write,
        schema: {
          tags,
          summary: 'Rename a storage place or change its kind',
          params: IdParams,
          body: UpdatePlace,
          response: { 200: StoragePlace },
        },
      },
      async (request) =>
        toPlace(await storage.update(requestContext(request), request.params.id, request.body)),
    );

    app.post(
      '/storage-places/:id/retire',
      {
        config: write,
        schema: {
          tags,
          summary: 'Retire a storage place (its rounds stay)',
          params: IdParams,
          body: z.object({ version: Version, reason: Reason }).strict(),
          response: { 200: StoragePlace },
        },
      },
      async (request) =>
        toPlace(await storage.retire(requestContext(request), request.params.id, request.body)),
    );

    app.get(
      '/storage-places/:id/temperature-rounds',
      {
        config: read,
        schema: {
          tags,
          summary: 'Temperature rounds of a place, newest first',
          params: IdParams,
          querystring: RoundsQuery,
          response: { 200: z.object({ items: z.array(TemperatureRound) }) },
        },
      },
      async (request) => ({
        items: (await storage.rounds(requestContext(request), request.params.id, request.query)).map(toRound),
      }),
    );

    app.post(
      '/storage-places/:id/temperature-rounds',
      {
        config: write,
        schema: {
          tags,
          summary:
            "Record a round: current, the day's min and max; a fridge outside 2–8 °C is flagged and needs the action taken",
          params: IdParams,
          body: TakeRound,
          response: { 201: TemperatureRound },
        },
      },
      async (request, reply) => {
        const round = await storage.takeRound(requestContext(request), request.params.id, request.body);
        return reply.status(201).send(toRound(round));
      },
    );
  };
