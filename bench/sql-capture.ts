/**
 * Records the statements the application sends, in the benchmark's own process (the server runs
 * there too), so the floor replays exactly what the app ran for a request, whatever the read path
 * looks like this week. PostgreSQL: a wrapper on pg.Client's query (every pooled connection is one).
 * PGlite: wrappers on the instance's query and on the object its transactions hand out.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';

/**
 * data: reads the request is for (replayed as the floor); log: the access log / audit trail and its
 * chain (locks, tip lookups, inserts); auth: the session or token lookup; tx: BEGIN / COMMIT.
 */
export type StatementKind = 'data' | 'log' | 'auth' | 'tx';
export type Captured = { sql: string; params: unknown[]; name?: string; kind: StatementKind; ms: number };

/** Who is asking: the session or token, the account, its facilities (the first table a statement names). */
const AUTH_TABLES = /^(sessions|api_tokens|users|user_facilities)$/;
const FIRST_TABLE = /\b(?:from|update|into)\s+"?([a-z_]+)"?/i;
const TRANSACTION = /^\s*(begin|commit|rollback|savepoint|release|start\s+transaction|set\s+transaction)\b/i;
const WRITE = /^\s*(with\b[\s\S]*?\)\s*)?(insert|update|delete)\b/i;
const AUDIT_TABLE = /\b(from|into)\s+"?audit_events"?/i;
/** The chain's tip: the newest event's hash, read to link the next one (audit/queries.ts newestEvent). */
const CHAIN_TIP =
  /select\s+"?seq"?\s*,\s*"?hash"?\s+from\s+"?audit_events"?\s+order\s+by\s+"?seq"?\s+desc\s+limit/i;

/** Which cost a statement is; generic patterns, so a changed read path is still classified. */
export function classify(text: string): StatementKind {
  if (TRANSACTION.test(text)) return 'tx';
  if (AUTH_TABLES.test(FIRST_TABLE.exec(text)?.[1]?.toLowerCase() ?? '')) return 'auth';
  if (/pg_(try_)?advisory/i.test(text)) return 'log';
  if (WRITE.test(text)) return 'log';
  if (AUDIT_TABLE.test(text) && CHAIN_TIP.test(text.replace(/"audit_events"\./g, ''))) return 'log';
  return 'data';
}

type QueryConfig = { text: string; name?: string; values?: unknown[] };
type AnyQuery = (this: unknown, ...args: unknown[]) => Promise<unknown>;

export class SqlRecorder {
  private log: Captured[] | undefined;
  private readonly restores: (() => void)[] = [];

  /** Starts a fresh list; `take()` ends it. Statements outside a list are not kept. */
  start(): void {
    this.log = [];
  }

  take(): Captured[] {
    const taken = this.log ?? [];
    this.log = undefined;
    return taken;
  }

  note(sql: string, params: unknown[], name: string | undefined, ms: number) {
    this.log?.push({ sql, params, ...(name ? { name } : {}), kind: classify(sql), ms });
  }

  private timed(original: AnyQuery, read: (args: unknown[]) => QueryConfig): AnyQuery {
    const recorder = this;
    return async function (this: unknown, ...args: unknown[]) {
      const t0 = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        const q = read(args);
        recorder.note(q.text, q.values ?? [], q.name, performance.now() - t0);
      }
    };
  }

  /** Every pg.Client (the pool's connections) except `floor`, which must not be recorded. */
  wrapPg(floor: pg.Client): void {
    const proto = pg.Client.prototype as unknown as { query: AnyQuery };
    const original = proto.query;
    const wrapped = this.timed(original, pgQueryConfig);
    const recorder = this;
    proto.query = function (this: unknown, ...args: unknown[]) {
      if (this === floor) return original.apply(this, args);
      const callback = args.at(-1);
      if (typeof callback !== 'function') return wrapped.apply(this, args);
      // The pool's own query() calls its connection back-style: timed to the callback.
      const t0 = performance.now();
      const q = pgQueryConfig(args.slice(0, -1));
      return original.apply(this, [
        ...args.slice(0, -1),
        (...results: unknown[]) => {
          recorder.note(q.text, q.values ?? [], q.name, performance.now() - t0);
          return (callback as (...r: unknown[]) => unknown)(...results);
        },
      ]);
    };
    this.restores.push(() => {
      proto.query = original;
    });
  }

  /** One PGlite instance: its query, and the query of each transaction it opens. */
  wrapPglite(client: PgliteLike): PgliteLike['query'] {
    const original = client.query.bind(client) as AnyQuery;
    const originalTransaction = client.transaction.bind(client);
    const read = (args: unknown[]) => ({ text: String(args[0]), values: (args[1] as unknown[]) ?? [] });
    client.query = this.timed(original, read) as PgliteLike['query'];
    client.transaction = (callback) =>
      originalTransaction(async (tx) => {
        // PGlite sends BEGIN and COMMIT itself, not through query: noted here as the round trips they are.
        this.note('BEGIN', [], undefined, 0);
        tx.query = this.timed(tx.query.bind(tx) as AnyQuery, read) as PgliteLike['query'];
        const result = await callback(tx);
        this.note('COMMIT', [], undefined, 0);
        return result;
      });
    this.restores.push(() => {
      client.query = original as PgliteLike['query'];
      client.transaction = originalTransaction;
    });
    return original as PgliteLike['query'];
  }

  restore(): void {
    for (const undo of this.restores.splice(0)) undo();
  }
}

/** The part of PGlite this uses (its types would tie the bench to one PGlite version). */
export type PgliteLike = {
  query(sql: string, params?: unknown[], options?: object): Promise<unknown>;
  transaction<T>(callback: (tx: PgliteLike) => Promise<T>): Promise<T>;
};

function pgQueryConfig(args: unknown[]): QueryConfig {
  const [first, second] = args;
  if (typeof first === 'string') return { text: first, values: (second as unknown[]) ?? [] };
  const config = first as QueryConfig;
  return {
    text: config.text,
    ...(config.name ? { name: config.name } : {}),
    values: (second as unknown[]) ?? config.values ?? [],
  };
}
