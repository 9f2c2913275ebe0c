import './fastify-types.ts';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from '../db/client.ts';
import { facilityRoutes } from '../modules/facilities/routes.ts';
import { createFacilityService } from '../modules/facilities/service.ts';
import { healthRoutes } from '../modules/health/routes.ts';
import { type ActorResolver, anonymousOnly, registerAccessGuard } from './access-guard.ts';
import type { Config } from './config.ts';
import { loggerOptions } from './logger.ts';
import { registerOpenApi } from './openapi.ts';
import { registerErrorHandler, registerNotFoundHandler } from './problem.ts';
import { registerWebApp } from './web-app.ts';

export type AppOptions = {
  config: Config;
  database: DatabaseHandle;
  /** Where logs go; tests pass a stream to inspect them. Defaults to stdout. */
  logStream?: Writable;
  /** Serve the built SPA from web/dist (off in API tests). */
  serveWeb?: boolean;
  /** Who is calling; the auth module's session and token resolver in production. */
  resolveActor?: ActorResolver;
};

/** The whole application as one Fastify instance; only server.ts listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const logger = loggerOptions(config);
  const app = Fastify({
    logger:
      options.logStream && logger && typeof logger === 'object'
        ? { ...logger, stream: options.logStream }
        : logger,
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // First, so that every route registered after it is checked for its access declaration.
  registerAccessGuard(app, options.resolveActor ?? anonymousOnly);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await registerOpenApi(app, config.version);

  const facilities = createFacilityService(database.db);
  await app.register(healthRoutes({ database, version: config.version }), { prefix: '/api' });
  await app.register(facilityRoutes(facilities), { prefix: '/api/v1/facilities' });

  const spaIndex = options.serveWeb ? await registerWebApp(app) : false;
  registerNotFoundHandler(app, { spaIndex });
  return app;
}
