import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/**
 * Serves the built SPA. Returns false (and the API still works) when it has not been built.
 * The not-found handler (problem.ts) sends index.html for unknown non-API GETs so client-side
 * routes survive a reload; unknown /api paths keep their 404 problem.
 */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    app.log.warn('web/dist is missing: run `npm run build:web` (npm start does it for you)');
    return false;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: ['index.html'] });
  return true;
}
