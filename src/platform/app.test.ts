import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../modules/audit/schema.ts';
import { facilities } from '../modules/facilities/schema.ts';
import { actAs, adminActor } from '../test/actors.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';
import { buildApp } from './app.ts';

let t: TestApp;
beforeAll(async () => {
  // An administrator working in a facility: the facility routes need one.
  t = await makeTestApp({ resolveActor: actAs(adminActor('01900000-0000-7000-8000-0000000000fa')) });
});
afterAll(() => t.close());

const rowCounts = async () => ({
  facilities: (await t.database.db.select({ n: count() }).from(facilities))[0]?.n,
  audit: (await t.database.db.select({ n: count() }).from(auditEvents))[0]?.n,
});

describe('health', () => {
  it('reports the database kind and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
      version: t.config.version,
    });
  });
});

describe('OpenAPI document', () => {
  it('describes the routes from their schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/facilities']));
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });

  it('serves a browsable reference page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('errors are problem+json and change nothing', () => {
  it('answers a path with a bad percent-encoding with a 400 problem, not the framework’s own body', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/patients/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const before = await rowCounts();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: { 'content-type': 'application/json' },
      payload: '{"kind": "clinic", "name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST', title: 'Bad Request' });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers a wrong type with 422 VALIDATION_FAILED naming each field', async () => {
    const before = await rowCounts();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      payload: { kind: 'hospital', name: 42 },
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'kind', code: 'INVALID_VALUE', in: 'body' }),
        expect.objectContaining({ path: 'name', code: 'INVALID_TYPE', in: 'body' }),
      ]),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('names a missing required field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/facilities', payload: { name: 'X' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'kind', code: 'REQUIRED' })]);
  });

  it('answers an unknown API route with a 404 problem, never the web app', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing?q=x' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/api/v1/no-such-thing' });
  });

  it('answers an invalid id with 422 naming the path parameter', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/facilities/not-a-uuid' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'id', in: 'params' })]);
  });

  it('carries the request id back', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.json().requestId).toBe('abc-123');
  });
});

describe('access is denied by default', () => {
  it('refuses to register an /api route that declares no access', async () => {
    const app = await buildApp({ config: t.config, database: t.database });
    app.register(async (scope) => {
      scope.get('/api/v1/undeclared', async () => 'open');
    });
    await expect(app.ready()).rejects.toThrow(/GET \/api\/v1\/undeclared declares no access permission/);
  });

  it('refuses to register an /api route that declares its access but no scope', async () => {
    const app = await buildApp({ config: t.config, database: t.database });
    app.register(async (scope) => {
      scope.get('/api/v1/unscoped', { config: { access: 'authenticated' } }, async () => 'open');
    });
    await expect(app.ready()).rejects.toThrow(
      /GET \/api\/v1\/unscoped declares no scope \(facility or global\)/,
    );
  });

  it('refuses a scope that is neither facility nor global', async () => {
    const app = await buildApp({ config: t.config, database: t.database });
    app.register(async (scope) => {
      const config = { access: 'authenticated', scope: 'everywhere' as never } as const;
      scope.get('/api/v1/misscoped', { config }, async () => 'open');
    });
    await expect(app.ready()).rejects.toThrow(/GET \/api\/v1\/misscoped declares no scope/);
  });

  it('answers 401 UNAUTHENTICATED to an anonymous caller, before reading the body', async () => {
    const anonymous = await makeTestApp();
    try {
      const res = await anonymous.app.inject({
        method: 'POST',
        url: '/api/v1/facilities',
        payload: '{broken',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    } finally {
      await anonymous.close();
    }
  });
});
