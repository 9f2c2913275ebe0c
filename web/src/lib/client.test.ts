import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from './api-problem';
import { api, data, lastSessionActivity, multipart } from './client';
import { getCsrfToken, setCsrfToken } from './csrf';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('typed client', () => {
  it('sends the CSRF token on a state-changing call only', async () => {
    const seen: Request[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      seen.push(request);
      return json({ items: [], nextCursor: null });
    });
    setCsrfToken('token-1');
    await api.GET('/api/v1/facilities');
    await api.POST('/api/v1/facilities', { body: { kind: 'cpc', name: 'CPC' } });
    expect(seen[0]?.headers.get('x-csrf-token')).toBeNull();
    expect(seen[1]?.headers.get('x-csrf-token')).toBe('token-1');
  });

  it('keeps the CSRF token from a Me answer and sends it on the next write', async () => {
    const seen: Request[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      seen.push(request);
      return json({ id: 'u1', csrfToken: 'fresh' });
    });
    setCsrfToken('first');
    await api.GET('/api/v1/auth/me');
    await api.PATCH('/api/v1/auth/me', { body: { language: 'en' } });
    expect(seen[1]?.headers.get('x-csrf-token')).toBe('fresh');
    expect(getCsrfToken()).toBe('fresh');
  });

  it('throws one ApiProblem with the field errors for a failure', async () => {
    vi.stubGlobal('fetch', async () =>
      json(
        {
          type: 't',
          title: 'Unprocessable Content',
          status: 422,
          code: 'VALIDATION_FAILED',
          errors: [{ path: 'name', code: 'REQUIRED', message: 'x' }],
        },
        422,
        'application/problem+json',
      ),
    );
    const failure = await data(api.POST('/api/v1/facilities', { body: { kind: 'cpc', name: '' } })).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).errors).toEqual([{ path: 'name', code: 'REQUIRED', message: 'x' }]);
  });

  it('turns a network failure into NETWORK_ERROR, and HTML where JSON was due into UNEXPECTED_RESPONSE', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(data(api.GET('/api/v1/setup'))).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });

    vi.stubGlobal(
      'fetch',
      async () => new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    await expect(data(api.GET('/api/v1/setup'))).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
  });

  it('answers nothing for a 204', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    await expect(data(api.POST('/api/v1/auth/logout'))).resolves.toBeUndefined();
  });

  it('does not count a call without the session cookie as activity', async () => {
    vi.stubGlobal('fetch', async () => json({ status: 'ok', database: 'pglite', version: '1' }));
    const before = lastSessionActivity();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.GET('/api/health', { credentials: 'omit' });
    expect(lastSessionActivity()).toBe(before);
    await api.GET('/api/v1/setup');
    expect(lastSessionActivity()).toBeGreaterThan(before);
  });
});

describe('multipart', () => {
  it('puts strings and the file in a form, leaving out what is not given', () => {
    const file = new File(['x'], 'front.jpg', { type: 'image/jpeg' });
    const form = multipart({ view: 'front', takenOn: '2026-01-05', assessmentId: undefined, file });
    expect([...form.keys()]).toEqual(['view', 'takenOn', 'file']);
    expect((form.get('file') as File).name).toBe('front.jpg');
  });
});
