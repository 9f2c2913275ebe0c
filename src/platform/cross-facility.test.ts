import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.ts';
import { consultations } from '../modules/consultations/schema.ts';
import {
  exampleBody,
  exampleForm,
  fillPath,
  fixturesOf,
  makeWalkWorld,
  type OpenApiDocument,
  type Operation,
  openApiDocument,
  operationsOf,
  pathParameters,
  requestBodyOf,
  requiredQuery,
  type WalkWorld,
  withQuery,
} from '../test/api-walk.ts';
import { changedBetween, databaseSnapshot } from '../test/db-snapshot.ts';
import type { SignedInUser } from '../test/sessions.ts';
import { makeTestApp, type TestApp } from '../test/test-app.ts';
import { notFound } from './errors.ts';
import { IdParams } from './http-schemas.ts';

/**
 * Facility isolation, walked over /api/openapi.json: every operation that declares
 * `scope: 'facility'` and names a record in its path is called by a member of facility B (holding
 * every role, so no permission hides the check) with facility A's records. Each must answer
 * 404 NOT_FOUND — never 403, which would tell that the record exists — and write nothing: every table
 * and sequence of the public schema, the audit trail included, is compared before and after.
 * A route added by a new module is walked without a line here; one whose collection has no fixture
 * fails, naming the fixture to add (src/test/api-walk.ts).
 */

type Report = { walked: string[]; findings: string[] };

/** Operations whose path names a record of one facility. */
const facilityRecordOperations = (doc: OpenApiDocument) =>
  operationsOf(doc).filter((op) => op.scope === 'facility' && pathParameters(op.path).length > 0);

/** A body field that names a patient (`intoPatientId`): tried with the caller's own patient and with A's second one. */
const isPatientField = (field: string) => /patientid$/i.test(field);

/** The requests to make for one operation: one, or one per patient a body field may name. */
async function requestsFor(
  doc: OpenApiDocument,
  op: Operation,
  url: string,
  caller: SignedInUser,
  patientChoices: string[],
): Promise<Array<{ variant: string; request: InjectOptions }>> {
  const target = withQuery(url, requiredQuery(doc, op));
  const base = { method: op.method, url: target };
  const body = requestBodyOf(doc, op);
  if (!body) return [{ variant: '', request: { ...base, headers: caller.headers } }];
  if (body.kind === 'multipart') {
    const form = await exampleForm(doc, body.schema);
    return [
      {
        variant: ' (multipart)',
        request: { ...base, headers: { ...caller.headers, ...form.headers }, payload: form.payload },
      },
    ];
  }
  let namesPatient = false;
  const bodyNaming = (patient: string | undefined) =>
    exampleBody(doc, op, body.schema, {
      uuidFor: (field) => {
        if (!isPatientField(field)) return undefined;
        namesPatient = true;
        return patient;
      },
    });
  const first = bodyNaming(patientChoices[0]);
  const variants = namesPatient
    ? patientChoices.map((patient, i) => ({
        variant: ` (body naming patient ${i + 1})`,
        payload: i === 0 ? first : bodyNaming(patient),
      }))
    : [{ variant: '', payload: first }];
  return variants.map(({ variant, payload }) => ({
    variant,
    request: { ...base, headers: caller.headers, payload: payload as InjectOptions['payload'] },
  }));
}

const problemOf = (body: string): { code?: string } => {
  try {
    return JSON.parse(body) as { code?: string };
  } catch {
    return {};
  }
};

/**
 * The check itself, runnable against any app: each finding names the operation and what went wrong.
 */
async function checkCrossFacility(t: TestApp, world: WalkWorld): Promise<Report> {
  const doc = await openApiDocument(t.app);
  const fixtures = fixturesOf(world);
  const report: Report = { walked: [], findings: [] };
  for (const op of facilityRecordOperations(doc)) {
    const filled = fillPath(op.path, fixtures);
    if ('missing' in filled) {
      report.findings.push(`${op.label}: ${filled.missing}`);
      continue;
    }
    const requests = await requestsFor(doc, op, filled.url, world.callerB, [
      world.patientB,
      world.secondPatientA,
    ]);
    for (const { variant, request } of requests) {
      const label = `${op.label}${variant}`;
      report.walked.push(label);
      const before = await databaseSnapshot(t.database.db);
      const res = await t.app.inject(request);
      const written = changedBetween(before, await databaseSnapshot(t.database.db));
      if (res.statusCode !== 404 || problemOf(res.body).code !== 'NOT_FOUND') {
        const hint =
          res.statusCode === 422
            ? ' — a 422 hides the facility check: fix the body generator (src/test/api-walk.ts) for this body'
            : '';
        report.findings.push(`${label}: ${res.statusCode} ${res.body.slice(0, 400)}${hint}`);
      }
      if (written.length > 0) report.findings.push(`${label}: wrote ${written.join(', ')}`);
    }
  }
  return report;
}

