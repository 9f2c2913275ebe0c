import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../platform/actor.ts';
import { DateOnly, IdParams, ListQuery, listOf, Reason, Version } from '../../platform/http-schemas.ts';
import type { Permission } from '../../platform/permissions.ts';
import { requestContext } from '../../platform/request-context.ts';
import { RECORD_STATUSES } from './enums.ts';
import type { VoidRequest } from './service.ts';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];
type Page<S> = { items: S[]; nextCursor: string | null };

export const PatientParams = z.object({ patientId: z.uuid() });

/** The record's clinical day in a request: when it happened, by default today. */
export const RecordDay = DateOnly.optional().describe('Default: today in Japan');
/** The member of staff a record names (records/service.ts namedStaff). */
export const NamedStaff = (who: string) => z.uuid().optional().describe(who);

/** What every patient record answers with, beside its own fields: `z.object({ ...recordFields, … })`. */
export const recordFields = {
  id: z.uuid(),
  patientId: z.uuid(),
  facilityId: z.uuid(),
  status: z.enum(RECORD_STATUSES).describe('A record entered in error is voided, never deleted'),
  voidReason: z.string().nullable(),
  version: z.number().int().describe('Send it back with a correction; an outdated one is STALE_VERSION'),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const VoidRecord = z
  .object({ reason: Reason, version: Version.optional().describe('Refused as STALE_VERSION if outdated') })
  .strict();

/** The operations of one kind of record; each is optional so a module declares only what it has. */
type RecordOperations<S, C extends z.ZodType, U extends z.ZodType, L extends z.ZodType> = {
  create?: {
    summary: string;
    body: C;
    run(ctx: RequestContext, patientId: string, input: z.output<C>): Promise<S>;
  };
  list: {
    summary: string;
    query?: L;
    run(ctx: RequestContext, patientId: string, query: z.output<L>): Promise<Page<S>>;
  };
  get: { summary: string; run(ctx: RequestContext, id: string): Promise<S> };
  correct?: {
    summary: string;
    body: U;
    run(ctx: RequestContext, id: string, changes: z.output<U>): Promise<S>;
  };
  void: { summary: string; run(ctx: RequestContext, id: string, request: VoidRequest): Promise<S> };
};

/**
 * Registers a patient record's routes, declared once: `POST` and `GET /patients/{patientId}/<collection>`,
 * `GET` and `PATCH /<collection>/{id}`, `POST /<collection>/{id}/void`. Each declares its permission
 * and the facility scope; the answer goes through `present` and the item schema.
 */
export function registerRecordRoutes<
  S,
  I extends z.ZodType,
  C extends z.ZodType = z.ZodNever,
  U extends z.ZodType = z.ZodNever,
  L extends z.ZodType = typeof ListQuery,
>(
  app: ZodApp,
  def: {
    collection: string;
    tags: string[];
    item: I;
    present(shown: S): z.output<I>;
    access: { read: Permission; write: Permission };
    operations: RecordOperations<S, C, U, L>;
  },
): void {
  const { collection, tags, present, operations: ops } = def;
  // Erased to the plain schema type: the answers are typed by `present`, checked by the serializer.
  const item: z.ZodType = def.item;
  const read = { access: def.access.read, scope: 'facility' } as const;
  const write = { access: def.access.write, scope: 'facility' } as const;
  const { create, correct } = ops;

  if (create) {
    app.post(
      `/patients/:patientId/${collection}`,
      {
        config: write,
        schema: {
          tags,
          summary: create.summary,
          params: PatientParams,
          body: create.body as z.ZodType,
          response: { 201: item },
        },
      },
      async (request, reply) => {
        const shown = await create.run(
          requestContext(request),
          request.params.patientId,
          request.body as z.output<C>,
        );
        const answer = present(shown);
        const { id } = answer as { id: string };
        return reply.status(201).header('location', `/api/v1/${collection}/${id}`).send(answer);
      },
    );
  }

  app.get(
    `/patients/:patientId/${collection}`,
    {
      config: read,
      schema: {
        tags,
        summary: ops.list.summary,
        params: PatientParams,
        querystring: (ops.list.query ?? ListQuery.strict()) as z.ZodType,
        response: { 200: listOf(item) },
      },
    },
    async (request) => {
      const page = await ops.list.run(
        requestContext(request),
        request.params.patientId,
        request.query as z.output<L>,
      );
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  );

  app.get(
    `/${collection}/:id`,
    { config: read, schema: { tags, summary: ops.get.summary, params: IdParams, response: { 200: item } } },
    async (request) => present(await ops.get.run(requestContext(request), request.params.id)),
  );

  if (correct) {
    app.patch(
      `/${collection}/:id`,
      {
        config: write,
        schema: {
          tags,
          summary: correct.summary,
          params: IdParams,
          body: correct.body as z.ZodType,
          response: { 200: item },
        },
      },
      async (request) =>
        present(await correct.run(requestContext(request), request.params.id, request.body as z.output<U>)),
    );
  }

  app.post(
    `/${collection}/:id/void`,
    {
      config: write,
      schema: {
        tags,
        summary: ops.void.summary,
        params: IdParams,
        body: VoidRecord,
        response: { 200: item },
      },
    },
    async (request) => present(await ops.void.run(requestContext(request), request.params.id, request.body)),
  );
}
