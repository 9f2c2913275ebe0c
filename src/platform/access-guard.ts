import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from './actor.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';
import { rolesGrant } from './permissions.ts';
import { ROUTE_SCOPES } from './route-scope.ts';

/** Finds who is calling (session cookie or bearer token); the auth module provides it. */
export type ActorResolver = (request: FastifyRequest) => Promise<Actor>;

/**
 * Deny by default: every /api route must declare `config.access`, or the app refuses to start.
 * One onRequest hook resolves the actor and enforces the declaration before the body is even
 * parsed, so an anonymous caller learns nothing about a route's schema. Record-level checks stay
 * in the services.
 */
export function registerAccessGuard(app: FastifyInstance, resolveActor: ActorResolver): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('facilityScope', undefined);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    // The API reference pages (registered by @fastify/swagger-ui) are documentation, open to all.
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, scope: 'global' };
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access permission.`);
    }
    if (!route.config.scope || !ROUTE_SCOPES.includes(route.config.scope)) {
      throw new Error(`Route ${route.method} ${route.url} declares no scope (facility or global).`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    const access = request.is404 ? undefined : request.routeOptions.config.access;
    // Static files and public routes need no actor: no session lookup (and no idle-timer refresh)
    // for every script, stylesheet or health poll.
    const identifies = access !== 'public' || request.routeOptions.config.identifiesCaller === true;
    request.actor = isApi && access && identifies ? await resolveActor(request) : { kind: 'anonymous' };
    if (request.is404) return;
    if (!access) {
      // Only non-API routes (the SPA's static files) come here without a declaration.
      if (request.url.startsWith('/api')) throw forbidden();
      return;
    }
    const { actor } = request;
    // A tablet handed to a patient reaches the questionnaire and nothing else, whatever its roles.
    if (actor.kind === 'user' && actor.patientMode && !request.routeOptions.config.patientMode) {
      throw new AppError(
        403,
        'PATIENT_MODE',
        'This device is in patient mode: hand it back to the staff, who return it with their PIN.',
      );
    }
    if (access === 'public') return;
    if (actor.kind !== 'user' && actor.kind !== 'token') throw unauthenticated();
    if (actor.kind === 'user' && actor.pending && !request.routeOptions.config.allowPending) {
      throw actor.pending === 'totp_enrolment'
        ? new AppError(403, 'TOTP_ENROLMENT_REQUIRED', 'Set up two-factor sign-in before continuing.')
        : new AppError(403, 'PASSWORD_CHANGE_REQUIRED', 'Choose a new password before continuing.');
    }
    if (access !== 'authenticated' && !rolesGrant(actor.roles, access)) throw forbidden();
    if (request.routeOptions.config.scope === 'facility') request.facilityScope = facilityScopeOf(actor);
  });
}

/**
 * Every clinical row carries its facility; a record of another facility is answered as not found
 * rather than forbidden, so its existence does not leak.
 */
function facilityScopeOf(actor: Actor) {
  if (actor.kind !== 'anonymous' && actor.facilityId) return { facilityId: actor.facilityId };
  throw new AppError(403, 'NO_FACILITY', 'Your account is not assigned to a facility. Ask an administrator.');
}

export const anonymousOnly: ActorResolver = async () => ({ kind: 'anonymous' });
