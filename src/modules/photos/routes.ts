import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import type { Config } from '../../platform/config.ts';

/** Registered under /api/v1/patients/{patientId}/photos and /api/v1/photos. */
export const photoRoutes =
  (_deps: { db: Database; config: Config }): FastifyPluginAsyncZod =>
  async () => {};
