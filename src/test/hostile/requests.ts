import type { InjectOptions } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { multipartForm } from '../../modules/photos/test-photos.ts';
import { type Permission, rolesGrant } from '../../platform/permissions.ts';
import {
  exampleBody,
  type JsonSchema,
  type OpenApiDocument,
  type Operation,
  pathParameters,
  queryParametersOf,
  requestBodyOf,
  resolveSchema,
} from '../api-walk.ts';
import type { Random } from './random.ts';
import { HOSTILE_TEXT, hostileValue, type ValueContext, validish, WRONG_TYPES } from './values.ts';
import type { Actor, HostileWorld } from './world.ts';

/**
 * One generated request for an operation of the OpenAPI document: a caller (allowed or not), path
 * ids (own, another facility's, random, malformed, badly percent-encoded), query parameters and a
 * body from the schemas, valid-ish or broken in one of the ways a hostile or clumsy client breaks
 * them. `kind` names the breakage, for the per-operation counts and a failure's report.
 */
export type GeneratedRequest = { actor: Actor; kind: string; request: InjectOptions };

const BAD_ENCODINGS = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%00', '%FF%FE', '%2e%2e%2f', '%u0041'];
/** One character the edge refuses or rewrites (a decomposed kana is rewritten to NFC). */
const BAD_CHARACTERS = ['\u0000', '\uD800', '\uDFFF', '\u0001', '\u001B', '\u007F', '\u0008', '\u3099'];
const NOT_IDS = [
  '1',
  'abc',
  "' or 1=1--",
  'P-000001',
  '..',
  '00000000-0000-0000-0000-00000000000g',
  'x'.repeat(3_000),
];

/** The collection a path parameter names: `{patientId}` → patients, `/consultations/{id}` → consultations. */
export function collectionOf(path: string, param: string): string {
  if (param === 'patientId') return 'patients';
  const segments = path.split('/');
  const before = segments[segments.indexOf(`{${param}}`) - 1];
  return before && !before.startsWith('{') ? before : param;
}

function idFor(r: Random, world: HostileWorld, collection: string): { id: string; raw?: boolean } {
  const own = world.own.get(collection) ?? [];
  const foreign = world.foreign.get(collection) ?? [];
  const everyOwn = [...world.own.values()].flat();
  return r.weighted<() => { id: string; raw?: boolean }>([
    [own.length > 0 ? 10 : 0, () => ({ id: r.pick(own) })],
    [foreign.length > 0 ? 3 : 0, () => ({ id: r.pick(foreign) })],
    [2, () => ({ id: r.pick(everyOwn) })],
    [2, () => ({ id: uuidv7() })],
    [2, () => ({ id: safeEncode(r.pick([...NOT_IDS, ...HOSTILE_TEXT.slice(0, 14)])) })],
    [2, () => ({ id: r.pick(BAD_ENCODINGS), raw: true })],
  ])();
}

const uuidContext = (r: Random, world: HostileWorld): ValueContext => ({
  uuidFor: (field) => {
    const named = field.replace(/Ids?$/, '');
    const collection = named === 'intoPatient' ? 'patients' : `${named}s`;
    return idFor(r, world, world.own.has(collection) ? collection : r.pick([...world.own.keys()])).id;
  },
});

function pickActor(r: Random, world: HostileWorld, op: Operation): Actor {
  const allowed = world.actors.filter((a) => {
    if (op.access === 'public') return true;
    if (op.access === 'authenticated') return a.roles.length > 0;
    return rolesGrant(a.roles, op.access as Permission);
  });
  return allowed.length > 0 && r.chance(0.75) ? r.pick(allowed) : r.pick(world.actors);
}

