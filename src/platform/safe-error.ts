/**
 * An error as logs may keep it: what failed and where, never the values it failed on. A failed
 * query carries its SQL parameters (drizzle's DrizzleQueryError: `params`, and its message repeats
 * them), PostgreSQL's `detail` quotes the row ("Key (login)=(…) already exists", "Failing row
 * contains (…)") and some messages quote the input ('invalid input syntax for type uuid: "…"'): a
 * patient's name, phone, an argon2 hash or a token digest. Kept: the type, the message with quoted
 * values masked, the code (SQLSTATE), constraint/table/column names, the stack frames, the cause
 * the same way. Dropped: params, the query's literals, detail, where, hint and any other property.
 */
export type SafeError = {
  type: string;
  message: string;
  stack: string;
  code?: string | number;
  status?: number;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  dataType?: string;
  cause?: SafeError;
};

const MASK = '…';

/** Names PostgreSQL quotes in its messages: objects and types, not values. */
const NAMED =
  /\b(?:constraint|relation|column|table|index|type|schema|encoding|function|sequence|trigger|database|role|extension|operator|collation|domain|view)\s*$/i;

/** Double-quoted text is masked unless it names a database object ('constraint "users_login_key"'). */
function maskQuoted(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, (quoted, offset: number) =>
    NAMED.test(text.slice(Math.max(0, offset - 20), offset)) ? quoted : `"${MASK}"`,
  );
}

/** SQL keeps its shape ($1, identifiers), never its literals: 'text' and E'text' become '…'. */
const maskSqlLiterals = (sql: string) => sql.replace(/[Ee]?'(?:[^']|'')*'/g, `'${MASK}'`);

const isQueryError = (error: object) => 'query' in error && 'params' in error;

const KEPT = ['severity', 'constraint', 'table', 'column', 'schema', 'dataType'] as const;

export function safeError(error: unknown, depth = 0): SafeError {
  if (typeof error !== 'object' || error === null) {
    // A thrown string or number could be anything, a value included.
    const message = `[a thrown ${typeof error}]`;
    return { type: typeof error, message, stack: message };
  }
  const e = error as Record<string, unknown>;
  const type = (error.constructor?.name ?? (typeof e.name === 'string' ? e.name : 'Error')) || 'Error';
  const hasSqlState = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code);
  const rawMessage = typeof e.message === 'string' ? e.message : '';
  // PGlite's own error carries query and params too, beside the SQLSTATE and PostgreSQL's message.
  const message =
    isQueryError(error) && !hasSqlState
      ? `Failed query: ${maskSqlLiterals(String(e.query)).slice(0, 2000)}`
      : maskQuoted(hasSqlState ? maskSqlLiterals(rawMessage) : rawMessage);
  // The stack's first lines repeat the raw message: keep the frames only.
  const frames =
    typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  const out: SafeError = { type, message, stack: [`${type}: ${message}`, ...frames].join('\n') };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.status === 'number') out.status = e.status;
  for (const key of KEPT) if (typeof e[key] === 'string') out[key] = e[key] as string;
  if (e.cause !== undefined && depth < 4) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** One line (and its frames) for a terminal: the CLI prints errors through this. */
export function describeError(error: unknown): string {
  const lines: string[] = [];
  for (let at: SafeError | undefined = safeError(error), n = 0; at; at = at.cause, n++) {
    const code = at.code === undefined ? '' : ` [${at.code}]`;
    const where = [
      at.table && `table ${at.table}`,
      at.column && `column ${at.column}`,
      at.constraint && `constraint ${at.constraint}`,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `${n === 0 ? '' : 'caused by: '}${at.type}: ${at.message}${code}${where ? ` (${where})` : ''}`,
    );
    if (n === 0) lines.push(...at.stack.split('\n').slice(1));
  }
  return lines.join('\n');
}
