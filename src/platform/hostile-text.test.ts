import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartForm, phoneJpeg } from '../modules/photos/test-photos.ts';
import {
  exampleBody,
  fillPath,
  firstStringPath,
  firstStringProperty,
  fixturesOf,
  makeWalkWorld,
  type OpenApiDocument,
  openApiDocument,
  operationsOf,
  queryParametersOf,
  requestBodyOf,
  requiredQuery,
  resolveSchema,
  setAt,
  type WalkWorld,
  withQuery,
} from '../test/api-walk.ts';
import { changedBetween, databaseSnapshot } from '../test/db-snapshot.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';
import { checkedText, hostileTextErrors, hostileTextProblem } from './hostile-text.ts';

/**
 * Text PostgreSQL cannot store as sent (STACK.md trap 19) is refused at the edge: a NUL or a lone
 * surrogate anywhere in a JSON body or a querystring answers 422 INVALID_CHARACTER naming the field,
 * before any handler runs, on every operation of the document; never a 500, and nothing written.
 */

const HOSTILE: Array<[string, string]> = [
  ['a NUL', 'テ\u0000スト'],
  ['a lone high surrogate', 'テ\uD800スト'],
  ['a lone low surrogate', 'テ\uDC00スト'],
  ['an escape character', 'テ\u001Bスト'],
];

describe('hostileTextErrors', () => {
  it('names each string holding a NUL or a lone surrogate by its dotted path', () => {
    const body = {
      familyName: '見本\u0000',
      notes: 'ok 😀',
      goodmanQuantitative: { counts: { papular: 1 }, label: 'x\uD83D' },
      items: [{ note: 'fine' }, { note: '\uDE00y' }],
      'ke\u0000y': 'value',
    };
    expect(hostileTextErrors(body, 'body')).toEqual([
      expect.objectContaining({ path: 'familyName', in: 'body', code: 'INVALID_CHARACTER' }),
      expect.objectContaining({ path: 'goodmanQuantitative.label', in: 'body', code: 'INVALID_CHARACTER' }),
      expect.objectContaining({ path: 'items.1.note', in: 'body', code: 'INVALID_CHARACTER' }),
      expect.objectContaining({ path: 'ke\uFFFDy', in: 'body', code: 'INVALID_CHARACTER' }),
    ]);
  });

  it('lets well-formed text through: surrogate pairs, kana, empty strings, numbers', () => {
    expect(hostileTextErrors({ a: '😀𠮷', b: 'みほん', c: '', d: 1, e: null, f: [true] }, 'body')).toEqual(
      [],
    );
    expect(hostileTextErrors(undefined, 'body')).toEqual([]);
    expect(hostileTextErrors(Buffer.from([0, 0xd8]), 'body')).toEqual([]);
  });

  it('refuses C0 controls and DEL but tab, LF and CR', () => {
    for (let code = 1; code < 0x20; code++) {
      const char = String.fromCharCode(code);
      expect(hostileTextProblem(`a${char}b`), `U+${code.toString(16)}`).toBe(
        char === '\t' || char === '\n' || char === '\r' ? undefined : 'CONTROL',
      );
    }
    expect(hostileTextProblem('a\u007Fb')).toBe('CONTROL');
    // C1 controls and other invisible characters are text a record may hold as typed.
    expect(hostileTextProblem('a\u0085\u200Bb\u00A0')).toBeUndefined();
    expect(hostileTextErrors({ 'k\u001B': 1 }, 'body')).toEqual([
      expect.objectContaining({ path: 'k\uFFFD', code: 'INVALID_CHARACTER' }),
    ]);
  });

  it('normalises accepted strings to NFC in place, keys and refused text left alone', () => {
    const decomposed = 'か\u3099'; // か + combining dakuten: が as a Mac may send it
    const body = { name: decomposed, items: [decomposed, 1], bad: `${decomposed}\u0000` };
    expect(hostileTextErrors(body, 'body', { normalise: true })).toHaveLength(1);
    expect(body.name).toBe('が');
    expect(body.items[0]).toBe('が');
    expect(body.bad).toBe(`${decomposed}\u0000`);
    const unchanged = { name: decomposed };
    hostileTextErrors(unchanged, 'body');
    expect(unchanged.name).toBe(decomposed);
  });

  it('checks a form read by hand the same way (the photo upload)', () => {
    expect(checkedText({ note: 'は\u309A' })).toEqual({ note: 'ぱ' });
    expect(() => checkedText({ note: 'x\u0007' })).toThrow(/invalid field/);
  });

  it('names the location when the value itself is the string', () => {
    expect(hostileTextErrors('\u0000', 'querystring')).toEqual([
      expect.objectContaining({ path: 'querystring', in: 'querystring', code: 'INVALID_CHARACTER' }),
    ]);
  });

  it('walks a deeply nested body without exhausting the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const errors = hostileTextErrors(deep, 'body');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path.split('.')).toHaveLength(100_000);
  });
});

let t: TestApp;
let world: WalkWorld;
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await makeTestApp();
  world = await makeWalkWorld(t);
  doc = await openApiDocument(t.app);
}, 120_000);
afterAll(() => t?.close());

type Problem = { code?: string; errors?: Array<{ path: string; in?: string; code: string }> };
const problemOf = (body: string): Problem => {
  try {
    return JSON.parse(body) as Problem;
  } catch {
    return {};
  }
};

