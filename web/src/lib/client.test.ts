import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from './api';
import { api, data } from './client';
import { setCsrfToken } from './csrf';

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
});
