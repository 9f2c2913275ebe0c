import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { sealAccessLog } from '../../modules/audit/sealer.ts';
import { verifyAuditChain } from '../../modules/audit/verify.ts';
import { type Operation, openApiDocument, operationsOf } from '../api-walk.ts';
import { changedBetween } from '../db-snapshot.ts';
import type { TestApp } from '../test-app.ts';
import { Random } from './random.ts';
import { collectionOf, type GeneratedRequest, generateRequest, setTinyJpeg } from './requests.ts';
import { rowState } from './row-state.ts';
import { makeHostileWorld } from './world.ts';

/**
 * The hostile-input harness (issue 18): requests generated from /api/openapi.json for every
 * operation of a shard, sent with `app.inject` by callers of several roles. It asserts, per request:
 * no 5xx; every 4xx is problem+json with a `code`; a refused request writes no row (every table and
 * sequence compared, src/test/hostile/row-state.ts) but for the refusals that must leave evidence
 * (REFUSALS_THAT_RECORD); and at the end: the audit chain verifies and no log line, at trace level,
 * holds a seeded patient's name or phone, an argon2 hash, a token or a token digest.
 */

/** Refusals that are meant to write, and exactly what they may write (the evidence of the attempt). */
const REFUSALS_THAT_RECORD: Record<string, { tables: string[]; actions: string[] }> = {
  // A failed or refused sign-in: the failure count and its audit events (modules/auth/service.ts).
  INVALID_CREDENTIALS: { tables: ['audit_events', 'login_throttles'], actions: ['login_failed'] },
  INVALID_TOTP: { tables: ['audit_events', 'login_throttles'], actions: ['login_failed'] },
  TOO_MANY_ATTEMPTS: {
    tables: ['audit_events', 'login_throttles', 'sessions'],
    actions: [
      'login_failed',
      'login_locked',
      'login_refused_locked',
      // The fifth wrong PIN on a tablet ends its session (modules/questionnaires/tablet.service.ts).
      'patient_mode_pin_failed',
      'patient_mode_locked',
    ],
  },
  // A wrong PIN to take a tablet back: counted on the session, and audited.
  PIN_INCORRECT: { tables: ['audit_events', 'sessions'], actions: ['patient_mode_pin_failed'] },
  // Showing the possible duplicates is a read of their records (modules/patients/service.ts): an
  // access-log entry, pending until sealed (modules/audit/access.ts).
  POSSIBLE_DUPLICATE: { tables: ['audit_access_pending'], actions: ['read'] },
};

const AUDIT_TABLES = ['audit_events', 'audit_access_pending'];

export type Counts = {
  requests: number;
  ok: number;
  refused: number;
  failed: number;
  codes: Map<string, number>;
  ms: number;
};

export type HostileReport = {
  seed: number;
  requests: number;
  ms: number;
  operations: number;
  perOperation: Map<string, Counts>;
  findings: string[];
  chain: Awaited<ReturnType<typeof verifyAuditChain>>;
  leaks: string[];
};

