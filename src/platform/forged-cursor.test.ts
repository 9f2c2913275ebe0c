import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillPath,
  fixturesOf,
  makeWalkWorld,
  type OpenApiDocument,
  type Operation,
  okSchemaOf,
  openApiDocument,
  operationsOf,
  queryParametersOf,
  requiredQuery,
  type WalkWorld,
  withQuery,
} from '../test/api-walk.ts';
import { makeAssessment, makeConsultation, makePhoto, makeQuestionnaire } from '../test/factories.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';

/**
 * Every list that pages (API.md: `?cursor=`, `nextCursor`), walked over /api/openapi.json, refuses a
 * cursor it did not hand out with 422 INVALID_CURSOR naming `cursor`: a cursor is compared in SQL,
 * where a malformed value would be a server error (platform/keyset-cursor.ts). A list that answers
 * `nextCursor` must take `cursor` back.
 */

const base64url = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Cursors no list hands out; each stays under the 1,000 characters the query schema allows. */
const FORGED: Array<[string, string]> = [
  ['text and a non-uuid', base64url(['みほん', 'not-a-uuid'])],
  ['an impossible date', base64url(['2025-02-30', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'])],
  ['an object', base64url({ a: 1 })],
  ['three numbers', base64url([1, 2, 3])],
  ['a 300-character string', base64url('x'.repeat(300))],
  ['300 characters of text and a uuid', base64url(['x'.repeat(300), '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'])],
  ['an escaped NUL in the text', base64url(['a\u0000b', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'])],
  ['not base64 at all', '%%%'],
  ['base64 of no JSON', base64url('{"unterminated')],
];

const takesCursor = (op: Operation) => queryParametersOf(op).some((p) => p.name === 'cursor');
const answersNextCursor = (doc: OpenApiDocument, op: Operation) =>
  Boolean(okSchemaOf(doc, op)?.properties?.nextCursor);

let t: TestApp;
let world: WalkWorld;
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await makeTestApp();
  world = await makeWalkWorld(t);
  // A second record of each kind, so that paging by one really pages.
  await makeConsultation(t, world.callerA, world.patientA);
  await makeAssessment(t, world.callerA, world.patientA);
  await makePhoto(t, world.callerA, world.patientA);
  await makeQuestionnaire(t, world.callerA, world.patientA, world.questionnaireTemplateA);
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: world.callerA.headers,
    payload: { name: 'second sensor', role: 'technician' },
  });
  doc = await openApiDocument(t.app);
}, 120_000);
afterAll(() => t?.close());

describe('forged cursors', () => {
  it('every list answering nextCursor takes a cursor back', () => {
    const unpaged = operationsOf(doc)
      .filter((op) => op.method === 'GET' && answersNextCursor(doc, op) && !takesCursor(op))
      .map((op) => op.label);
    expect(unpaged, 'lists that answer nextCursor but take no ?cursor=').toEqual([]);
  });

  it('are refused by every list with 422 INVALID_CURSOR naming cursor', async () => {
    const lists = operationsOf(doc).filter((op) => op.method === 'GET' && takesCursor(op));
    // Patients, consultations, assessments, photos, the audit trail: at least these.
    expect(lists.length).toBeGreaterThanOrEqual(5);
    const fixtures = fixturesOf(world);
    const findings: string[] = [];
    for (const op of lists) {
      const filled = fillPath(op.path, fixtures);
      if ('missing' in filled) throw new Error(`${op.label}: ${filled.missing}`);
      // The caller holds every role in its own facility: a member for the records, an admin for the trail.
      const own = await t.app.inject({
        method: 'GET',
        url: withQuery(filled.url, requiredQuery(doc, op)),
        headers: world.callerA.headers,
      });
      if (own.statusCode !== 200)
        findings.push(`${op.label} without a cursor: ${own.statusCode} ${own.body}`);
      for (const [what, cursor] of FORGED) {
        const res = await t.app.inject({
          method: 'GET',
          url: withQuery(filled.url, { ...requiredQuery(doc, op), cursor }),
          headers: world.callerA.headers,
        });
        const problem = res.statusCode === 422 ? res.json() : undefined;
        const refused =
          problem?.code === 'VALIDATION_FAILED' &&
          problem.errors?.[0]?.path === 'cursor' &&
          problem.errors?.[0]?.code === 'INVALID_CURSOR';
        if (!refused) findings.push(`${op.label} with ${what}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
    }
    expect(findings).toEqual([]);
  }, 120_000);

  it('the cursors a list hands out are taken back: paging by one shows what one page shows', async () => {
    const fixtures = fixturesOf(world);
    for (const op of operationsOf(doc).filter((o) => o.method === 'GET' && takesCursor(o))) {
      const filled = fillPath(op.path, fixtures);
      if ('missing' in filled) throw new Error(`${op.label}: ${filled.missing}`);
      const list = async (query: Record<string, string>) => {
        const res = await t.app.inject({
          method: 'GET',
          url: withQuery(filled.url, { ...requiredQuery(doc, op), ...query }),
          headers: world.callerA.headers,
        });
        expect(res.statusCode, `${op.label} ${JSON.stringify(query)}: ${res.body.slice(0, 300)}`).toBe(200);
        const page = res.json() as { items: Array<{ id?: string; seq?: number }>; nextCursor: string | null };
        return { keys: page.items.map((item) => String(item.id ?? item.seq)), nextCursor: page.nextCursor };
      };
      const whole = await list({ limit: '500' });
      expect(whole.nextCursor, op.label).toBeNull();
      expect(whole.keys.length, `${op.label} needs two items to page`).toBeGreaterThanOrEqual(2);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list({ limit: '1', ...(cursor ? { cursor } : {}) });
        paged.push(...page.keys);
        cursor = page.nextCursor;
      } while (cursor && paged.length <= whole.keys.length);
      expect(paged, op.label).toEqual(whole.keys);
    }
  }, 120_000);
});
