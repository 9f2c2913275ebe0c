import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/** Vite names every file under assets/ by a hash of its content: a new build gets new names. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built SPA. Returns false (and the API still works) when it has not been built.
 * The not-found handler (problem.ts) sends index.html for unknown non-API GETs so client-side
 * routes survive a reload; unknown /api paths keep their 404 problem.
 * Hashed assets are cached for a year; index.html is revalidated on every load (`no-cache`) so a
 * new release is picked up at once. The .br/.gz copies written at build (src/cli/precompress.ts)
 * are sent to browsers that accept them.
 */
export async function registerWebApp(app: FastifyInstance, root = WEB_DIST): Promise<boolean> {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    app.log.warn('web/dist is missing: run `npm run build:web` (npm start does it for you)');
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    // Our own header below, not send's `max-age=0`.
    cacheControl: false,
    setHeaders(reply, filePath) {
      reply.header('cache-control', HASHED_ASSET.test(filePath) ? IMMUTABLE : 'no-cache');
    },
  });
  return true;
}