function headersFor(r: Random, actor: Actor): Record<string, string> {
  const headers = { ...actor.headers };
  const roll = r.next();
  if (roll < 0.03) delete headers['x-csrf-token'];
  else if (roll < 0.05 && headers['x-csrf-token']) headers['x-csrf-token'] = 'forged';
  else if (roll < 0.07) headers.cookie = `saisei_session=${r.pick(['forged', '', '%zz', 'a'.repeat(500)])}`;
  else if (roll < 0.09)
    headers.authorization = r.pick(['Bearer saisei_forged', 'Bearer ', 'Basic eDp5', 'Bearer %00']);
  return headers;
}

function queryString(r: Random, doc: OpenApiDocument, op: Operation, ctx: ValueContext): string {
  const parts: string[] = [];
  for (const p of queryParametersOf(op)) {
    const mode = r.weighted([
      // A forged cursor is one kind of hostile input; without one, lists can answer.
      [p.required ? 1 : p.name === 'cursor' ? 30 : 5, 'omit'],
      [6, 'valid'],
      [3, 'hostile'],
      [1, 'raw'],
      [1, 'twice'],
    ] as const);
    if (mode === 'omit') continue;
    const schema: JsonSchema = resolveSchema(doc, p.schema);
    const value = (hostile: boolean) => {
      if (p.name === 'cursor' && !hostile) return forgedCursor(r);
      const v = hostile
        ? r.chance(0.5)
          ? `${String(validish(doc, schema, r, ctx, p.name))}${r.pick(BAD_CHARACTERS)}`
          : hostileValue(r, ctx, p.name)
        : validish(doc, schema, r, ctx, p.name);
      return typeof v === 'string' ? v : (JSON.stringify(v)?.slice(0, 5_000) ?? '');
    };
    const encoded = (v: string) => `${encodeURIComponent(p.name)}=${safeEncode(v)}`;
    if (mode === 'raw') parts.push(`${p.name}=${r.pick(BAD_ENCODINGS)}`);
    else if (mode === 'twice') parts.push(encoded(value(false)), encoded(value(r.chance(0.5))));
    else parts.push(encoded(value(mode === 'hostile')));
  }
  if (r.chance(0.05)) {
    const name = r.pick(['unknown', '__proto__', 'constructor[prototype]', 'a[b][c]', '']);
    parts.push(`${encodeURIComponent(name)}=${safeEncode(String(r.pick(HOSTILE_TEXT)))}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** encodeURIComponent throws on a lone surrogate; send it as its UTF-8-ish escape, as a client might. */
function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
}

function forgedCursor(r: Random): string {
  return r.pick([
    '',
    'abc',
    Buffer.from(JSON.stringify({ id: uuidv7(), day: '2024-04-01' })).toString('base64url'),
    Buffer.from(JSON.stringify(['2024-04-01', uuidv7()])).toString('base64url'),
    Buffer.from('2024-04-01|not-a-uuid').toString('base64url'),
    Buffer.from('\u0000\u0000').toString('base64'),
    `${uuidv7()}.${uuidv7()}`,
    'x'.repeat(2_000),
  ]);
}

/** A leaf path (dotted) of a body, or the name of any property the schema offers. */
function someField(
  r: Random,
  doc: OpenApiDocument,
  schema: JsonSchema,
  body: Record<string, unknown>,
): string {
  const offered = Object.keys(resolveSchema(doc, schema).properties ?? {});
  const present = Object.keys(body);
  return r.pick([...present, ...offered, 'extra']);
}

/**
 * Half the time the walkers' minimal valid body (src/test/api-walk.ts, with facility A's records and
 * the hints a schema cannot state) with some optional fields added, so that many requests are
 * accepted and what follows validation is reached too; otherwise a valid-ish body of its own.
 */
function baseBody(
  r: Random,
  doc: OpenApiDocument,
  op: Operation,
  schema: JsonSchema,
  ctx: ValueContext,
  world: HostileWorld,
) {
  const own = (field: string) => {
    const named = field.replace(/Ids?$/, '');
    return world.own.get(named === 'intoPatient' ? 'patients' : `${named}s`)?.[0];
  };
  const random = validish(doc, schema, r, ctx);
  if (r.chance(0.5)) return random;
  try {
    const minimal = exampleBody(doc, op, schema, { uuidFor: own });
    if (!minimal || typeof minimal !== 'object' || !random || typeof random !== 'object') return minimal;
    const extras = Object.entries(random).filter(() => r.chance(0.3));
    return { ...minimal, ...Object.fromEntries(extras) };
  } catch {
    return random;
  }
}

function jsonBody(
  r: Random,
  doc: OpenApiDocument,
  op: Operation,
  schema: JsonSchema,
  ctx: ValueContext,
  world: HostileWorld,
): { kind: string; payload?: unknown; raw?: string; contentType?: string } {
  const valid = baseBody(r, doc, op, schema, ctx, world);
  const body = (valid && typeof valid === 'object' ? valid : {}) as Record<string, unknown>;
  const kind = r.weighted([
    [8, 'valid'],
    [8, 'hostile-text'],
    [8, 'hostile-field'],
    [3, 'wrong-type'],
    [2, 'missing-field'],
    [2, 'extra-field'],
    [1, 'deep'],
    [1, 'huge'],
    [1, 'not-an-object'],
    [2, 'bad-json'],
    [2, 'content-type'],
  ] as const);
  const field = someField(r, doc, schema, body);
  switch (kind) {
    case 'valid':
      return { kind, payload: valid };
    case 'hostile-text': {
      // A valid body with one bad character inside a free-text field: the request the schema accepts.
      const texts = Object.entries(body).filter(([name, v]) => {
        const property = resolveSchema(doc, resolveSchema(doc, schema).properties?.[name]);
        return typeof v === 'string' && !property.format && !property.enum && !property.pattern;
      });
      if (texts.length === 0) return { kind, payload: valid };
      const [name, text] = r.pick(texts) as [string, string];
      const at = r.int(text.length + 1);
      return {
        kind,
        payload: { ...body, [name]: text.slice(0, at) + r.pick(BAD_CHARACTERS) + text.slice(at) },
      };
    }
    case 'hostile-field':
      return { kind, payload: { ...body, [field]: hostileValue(r, ctx, field) } };
    case 'wrong-type':
      return { kind, payload: { ...body, [field]: r.pick(WRONG_TYPES) } };
    case 'missing-field': {
      const { [field]: _dropped, ...rest } = body;
      return { kind, payload: rest };
    }
    case 'extra-field':
      return {
        kind,
        payload: {
          ...body,
          [r.pick(['extra', '__proto__', 'constructor', 'id', 'facilityId', 'version'])]: r.pick(WRONG_TYPES),
        },
      };
    case 'deep': {
      // As text: JSON.stringify itself gives up long before a parser should.
      const depth = r.pick([1_000, 20_000, 200_000]);
      const [open, close] = r.chance(0.5) ? ['[', ']'] : ['{"a":', '}'];
      const raw = `{${JSON.stringify(field)}:${open.repeat(depth)}"x"${close.repeat(depth)}}`;
      return { kind, raw, contentType: 'application/json' };
    }
    case 'huge':
      return { kind, payload: { ...body, [field]: 'x'.repeat(r.pick([200_000, 1_100_000])) } };
    case 'not-an-object':
      return { kind, payload: r.pick([[], [body], 'text', 1, null, true]) };
    case 'bad-json':
      return {
        kind,
        raw: r.pick([
          '{',
          '',
          '{"a":}',
          '{"reason":"\\ud800"}',
          '{"reason":"\\u0000"}',
          `{"__proto__":{"polluted":1},"reason":"x"}`,
          `{"constructor":{"prototype":{"polluted":1}}}`,
          '{"a":1,"a":2}',
          '\uFEFF{}',
          '['.repeat(50_000),
          '\u0000',
        ]),
        contentType: 'application/json',
      };
    case 'content-type':
      return {
        kind,
        raw: JSON.stringify(valid),
        contentType: r.pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/xml',
          'application/json\u0000',
        ]),
      };
  }
}

let tinyJpeg: Buffer | undefined;
export const setTinyJpeg = (bytes: Buffer) => {
  tinyJpeg = bytes;
};

function multipartBody(r: Random, doc: OpenApiDocument, schema: JsonSchema, ctx: ValueContext) {
  const fields: Record<string, string> = {};
  let fileField: string | undefined;
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const resolved = resolveSchema(doc, property);
    if (resolved.format === 'binary') fileField = name;
    else if (required.has(name) || r.chance(0.5))
      fields[name] = String(validish(doc, resolved, r, ctx, name) ?? '');
  }
  const kind = r.weighted([
    [4, 'valid'],
    [4, 'hostile-field'],
    [1, 'no-file'],
    [1, 'not-an-image'],
    [1, 'wrong-field'],
    [1, 'truncated'],
    [1, 'json-instead'],
  ] as const);
  const name = r.pick([...Object.keys(fields), 'note', 'extra']);
  if (kind === 'hostile-field') fields[name] = String(r.pick(HOSTILE_TEXT));
  const bytes =
    kind === 'not-an-image'
      ? Buffer.from(r.pick(['GIF89a', '\u0000\u0000', 'x'.repeat(1000)]))
      : (tinyJpeg as Buffer);
  if (kind === 'json-instead') return { kind, payload: fields, contentType: 'application/json' };
  const form = multipartForm(
    fields,
    kind === 'no-file'
      ? undefined
      : { bytes, field: kind === 'wrong-field' ? 'photo' : (fileField ?? 'file') },
  );
  const payload =
    kind === 'truncated' ? form.payload.subarray(0, Math.floor(form.payload.length / 2)) : form.payload;
  return { kind, payload, contentType: form.headers['content-type'] };
}

export function generateRequest(
  r: Random,
  doc: OpenApiDocument,
  op: Operation,
  world: HostileWorld,
): GeneratedRequest {
  const actor = pickActor(r, world, op);
  const ctx = uuidContext(r, world);
  let url = op.path;
  let pathKind = '';
  for (const param of pathParameters(op.path)) {
    const { id, raw } = idFor(r, world, collectionOf(op.path, param));
    if (raw) pathKind = ' bad-encoding';
    url = url.replace(`{${param}}`, id);
  }
  url += queryString(r, doc, op, ctx);
  const headers = headersFor(r, actor);
  const body = requestBodyOf(doc, op);
  if (!body) {
    // An operation without a body still meets clients that send one.
    if (op.method !== 'GET' && r.chance(0.1)) {
      return {
        actor,
        kind: `unexpected-body${pathKind}`,
        request: { method: op.method, url, headers, payload: { x: 1 } },
      };
    }
    return { actor, kind: `no-body${pathKind}`, request: { method: op.method, url, headers } };
  }
  const made =
    body.kind === 'json'
      ? jsonBody(r, doc, op, body.schema, ctx, world)
      : (() => {
          const m = multipartBody(r, doc, body.schema, ctx);
          return { kind: m.kind, payload: m.payload, contentType: m.contentType } as {
            kind: string;
            payload?: unknown;
            raw?: string;
            contentType?: string;
          };
        })();
  const request: InjectOptions = {
    method: op.method,
    url,
    headers: { ...headers, ...(made.contentType ? { 'content-type': made.contentType } : {}) },
  };
  if (made.raw !== undefined) request.payload = made.raw;
  else if (made.payload !== undefined) {
    request.payload = Buffer.isBuffer(made.payload) ? made.payload : JSON.stringify(made.payload);
    if (!made.contentType) (request.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  // A method the path does not take: 404 problem+json, never Fastify's own answer.
  if (r.chance(0.02))
    return {
      actor,
      kind: 'wrong-method',
      request: { ...request, method: r.pick(['PUT', 'DELETE', 'OPTIONS'] as const) },
    };
  return { actor, kind: `${body.kind}:${made.kind}${pathKind}`, request };
}
