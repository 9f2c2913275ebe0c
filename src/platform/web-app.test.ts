import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../cli/precompress.ts';
import { registerNotFoundHandler } from './problem.ts';
import { registerWebApp } from './web-app.ts';

// A built web app in miniature: index.html and one hashed asset, precompressed as the build does.
const SCRIPT = `export const greeting = ${JSON.stringify('こんにちは '.repeat(400))};\n`;
let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'assets/index-AbC123.js'), SCRIPT);
  expect(precompressDir(dist)).toEqual([path.join('assets', 'index-AbC123.js')]);
  app = Fastify();
  expect(await registerWebApp(app, dist)).toBe(true);
  registerNotFoundHandler(app, { spaIndex: true });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const asset = (acceptEncoding?: string) =>
  app.inject({
    method: 'GET',
    url: '/app/assets/index-AbC123.js',
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });

describe('the built web app', () => {
  it('sends a hashed asset brotli-compressed when the browser accepts brotli, cached for a year', async () => {
    const res = await asset('gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(SCRIPT);
  });

  it('sends gzip to a browser that accepts gzip only', async () => {
    const res = await asset('gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(res.rawPayload).toString('utf8')).toBe(SCRIPT);
  });

  it('sends the file as it is when no encoding is accepted', async () => {
    for (const res of [await asset(), await asset('identity')]) {
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body).toBe(SCRIPT);
    }
  });

  it('has index.html revalidated on every load, at /app/ and at a client-side route', async () => {
    for (const url of ['/app/', '/app/index.html', '/app/patients/some-id']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.body, url).toContain('<div id="root">');
    }
  });

  it('sends /app to /app/, where the relative addresses of the built app resolve', async () => {
    const res = await app.inject({ method: 'GET', url: '/app' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/app/');
  });

  it('leaves addresses outside /app to the public site: unknown ones are a 404, not the app', async () => {
    for (const url of ['/patients/some-id', '/assets/index-AbC123.js', '/application']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('<div id="root">');
    }
  });

  it('does not compress small files, whose copies would save nothing', () => {
    expect(fs.existsSync(path.join(dist, 'index.html.br'))).toBe(false);
    expect(fs.existsSync(path.join(dist, 'assets/index-AbC123.js.br'))).toBe(true);
  });
});
