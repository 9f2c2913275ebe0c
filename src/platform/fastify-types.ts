import type { Actor, FacilityScope } from './actor.ts';
import type { RouteAccess } from './permissions.ts';
import type { RouteScope } from './route-scope.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: registering one without it fails at start-up. */
    access?: RouteAccess;
    /**
     * Required on every /api route beside `access`: `facility` routes work on one facility's records
     * (the guard resolves it, or answers 403 NO_FACILITY); `global` ones on none.
     */
    scope?: RouteScope;
    /** Reachable by a user who must first enrol a second factor or change a reset password. */
    allowPending?: boolean;
    /**
     * Reachable by a session in patient mode (the questionnaire tablet); every other route answers
     * it 403 PATIENT_MODE. Only the tablet's own routes and "who is signed in" declare it.
     */
    patientMode?: boolean;
    /**
     * A public route that still learns who calls (the session check of a fresh page load): the
     * caller is resolved, but nobody is refused for being signed out.
     */
    identifiesCaller?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    /** Set by the access guard on `scope: 'facility'` routes only. */
    facilityScope?: FacilityScope;
    /** The browser session behind the request: its CSRF token and end, for `GET /auth/me`. */
    session?: { csrfToken: string; expiresAt: Date };
  }
}
