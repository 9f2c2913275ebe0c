/**
 * The session's CSRF token. The session cookie is httpOnly, so the page cannot read it; the server
 * hands the matching token out in every `Me` answer (sign-in, GET/PATCH /auth/me), and every
 * state-changing request must echo it in `x-csrf-token`.
 */
export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let current: string | null = null;

export function getCsrfToken(): string | null {
  return current;
}

export function setCsrfToken(token: string | null): void {
  current = token === '' ? null : token;
}

/** Keeps the token from any JSON answer that carries one (every `Me` does). */
export function rememberCsrfTokenFrom(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const token = (body as { csrfToken?: unknown }).csrfToken;
  if (typeof token === 'string' && token !== '') current = token;
}

export function needsCsrfToken(method: string | undefined): boolean {
  return UNSAFE_METHODS.has((method ?? 'GET').toUpperCase());
}