describe('hostile text at the edge', () => {
  it('is refused in the JSON body of every POST and PATCH, naming the field, with nothing written', async () => {
    const fixtures = fixturesOf(world);
    const findings: string[] = [];
    const walked: string[] = [];
    const skipped: string[] = [];
    for (const op of operationsOf(doc).filter((o) => o.method === 'POST' || o.method === 'PATCH')) {
      const body = requestBodyOf(doc, op);
      if (body?.kind !== 'json') continue;
      // Own facility's records: without the guard, these requests would reach real rows.
      const filled = fillPath(op.path, fixtures);
      if ('missing' in filled) {
        findings.push(`${op.label}: ${filled.missing}`);
        continue;
      }
      const valid = exampleBody(doc, op, body.schema) as Record<string, unknown>;
      let path = firstStringPath(valid);
      if (!path) {
        const optional = firstStringProperty(doc, body.schema);
        if (!optional) {
          skipped.push(op.label);
          continue;
        }
        path = [optional];
      }
      walked.push(op.label);
      for (const [what, text] of HOSTILE) {
        const payload = structuredClone(valid);
        setAt(payload, path, text);
        const before = await databaseSnapshot(t.database.db);
        const res = await t.app.inject({
          method: op.method,
          url: withQuery(filled.url, requiredQuery(doc, op)),
          headers: world.callerA.headers,
          payload,
        });
        const written = changedBetween(before, await databaseSnapshot(t.database.db));
        const problem = problemOf(res.body);
        const named = problem.errors?.some(
          (e) => e.path === path.join('.') && e.in === 'body' && e.code === 'INVALID_CHARACTER',
        );
        if (res.statusCode !== 422 || problem.code !== 'VALIDATION_FAILED' || !named) {
          findings.push(
            `${op.label} with ${what} in ${path.join('.')}: ${res.statusCode} ${res.body.slice(0, 300)}`,
          );
        }
        if (written.length > 0) findings.push(`${op.label} with ${what}: wrote ${written.join(', ')}`);
      }
    }
    expect(findings).toEqual([]);
    expect(skipped, 'JSON bodies with no text field at all').toEqual([]);
    // Setup, sign-in, profile, password, TOTP, users, tokens, facilities, patients and each record.
    expect(walked.length).toBeGreaterThanOrEqual(25);
  }, 300_000);

  it('is refused in the querystring of every GET, naming the parameter', async () => {
    const fixtures = fixturesOf(world);
    const findings: string[] = [];
    let walked = 0;
    for (const op of operationsOf(doc).filter((o) => o.method === 'GET')) {
      const parameter = queryParametersOf(op).find((p) => {
        const schema = resolveSchema(doc, p.schema);
        return (schema.type ?? resolveSchema(doc, schema.anyOf?.[0]).type) === 'string';
      });
      if (!parameter) continue;
      const filled = fillPath(op.path, fixtures);
      if ('missing' in filled) {
        findings.push(`${op.label}: ${filled.missing}`);
        continue;
      }
      walked += 1;
      const before = await databaseSnapshot(t.database.db);
      const res = await t.app.inject({
        method: 'GET',
        url: withQuery(filled.url, { ...requiredQuery(doc, op), [parameter.name]: 'テ\u0000スト' }),
        headers: world.callerA.headers,
      });
      const written = changedBetween(before, await databaseSnapshot(t.database.db));
      const problem = problemOf(res.body);
      const named = problem.errors?.some(
        (e) => e.path === parameter.name && e.in === 'querystring' && e.code === 'INVALID_CHARACTER',
      );
      if (res.statusCode !== 422 || !named) {
        findings.push(`${op.label} ?${parameter.name}=NUL: ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
      if (written.length > 0) findings.push(`${op.label}: wrote ${written.join(', ')}`);
    }
    expect(findings).toEqual([]);
    // Patient search, each list under a patient, the photo comparison, the audit trail and its export.
    expect(walked).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it('answers in problem+json, readable as JSON, naming the key when a key holds the character', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/consultations/${world.consultationA}/void`,
      headers: { ...world.callerA.headers, 'content-type': 'application/json' },
      payload: '{"reason":"x","k\\u0000":"y"}',
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: 'k\uFFFD', in: 'body', code: 'INVALID_CHARACTER' }),
    ]);
  });
});

describe('NFC at the edge', () => {
  it('hands a decomposed free text to the service composed', async () => {
    const decomposed = 'ほほの凹みか\u3099気になる'; // が with the dakuten as a combining mark
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${world.patientA}/consultations`,
      headers: world.callerA.headers,
      payload: { chiefComplaint: decomposed, plan: 'prp' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().chiefComplaint).toBe('ほほの凹みが気になる');
  });
});

describe('hostile text in a multipart form', () => {
  it('is named like a JSON field, before the image is processed, with nothing written', async () => {
    const form = multipartForm({ view: 'front', note: 'テ\u0000スト' }, { bytes: await phoneJpeg() });
    const before = await databaseSnapshot(t.database.db);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${world.patientA}/photos`,
      headers: { ...world.callerA.headers, ...form.headers },
      payload: form.payload,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'note', in: 'body', code: 'INVALID_CHARACTER' }],
    });
    expect(changedBetween(before, await databaseSnapshot(t.database.db))).toEqual([]);
  });
});
