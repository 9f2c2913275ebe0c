import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { pingDatabase } from './queries.ts';

const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

/** Liveness and readiness in one: answers ok only when the database answers. */
export const healthRoutes =
  (deps: { database: DatabaseHandle; version: string }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        config: { access: 'public', scope: 'global' },
        schema: { tags: ['system'], summary: 'Service health', response: { 200: Health } },
      },
      async () => {
        try {
          await pingDatabase(deps.database.db);
        } catch {
          throw new AppError(503, 'DATABASE_UNAVAILABLE', 'The database does not answer.');
        }
        return { status: 'ok' as const, database: deps.database.kind, version: deps.version };
      },
    );
  };
