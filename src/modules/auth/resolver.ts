import type { FastifyRequest } from 'fastify';
import type { ActorResolver } from '../../platform/access-guard.ts';
import { AppError, unauthenticated } from '../../platform/errors.ts';
import type { ApiTokenService } from '../users/tokens.service.ts';
import { sameSecret } from './secrets.ts';
import type { AuthService } from './service.ts';

export const SESSION_COOKIE = 'saisei_session';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Machines send `Authorization: Bearer`; browsers send the session cookie, and with it, on every
 * state-changing request, the session's CSRF token in a header a cross-site form cannot set.
 */
export function createActorResolver(auth: AuthService, tokens: ApiTokenService): ActorResolver {
  return async (request: FastifyRequest) => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match?.[1] ? await tokens.actorForToken(match[1]) : undefined;
      if (!actor) throw unauthenticated('The API token is not valid or was revoked.');
      return actor;
    }
    const { actor, session } = await auth.actorForSession(request.cookies[SESSION_COOKIE]);
    if (actor.kind !== 'user') return actor;
    request.session = session;
    const csrfToken = session?.csrfToken;
    // Only called for routes that need an actor (the guard skips public ones).
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !csrfToken || !sameSecret(sent, csrfToken)) {
        throw new AppError(
          403,
          'CSRF_TOKEN_INVALID',
          'The request lacks a valid CSRF token. Reload the page.',
        );
      }
    }
    return actor;
  };
}
