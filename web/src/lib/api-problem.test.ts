import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, onApiProblem, parseRetryAfter } from './api-problem';
import { api, data } from './client';
import { setCsrfToken } from './csrf';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('parseRetryAfter', () => {
  it('reads delay seconds', () => {
    expect(parseRetryAfter('900')).toBe(900);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2025-04-01T00:00:00Z');
    expect(parseRetryAfter('Tue, 01 Apr 2025 00:02:00 GMT', now)).toBe(120);
  });

  it('gives undefined for nothing or nonsense', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('')).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('a failed call', () => {
  it('throws a problem with field errors and Retry-After, and tells the listeners', async () => {
    vi.stubGlobal('fetch', async () =>
      json(
        429,
        {
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          code: 'TOO_MANY_ATTEMPTS',
          errors: [{ path: 'login', in: 'body', code: 'X', message: 'm' }],
        },
        { 'Retry-After': '600' },
      ),
    );
    const heard: string[] = [];
    const stop = onApiProblem((problem) => heard.push(problem.code));
    const error = await data(
      api.POST('/api/v1/auth/login', { body: { login: 'kanri', password: 'x' } }),
    ).catch((e: unknown) => e);
    stop();

    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).retryAfterSeconds).toBe(600);
    expect((error as ApiProblem).errors).toEqual([{ path: 'login', in: 'body', code: 'X', message: 'm' }]);
    expect(heard).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it("keeps a problem's extension members, apart from the standard ones", async () => {
    vi.stubGlobal('fetch', async () =>
      json(409, {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'POSSIBLE_DUPLICATE',
        instance: '/api/v1/patients',
        requestId: 'r1',
        duplicates: [{ id: 'p1' }],
      }),
    );
    const error = await data(api.POST('/api/v1/patients/{id}/merge', mergeCall)).catch((e: unknown) => e);
    expect((error as ApiProblem).extensions).toEqual({ duplicates: [{ id: 'p1' }] });
  });
});

const mergeCall = {
  params: { path: { id: 'p2' } },
  body: { intoPatientId: 'p1', reason: 'r' },
} as const;
