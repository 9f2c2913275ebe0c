import type { Actor } from './actor.ts';
import type { RouteAccess } from './permissions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: registering one without it fails at start-up. */
    access?: RouteAccess;
    /** Reachable by a user who must first enrol a second factor or change a reset password. */
    allowPending?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    /** The browser session behind the request: its CSRF token and end, for `GET /auth/me`. */
    session?: { csrfToken: string; expiresAt: Date };
  }
}
