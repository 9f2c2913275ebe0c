import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/**
 * The staff app lives under /app (vite.config.ts `base`, the router's basename): the public site
 * owns / and the clean public addresses (docs/site.md). The API stays at /api.
 */
export const APP_BASE = '/app';

/** An address the staff app answers (its index.html, its assets, its client-side routes). */
export function isAppPath(path: string): boolean {
  return path === APP_BASE || path.startsWith(`${APP_BASE}/`);
}

/** Vite names every file under assets/ by a hash of its content: a new build gets new names. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built SPA under /app. Returns false (and the API still works) when it has not been built.
 * The not-found handler (problem.ts) sends index.html for unknown GETs under /app so client-side
 * routes survive a reload; other unknown paths keep their 404.
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
    prefix: `${APP_BASE}/`,
    // /app without its slash goes to /app/ (relative asset addresses need the directory form).
    redirect: true,
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
