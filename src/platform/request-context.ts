import type { FastifyRequest } from 'fastify';
import type { RequestContext } from './actor.ts';

/** The only place a request becomes a service's context: services never see the request. */
export const requestContext = (request: FastifyRequest): RequestContext => ({
  actor: request.actor,
  ...(request.facilityScope ? { scope: request.facilityScope } : {}),
  requestId: request.id,
  ip: request.ip,
});
