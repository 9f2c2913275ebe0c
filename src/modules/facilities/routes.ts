import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, ListQuery, listOf, OptionalText, Reason, Version } from '../../platform/http-schemas.ts';
import { requestContext } from '../../platform/request-context.ts';
import { FACILITY_KINDS } from './enums.ts';
import type { FacilityRow } from './queries.ts';
import type { FacilityService } from './service.ts';

const Facility = z
  .object({
    id: z.uuid(),
    kind: z.enum(FACILITY_KINDS),
    name: z.string(),
    nameKana: z.string().nullable(),
    postalCode: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    isbt128Fin: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    administratorName: z.string().nullable(),
    planNumbers: z.array(z.string()),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Facility' });

const FacilityFields = z.object({
  name: z.string().trim().min(1).max(200),
  nameKana: OptionalText(200),
  postalCode: OptionalText(10),
  address: OptionalText(500),
  phone: OptionalText(30),
  isbt128Fin: OptionalText(5).describe('ISBT 128 Facility Identification Number, e.g. A9999'),
  registrationNumber: OptionalText(50),
  administratorName: OptionalText(100),
  planNumbers: z.array(z.string().trim().min(1).max(30)).max(20).optional(),
});

const CreateFacility = FacilityFields.extend({ kind: z.enum(FACILITY_KINDS) }).strict();
const UpdateFacility = FacilityFields.partial().extend({ version: Version, reason: Reason }).strict();

const toFacility = (row: FacilityRow) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const facilityRoutes =
  (facilities: FacilityService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['facilities'];

    app.get(
      '',
      {
        config: { access: 'facilities:read', scope: 'facility' },
        schema: {
          tags,
          summary: 'The facilities you belong to, oldest first (each read and changed while working in it)',
          querystring: ListQuery.strict(),
          response: { 200: listOf(Facility) },
        },
      },
      async (request) => {
        const page = await facilities.listFacilities(requestContext(request), request.query);
        return { items: page.items.map(toFacility), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/:id',
      {
        config: { access: 'facilities:read', scope: 'facility' },
        schema: {
          tags,
          summary: 'Read the facility you are working in',
          params: IdParams,
          response: { 200: Facility },
        },
      },
      async (request) => toFacility(await facilities.getFacility(requestContext(request), request.params.id)),
    );

    app.post(
      '',
      {
        config: { access: 'facilities:manage', scope: 'global' },
        schema: {
          tags,
          summary: 'Register a facility; you become its first member and administrator',
          body: CreateFacility,
          response: { 201: Facility },
        },
      },
      async (request, reply) => {
        const facility = await facilities.registerFacility(requestContext(request), request.body);
        return reply
          .status(201)
          .header('location', `/api/v1/facilities/${facility.id}`)
          .send(toFacility(facility));
      },
    );

    app.patch(
      '/:id',
      {
        config: { access: 'facilities:manage', scope: 'facility' },
        schema: {
          tags,
          summary: 'Correct the facility you are working in',
          params: IdParams,
          body: UpdateFacility,
          response: { 200: Facility },
        },
      },
      async (request) =>
        toFacility(await facilities.updateFacility(requestContext(request), request.params.id, request.body)),
    );
  };