const rowsOf = async <T>(t: TestApp, query: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;

/** The newest row version of a table in a row-state digest (`count:max(xmin)`). */
const newestVersion = (state: Map<string, string>, table: string) =>
  Number(state.get(table)?.split(':')[1] ?? 0);

function describe(gen: GeneratedRequest, res: LightMyRequestResponse): string {
  const body =
    typeof gen.request.payload === 'string' ? gen.request.payload : JSON.stringify(gen.request.payload ?? '');
  return `${gen.request.method} ${String(gen.request.url).slice(0, 400)} as ${gen.actor.name} [${gen.kind}] body ${(
    body ?? ''
  ).slice(0, 200)} → ${res.statusCode} ${res.headers['content-type'] ?? ''} ${res.body.slice(0, 300)}`;
}

/** Why a 4xx answer breaks the problem+json contract, if it does. */
function problemDefect(res: LightMyRequestResponse): string | undefined {
  if (!String(res.headers['content-type'] ?? '').startsWith('application/problem+json'))
    return 'not problem+json';
  try {
    const code = (JSON.parse(res.body) as { code?: unknown }).code;
    return typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? undefined : 'no code';
  } catch {
    return 'not JSON';
  }
}

export async function runHostileInput(
  t: TestApp,
  options: { seed: number; requests: number; shard: number; shards: number },
): Promise<HostileReport> {
  const started = performance.now();
  const r = new Random(options.seed + options.shard * 7919);
  setTinyJpeg(
    await sharp({ create: { width: 16, height: 12, channels: 3, background: '#c08060' } })
      .jpeg()
      .toBuffer(),
  );
  const world = await makeHostileWorld(t);
  const doc = await openApiDocument(t.app);
  const operations: Operation[] = operationsOf(doc)
    .sort((a, b) => a.label.localeCompare(b.label))
    .filter((_, i) => i % options.shards === options.shard);
  const perOperation = new Map(
    operations.map((op) => [
      op.label,
      { requests: 0, ok: 0, refused: 0, failed: 0, codes: new Map<string, number>(), ms: 0 },
    ]),
  );
  const findings = new Map<string, string[]>();
  const find = (key: string, example: string) => {
    const list = findings.get(key) ?? [];
    if (list.length < 2) list.push(example);
    findings.set(key, list);
  };

  const timing = { inject: 0, snapshot: 0 };
  // The state before a request; after an accepted one it is taken again only when needed.
  let state: Map<string, string> | undefined;
  for (let i = 0; i < options.requests; i++) {
    const op = operations[i % operations.length] as Operation;
    const gen = generateRequest(r, doc, op, world);
    const s0 = performance.now();
    const before = state ?? (await rowState(t.database.db));
    const t0 = performance.now();
    const res = await t.app.inject(gen.request);
    const t1 = performance.now();
    const refused = res.statusCode >= 400 && res.statusCode < 500;
    const after = refused ? await rowState(t.database.db) : undefined;
    timing.inject += t1 - t0;
    timing.snapshot += performance.now() - t1 + (t0 - s0);
    const counts = perOperation.get(op.label) as Counts;
    if (process.env.HOSTILE_DEBUG && op.label.includes(process.env.HOSTILE_DEBUG))
      console.log(describe(gen, res));
    counts.requests += 1;
    counts.ms += t1 - t0;
    const at = `#${i}`;
    if (res.statusCode >= 500) {
      counts.failed += 1;
      find(`${op.label}: ${res.statusCode}`, `${at} ${describe(gen, res)}`);
    } else if (res.statusCode >= 400) {
      counts.refused += 1;
      const code = /"code":"([A-Z_]+)"/.exec(res.body)?.[1] ?? String(res.statusCode);
      counts.codes.set(code, (counts.codes.get(code) ?? 0) + 1);
      const defect = problemDefect(res);
      if (defect) find(`${op.label}: ${res.statusCode} ${defect}`, `${at} ${describe(gen, res)}`);
      const written = changedBetween(before, after as Map<string, string>);
      if (written.length > 0) {
        const allowed = REFUSALS_THAT_RECORD[code];
        // The audit trail and the access log waiting to be sealed into it are judged alike.
        const actions: string[] = [];
        for (const table of AUDIT_TABLES.filter((a) => written.includes(a))) {
          const found = await rowsOf<{ action: string }>(
            t,
            sql`select action from ${sql.identifier(table)} where xmin::text::bigint > ${newestVersion(before, table)}`,
          );
          actions.push(...found.map((a) => a.action));
        }
        const tables = written.filter((w) => !w.startsWith('sequence:'));
        const honest =
          allowed &&
          tables.every((w) => allowed.tables.includes(w)) &&
          actions.every((a) => allowed.actions.includes(a));
        if (!honest)
          find(
            `${op.label}: ${res.statusCode} ${code} wrote ${tables.join(', ')}`,
            `${at} ${describe(gen, res)}`,
          );
      }
    } else {
      counts.ok += 1;
      const location = res.headers.location;
      const id = typeof location === 'string' ? location.split('/').at(-1) : undefined;
      // A record made by the harness is one more to aim at (a new module's records included).
      if (res.statusCode === 201 && id) {
        const collection = collectionOf(`${location}`.replace(/[^/]+$/, '{id}'), 'id');
        world.own.set(collection, [...(world.own.get(collection) ?? []), id]);
      }
    }
    state = after;
    // A sign-out (or a forged cookie) left the caller without a session: a new one, outside the count.
    if (res.statusCode === 401 && gen.actor.userId && res.body.includes('"UNAUTHENTICATED"')) {
      await world.renew(gen.actor);
      state = undefined;
    }
  }

  console.log(
    `inject ${(timing.inject / 1000).toFixed(1)} s, snapshots ${(timing.snapshot / 1000).toFixed(1)} s`,
  );
  // Every read the harness made is checked too: its access entry sealed into the chain first.
  await sealAccessLog(t.database.db);
  const chain = await verifyAuditChain(t.database.db);
  const stored = await rowsOf<{ v: string }>(
    t,
    sql`select password_hash as v from users union all select token_hash from sessions
        union all select token_hash from api_tokens union all select unnest(recovery_code_hashes) from users`,
  );
  const logs = t.logs();
  if (process.env.HOSTILE_LOG_FILE)
    (await import('node:fs')).writeFileSync(process.env.HOSTILE_LOG_FILE, logs);
  const leaks = [...world.secrets, ...stored.map((s) => s.v), '$argon2id$', '$argon2']
    .filter((secret) => secret.length >= 4 && logs.includes(secret))
    .map((secret) => `${secret.slice(0, 12)}… (${secret.length} chars)`);
  return {
    seed: options.seed,
    requests: options.requests,
    ms: performance.now() - started,
    operations: operations.length,
    perOperation,
    findings: [...findings].map(([key, examples]) => `${key}\n    ${examples.join('\n    ')}`),
    chain,
    leaks,
  };
}

/** The per-operation table printed after every run (and with a failure). */
export function formatReport(report: HostileReport, database: string): string {
  const lines = [...report.perOperation].map(
    ([label, c]) =>
      `  ${label.padEnd(56)} ${String(c.requests).padStart(5)} ${String(Math.round(c.ms / c.requests)).padStart(3)} ms  2xx ${String(c.ok).padStart(4)}  4xx ${String(c.refused).padStart(4)}  5xx ${c.failed}  ${[
        ...c.codes,
      ]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
  );
  return [
    `hostile input on ${database}: seed ${report.seed} (replay: HOSTILE_SEED=${report.seed}), ${report.requests} requests over ${report.operations} operations in ${(report.ms / 1000).toFixed(1)} s`,
    ...lines,
  ].join('\n');
}
