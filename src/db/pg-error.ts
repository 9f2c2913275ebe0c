/**
 * The PostgreSQL error under whatever wraps it. Drizzle wraps the driver's error, so the SQLSTATE is
 * on `cause` (shared/design/STACK.md trap 4); both PGlite and pg report the same codes. Here in db so
 * that the transaction retry and platform's error mapping read codes the same way.
 */
export type PgErrorFields = { code: string; constraint?: string };

export function findPgCause(error: unknown): PgErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (typeof current === 'object' && current !== null) {
      const code = (current as { code?: unknown }).code;
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return current as PgErrorFields;
      current = (current as { cause?: unknown }).cause;
    }
  }
  return undefined;
}