let t: TestApp;
let world: WalkWorld;

beforeAll(async () => {
  t = await makeTestApp();
  world = await makeWalkWorld(t);
}, 120_000);
afterAll(() => t?.close());

describe('another facility’s records', () => {
  it('are not found (404, never 403) by every facility-scoped operation, and nothing is written', async () => {
    const report = await checkCrossFacility(t, world);
    expect(report.findings).toEqual([]);
    // Consultations, assessments and photos (read, correct, void, image, thumbnail), patients (read,
    // correct, merge, timeline) and each list under a patient: at least these, and whatever comes next.
    expect(report.walked.length).toBeGreaterThanOrEqual(20);
    expect(report.walked).toEqual(
      expect.arrayContaining([
        'GET /api/v1/patients/{id}',
        'POST /api/v1/patients/{id}/merge (body naming patient 1)',
        'POST /api/v1/patients/{id}/merge (body naming patient 2)',
        'POST /api/v1/patients/{patientId}/photos (multipart)',
        'GET /api/v1/photos/{id}/image',
        'PATCH /api/v1/consultations/{id}',
        // The administrator's routes: another facility's staff, tokens and settings.
        'GET /api/v1/users/{id}',
        'PATCH /api/v1/users/{id}',
        'POST /api/v1/users/{id}/reset-password',
        'POST /api/v1/users/{id}/deactivate',
        'POST /api/v1/api-tokens/{id}/revoke',
        'GET /api/v1/facilities/{id}',
        'PATCH /api/v1/facilities/{id}',
      ]),
    );
  }, 300_000);

  it('are found by their own facility: the fixtures are right, so the walk can fail', async () => {
    const doc = await openApiDocument(t.app);
    const fixtures = fixturesOf(world);
    const reads = facilityRecordOperations(doc).filter((op) => op.method === 'GET');
    expect(reads.length).toBeGreaterThanOrEqual(10);
    for (const op of reads) {
      const filled = fillPath(op.path, fixtures);
      if ('missing' in filled) throw new Error(filled.missing);
      const res = await t.app.inject({
        method: 'GET',
        url: withQuery(filled.url, requiredQuery(doc, op)),
        headers: world.callerA.headers,
      });
      expect(res.statusCode, `${op.label} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBe(200);
    }
  }, 120_000);
});

describe('the walk finds a careless route', () => {
  /**
   * What a careless module would write: routes that declare `scope: 'facility'` and then reach a
   * consultation by its id alone, without the facility condition (records/scope.ts is bypassed).
   */
  function carelessRoutes(app: FastifyInstance, database: DatabaseHandle) {
    const zapp = app.withTypeProvider<ZodTypeProvider>();
    const config = { access: 'clinical:read', scope: 'facility' } as const;
    zapp.get(
      '/api/v1/consultations/:id/careless-summary',
      { config, schema: { params: IdParams } },
      async (request) => {
        const [row] = await database.db
          .select()
          .from(consultations)
          .where(eq(consultations.id, request.params.id));
        if (!row) throw notFound('Consultation');
        return { id: row.id, chiefComplaint: row.chiefComplaint };
      },
    );
    // Answers 404 as it should, but writes first: only the snapshot can tell.
    zapp.post(
      '/api/v1/consultations/:id/careless-touch',
      {
        config: { access: 'clinical:write', scope: 'facility' },
        schema: { params: IdParams, body: z.object({ note: z.string().min(1) }).strict() },
      },
      async (request) => {
        await database.db
          .update(consultations)
          .set({ findings: request.body.note })
          .where(eq(consultations.id, request.params.id));
        throw notFound('Consultation');
      },
    );
    // A new collection with no fixture yet.
    zapp.get('/api/v1/widgets/:id', { config, schema: { params: IdParams } }, async () => ({}));
  }

  it('reports a read without the facility condition, a write before the 404, and a missing fixture', async () => {
    const careless = await makeTestApp({ extraRoutes: carelessRoutes });
    try {
      const report = await checkCrossFacility(careless, await makeWalkWorld(careless));
      expect(report.findings).toEqual([
        expect.stringMatching(/^GET \/api\/v1\/consultations\/\{id\}\/careless-summary: 200 /),
        expect.stringMatching(/^POST \/api\/v1\/consultations\/\{id\}\/careless-touch: wrote consultations$/),
        expect.stringMatching(
          /^GET \/api\/v1\/widgets\/\{id\}: no fixture for \{id\} .*'widgets'.*src\/test\/api-walk\.ts$/,
        ),
      ]);
    } finally {
      await careless.close();
    }
  }, 300_000);
});
