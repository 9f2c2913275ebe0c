import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import type { Config } from '../../platform/config.ts';

/** Registered under /api/v1/patients/{patientId}/assessments and /api/v1/assessments. */
export const assessmentRoutes =
  (_deps: { db: Database; config: Config }): FastifyPluginAsyncZod =>
  async () => {};
