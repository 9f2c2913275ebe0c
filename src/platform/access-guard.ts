import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from './actor.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';
import { rolesGrant } from './permissions.ts';

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
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    // The API reference pages (registered by @fastify/swagger-ui) are documentation, open to all.
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access permission.`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    const access = request.is404 ? undefined : request.routeOptions.config.access;
    // Static files and public routes need no actor: no session lookup (and no idle-timer refresh)
    // for every script, stylesheet or health poll.
    request.actor =
      isApi && access && access !== 'public' ? await resolveActor(request) : { kind: 'anonymous' };
    if (request.is404) return;
    if (!access) {
      // Only non-API routes (the SPA's static files) come here without a declaration.
      if (request.url.startsWith('/api')) throw forbidden();
      return;
    }
    if (access === 'public') return;
    const { actor } = request;
    if (actor.kind !== 'user' && actor.kind !== 'token') throw unauthenticated();
    if (actor.kind === 'user' && actor.pending && !request.routeOptions.config.allowPending) {
      throw actor.pending === 'totp_enrolment'
        ? new AppError(403, 'TOTP_ENROLMENT_REQUIRED', 'Set up two-factor sign-in before continuing.')
        : new AppError(403, 'PASSWORD_CHANGE_REQUIRED', 'Choose a new password before continuing.');
    }
    if (access === 'authenticated') return;
    if (!rolesGrant(actor.roles, access)) throw forbidden();
  });
}

export const anonymousOnly: ActorResolver = async () => ({ kind: 'anonymous' });
