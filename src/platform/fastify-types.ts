import type { RouteAccess } from '../modules/auth/permissions.ts';
import type { Actor } from './actor.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: registering one without it fails at start-up. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}
