import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { inTransaction } from '../db/transaction.ts';
import { CONSENT_ITEMS } from '../domain/consent-items.ts';
import { todayInTokyo } from '../domain/tokyo-date.ts';
import { multipartForm, phoneJpeg } from '../modules/photos/test-photos.ts';
import { formTimerKeyFrom, issueFormTimer } from '../modules/site/rules.ts';
import { useSupplyLots } from '../modules/supply-lots/use.ts';
import { systemContext } from '../platform/actor.ts';
import { ROLES } from '../platform/permissions.ts';
import {
  attachCertificate,
  consentPayload,
  makeActivePlan,
  makeAssessment,
  makeClinic,
  makeConsent,
  makeConsentDocument,
  makeConsultation,
  makePatient,
  makePhoto,
  makePlan,
  makePublishedDocument,
  makePublishedTemplate,
  makeQuestionnaire,
  makeStaff,
  makeStoragePlace,
  makeSupplyItem,
  receiveSupplyLot,
} from './factories.ts';
import { makePrpConsent, makePrpPlan, makePrpSession } from './prp-factories.ts';
import { makeSignedIn, makeUser, type SignedInUser } from './sessions.ts';
import { TEST_SECRET_KEY, type TestApp } from './test-app.ts';

/**
 * Walking the API from its OpenAPI document (/api/openapi.json): the operations, a minimal valid
 * request for each one generated from its schemas, and the records its path parameters name. The
 * cross-facility, forged-cursor and hostile-text tests use it, so a new module's routes are walked
 * without a line of test code (docs/module-pattern.md, "Tests a module owes").
 */

/** The part of JSON Schema the route schemas produce (zod → OpenAPI 3.0). */
export type JsonSchema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  pattern?: string;
  /** A field with a pattern gives an example that matches it (`.meta({ examples: [...] })`; 3.0 says `example`). */
  examples?: unknown[];
  example?: unknown;
  default?: unknown;
};

type Parameter = { in: string; name: string; required?: boolean; schema?: JsonSchema };
type OperationObject = {
  'x-access'?: string;
  'x-scope'?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export type Operation = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As the document writes it: /api/v1/patients/{id}/merge */
  path: string;
  access: string;
  scope: string;
  spec: OperationObject;
  /** `GET /api/v1/patients/{id}`, for messages. */
  label: string;
};

export async function openApiDocument(app: FastifyInstance): Promise<OpenApiDocument> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`/api/openapi.json: ${res.statusCode}`);
  return res.json() as OpenApiDocument;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, spec]) => ({
      method: method.toUpperCase() as Operation['method'],
      path,
      access: spec['x-access'] ?? '',
      scope: spec['x-scope'] ?? '',
      spec,
      label: `${method.toUpperCase()} ${path}`,
    })),
  );
}

export const pathParameters = (path: string): string[] =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);

/** Follows `$ref` (to components) and single-branch `allOf` until a schema with content is reached. */
export function resolveSchema(doc: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema {
  let current = schema ?? {};
  for (let depth = 0; depth < 20; depth++) {
    if (current.$ref) {
      const name = current.$ref.replace(/^#\/components\/schemas\//, '');
      const target = doc.components?.schemas?.[name];
      if (!target) throw new Error(`unresolved $ref ${current.$ref}`);
      current = { ...target, ...(current.nullable ? { nullable: true } : {}) };
    } else if (current.allOf?.length === 1 && !current.type && !current.properties) {
      current = { ...(current.allOf[0] as JsonSchema), ...(current.nullable ? { nullable: true } : {}) };
    } else return current;
  }
  throw new Error('$ref cycle');
}

/** The JSON request body's schema, or the multipart form's, of an operation. */
export function requestBodyOf(
  doc: OpenApiDocument,
  op: Operation,
): { kind: 'json' | 'multipart'; schema: JsonSchema } | undefined {
  const content = op.spec.requestBody?.content;
  if (!content) return undefined;
  const json = content['application/json']?.schema;
  if (json) return { kind: 'json', schema: resolveSchema(doc, json) };
  const form = content['multipart/form-data']?.schema;
  if (form) return { kind: 'multipart', schema: resolveSchema(doc, form) };
  throw new Error(`${op.label}: a request body of ${Object.keys(content).join(', ')} cannot be generated`);
}

/** The 200 answer's JSON schema, resolved. */
export function okSchemaOf(doc: OpenApiDocument, op: Operation): JsonSchema | undefined {
  const schema = op.spec.responses?.['200']?.content?.['application/json']?.schema;
  return schema && resolveSchema(doc, schema);
}

export const queryParametersOf = (op: Operation) =>
  (op.spec.parameters ?? []).filter((p) => p.in === 'query');

export type ExampleOptions = {
  /** A uuid for a field by its name (a record the request must refer to), else a fresh UUIDv7. */
  uuidFor?: (field: string) => string | undefined;
};

const PAST_DATE = '2024-04-01';
const PAST_INSTANT = '2024-04-01T10:00:00+09:00';

/**
 * A minimal valid value for a schema: required properties only, enums their first value, uuids fresh
 * (or `uuidFor`), dates in the past, text 'テスト' within its lengths, numbers max(minimum, 1),
 * booleans false. Validation runs before a service, so anything less would hide what a walker checks
 * behind a 422.
 */
export function exampleValue(
  doc: OpenApiDocument,
  input: JsonSchema | undefined,
  options: ExampleOptions = {},
  field = '',
): unknown {
  const schema = resolveSchema(doc, input);
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const branch = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (branch && !schema.type) return exampleValue(doc, branch, options, field);
  if (schema.allOf && schema.allOf.length > 1) {
    const merged = schema.allOf.map((part) => resolveSchema(doc, part));
    return exampleValue(
      doc,
      {
        type: 'object',
        properties: Object.assign({}, ...merged.map((m) => m.properties ?? {})),
        required: merged.flatMap((m) => m.required ?? []),
      },
      options,
      field,
    );
  }
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) {
        out[name] = exampleValue(doc, schema.properties?.[name], options, name);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        exampleValue(doc, schema.items, options, field),
      );
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
      const value = Math.max(min, 1);
      return typeof schema.maximum === 'number' ? Math.min(value, schema.maximum) : value;
    }
    case 'boolean':
      return false;
    case 'string':
      return exampleString(schema, options, field);
    default:
      if (schema.properties) return exampleValue(doc, { ...schema, type: 'object' }, options, field);
      throw new Error(`cannot make an example for ${field || 'a value'}: ${JSON.stringify(schema)}`);
  }
}

function exampleString(schema: JsonSchema, options: ExampleOptions, field: string): string {
  switch (schema.format) {
    case 'uuid':
      return options.uuidFor?.(field) ?? uuidv7();
    case 'date':
      return PAST_DATE;
    case 'date-time':
      return PAST_INSTANT;
    case 'email':
      return 'test@example.jp';
  }
  const example = schema.example ?? schema.examples?.[0];
  if (schema.pattern && typeof example === 'string') return example;
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Number.POSITIVE_INFINITY;
  let text = 'テスト';
  while (text.length < min) text += 'テ';
  text = text.slice(0, max);
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(text)) {
    throw new Error(
      `cannot make an example for ${field}: 'テスト' does not match ${schema.pattern} (give the field examples)`,
    );
  }
  return text;
}

/** Required query parameters with example values (optional ones are left out). */
export function requiredQuery(doc: OpenApiDocument, op: Operation): Record<string, string> {
  return Object.fromEntries(
    queryParametersOf(op)
      .filter((p) => p.required)
      .map((p) => [p.name, String(exampleValue(doc, p.schema, {}, p.name))]),
  );
}

/** The dotted path of the first string in a value (depth first), or undefined. */
export function firstStringPath(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstStringPath(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstStringPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The name of the first string property a body schema offers (required or not), for a body with none. */
export function firstStringProperty(doc: OpenApiDocument, schema: JsonSchema): string | undefined {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const resolved = resolveSchema(doc, property);
    const type = resolved.type ?? resolveSchema(doc, resolved.anyOf?.[0]).type;
    if (type === 'string' && resolved.format !== 'binary') return name;
  }
  return undefined;
}

export function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let current: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string, unknown>;
  current[path.at(-1) as string] = value;
}

/**
 * A form with the required text fields as strings and a real JPEG in each binary field (the photo
 * upload), ready for `app.inject`.
 */
export async function exampleForm(doc: OpenApiDocument, schema: JsonSchema, options: ExampleOptions = {}) {
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; field: string } | undefined;
  for (const name of schema.required ?? []) {
    const property = resolveSchema(doc, schema.properties?.[name]);
    if (property.type === 'string' && property.format === 'binary') {
      file = { bytes: await phoneJpeg(), field: name };
    } else fields[name] = String(exampleValue(doc, property, options, name));
  }
  return multipartForm(fields, file);
}

/** A world to walk: facility A with one record of each kind, facility B with its own patient. */
export type WalkWorld = {
  facilityA: string;
  facilityB: string;
  /** Holds every role in ROLES, so that no permission hides what a walker checks. */
  callerA: SignedInUser;
  callerB: SignedInUser;
  patientA: string;
  /** A second patient of A: the one a duplicate would be merged into. */
  secondPatientA: string;
  patientB: string;
  consultationA: string;
  assessmentA: string;
  photoA: string;
  planA: string;
  consentDocumentA: string;
  /** A signed consent of patientA, under a published edition of an active plan. */
  consentA: string;
  questionnaireTemplateA: string;
  questionnaireA: string;
  /** A PRP session of patientA, under a PRP plan and consent. */
  prpSessionA: string;
  apiTokenA: string;
  supplyItemA: string;
  /** A lot of A's item, released, with its certificate of analysis. */
  supplyLotA: string;
  storagePlaceA: string;
  /** A member of staff of facility A only: the account B's administrator must not reach. */
  staffA: string;
  /** The public site speaks for A (the oldest clinic): a page, an article, an inquiry and a comment sent to it. */
  sitePageA: string;
  articleA: string;
  inquiryA: string;
  commentA: string;
  /** A before/after case of patientA placed on A's article, under a consent to advertising use. */
  siteCaseA: string;
};

export async function makeWalkWorld(t: TestApp): Promise<WalkWorld> {
  const facilityA = (await makeClinic(t, '施設A皮膚科')).id;
  const facilityB = (await makeClinic(t, '施設B皮膚科')).id;
  // A's caller also administers A's CPC: a person of two facilities, working in A.
  const cpcA = (await makeClinic(t, '施設A細胞培養加工施設')).id;
  const callerA = await makeSignedIn(t, [...ROLES], { facilityIds: [facilityA, cpcA] });
  const callerB = await makeStaff(t, facilityB, [...ROLES]);
  const patientA = (await makePatient(t, callerA)).id;
  const secondPatientA = (await makePatient(t, callerA)).id;
  const patientB = (await makePatient(t, callerB)).id;
  const consultationA = (await makeConsultation(t, callerA, patientA)).id;
  const assessmentA = (await makeAssessment(t, callerA, patientA)).id;
  const photoA = (await makePhoto(t, callerA, patientA)).id;
  const planA = (await makePlan(t, callerA)).id;
  const consentDocumentA = (await makeConsentDocument(t, callerA, planA)).id;
  await makePlan(t, callerA, { therapy: 'prp', riskClass: 3, title: 'PRP療法' }); // a list of two pages by one
  const activePlan = await makeActivePlan(t, callerA, callerA.id, { title: '同意の取得に用いる計画' });
  const signedUnder = await makePublishedDocument(t, callerA, activePlan.id);
  const consentA = (await makeConsent(t, callerA, patientA, signedUnder)).id;
  await makeConsent(t, callerA, patientA, signedUnder); // a list of two pages by one
  const questionnaireTemplateA = (await makePublishedTemplate(t, callerA)).id;
  const questionnaireA = (await makeQuestionnaire(t, callerA, patientA, questionnaireTemplateA)).id;
  const prp = await makePrpPlan(t, callerA, callerA.id, { title: '巡回用PRP計画' });
  await makePrpConsent(t, callerA, patientA, prp.document);
  const prpSessionA = (await makePrpSession(t, callerA, patientA)).id;
  await makePrpSession(t, callerA, patientA); // a list of two pages by one
  const staffA = (await makeUser(t, ['reception'], { facilityIds: [facilityA] })).id;
  const storagePlaceA = (await makeStoragePlace(t, callerA)).id;
  const supplyItemA = (await makeSupplyItem(t, callerA, { gtin: '09501101530003' })).id;
  await makeSupplyItem(t, callerA, { name: '抗凝固剤', kind: 'drug', unit: '本' }); // a list of two pages by one
  const supplyLotA = (
    await receiveSupplyLot(t, callerA, supplyItemA, { storagePlaceId: storagePlaceA }, callerA)
  ).id;
  await receiveSupplyLot(t, callerA, supplyItemA); // a list of two pages by one
  // Two procedures used it, so that its uses page by one (the PRP session calls this in its transaction).
  for (const field of ['kitLotId', 'spareKitLotId']) {
    await inTransaction(t.database.db, (tx) =>
      useSupplyLots(tx, systemContext('walk', facilityA), [{ lotId: supplyLotA, quantity: 1, field }], {
        entityType: 'prp_session',
        entityId: uuidv7(),
        patientId: patientA,
        usedOn: todayInTokyo(),
      }),
    );
  }
  const coa = await attachCertificate(t, callerA, supplyLotA);
  if (coa.statusCode !== 200) throw new Error(`certificate: ${coa.statusCode} ${coa.body}`);
  const token = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: callerA.headers,
    payload: { name: 'walk sensor', role: 'technician' },
  });
  if (token.statusCode !== 201) throw new Error(`api token: ${token.statusCode} ${token.body}`);
  const site = await makeSiteRecords(t, callerA);
  const siteCaseA = await makeSiteCases(t, callerA, patientA, photoA, site.articleA, signedUnder);
  return {
    siteCaseA,
    ...site,
    facilityA,
    facilityB,
    callerA,
    callerB,
    patientA,
    secondPatientA,
    patientB,
    consultationA,
    assessmentA,
    photoA,
    planA,
    consentDocumentA,
    consentA,
    questionnaireTemplateA,
    questionnaireA,
    prpSessionA,
    apiTokenA: token.json().apiToken.id,
    staffA,
    supplyItemA,
    supplyLotA,
    storagePlaceA,
  };
}

/**
 * The record of facility A each path parameter names: `patientId` is A's patient; `id` is decided by
 * the collection before it (`/consultations/{id}/void` → A's consultation). A new module with an
 * id-bearing collection adds its record here (and to makeWalkWorld); until then the walkers fail,
 * naming it.
 */
export function fixturesOf(world: WalkWorld): Record<string, string> {
  return {
    patients: world.patientA,
    consultations: world.consultationA,
    assessments: world.assessmentA,
    photos: world.photoA,
    plans: world.planA,
    'consent-documents': world.consentDocumentA,
    consents: world.consentA,
    'questionnaire-templates': world.questionnaireTemplateA,
    questionnaires: world.questionnaireA,
    'prp-sessions': world.prpSessionA,
    facilities: world.facilityA,
    users: world.staffA,
    'api-tokens': world.apiTokenA,
    'supply-items': world.supplyItemA,
    'supply-lots': world.supplyLotA,
    'storage-places': world.storagePlaceA,
    pages: world.sitePageA,
    articles: world.articleA,
    inquiries: world.inquiryA,
    comments: world.commentA,
    'site-cases': world.siteCaseA,
  };
}

/** The public site's records of A: a page and a published article drafted by staff, an inquiry and a comment sent through the forms. */
async function makeSiteRecords(t: TestApp, staff: SignedInUser) {
  const api = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string; version: number; slug: string };
  };
  const form = async (url: string, fields: Record<string, string>) => {
    const formTimer = issueFormTimer(formTimerKeyFrom(TEST_SECRET_KEY), Date.now() - 10_000);
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, formTimer }).toString(),
    });
    if (res.statusCode !== 303) throw new Error(`${url}: ${res.statusCode}`);
  };
  const sitePage = await api('/api/v1/pages', {
    kind: 'page',
    slug: 'privacy',
    title: 'プライバシーポリシー',
    bodyMd: '本文',
  });
  // Two of each: lists of two, paged by one.
  await api('/api/v1/pages', { kind: 'treatment', slug: 'prp', title: 'PRP療法', bodyMd: '本文' });
  await api('/api/v1/articles', { kind: 'article', slug: 'walk-draft', title: '下書き', bodyMd: '本文' });
  const article = await api('/api/v1/articles', {
    kind: 'article',
    slug: 'walk-article',
    title: '記事',
    bodyMd: '本文',
  });
  await api(`/api/v1/articles/${article.id}/publish`, { version: article.version });
  await form('/contact', {
    name: '歩行 太郎',
    nameKana: 'ほこう たろう',
    email: 'walk@example.jp',
    preferredContact: 'email',
    therapy: 'prp',
    message: '相談です',
    privacy: 'agree',
  });
  await form('/contact', {
    name: '歩行 花子',
    nameKana: 'ほこう はなこ',
    email: 'walk2@example.jp',
    preferredContact: 'email',
    therapy: 'fibroblast',
    message: '相談です',
    privacy: 'agree',
  });
  for (const body of ['質問です', 'もうひとつ質問です'])
    await form(`/articles/${article.slug}/comments`, {
      authorName: '読者',
      email: 'reader@example.jp',
      body,
    });
  const first = async (url: string) =>
    (
      (await t.app.inject({ method: 'GET', url, headers: staff.headers })).json() as {
        items: { id: string }[];
      }
    ).items[0]?.id ?? '';
  return {
    sitePageA: sitePage.id,
    articleA: article.id,
    inquiryA: await first('/api/v1/inquiries'),
    commentA: await first('/api/v1/comments'),
  };
}

/** Two before/after cases of the patient on the article (a list of two pages by one), the first returned. */
async function makeSiteCases(
  t: TestApp,
  staff: SignedInUser,
  patientId: string,
  beforePhotoId: string,
  pageId: string,
  document: { id: string; contentHash: string },
) {
  const { answers } = await consentPayload(document);
  await makeConsent(t, staff, patientId, document, { answers: { ...answers, photoAdvertising: true } });
  const afterPhotoId = (await makePhoto(t, staff, patientId)).id;
  const ids: string[] = [];
  for (const treatment of ['線維芽細胞治療', 'PRP療法']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/site-cases',
      headers: staff.headers,
      payload: {
        pageId,
        patientId,
        beforePhotoId,
        afterPhotoId,
        treatment,
        period: '3か月',
        sessions: 3,
        cost: '330,000円（税込）',
        risks: '赤み・腫れ',
      },
    });
    if (res.statusCode !== 201) throw new Error(`site case: ${res.statusCode} ${res.body}`);
    ids.push(res.json().id);
  }
  return ids[0] as string;
}

export type PathFill = { url: string } | { missing: string };

/** The path with each parameter replaced by its fixture, or which fixture is missing. */
export function fillPath(path: string, fixtures: Record<string, string>): PathFill {
  let url = path;
  for (const param of pathParameters(path)) {
    const collection = param === 'patientId' ? 'patients' : collectionBefore(path, param);
    const id = collection ? fixtures[collection] : undefined;
    if (!id) {
      return {
        missing:
          `no fixture for {${param}} in ${path}: add a record of '${collection ?? param}' to ` +
          'makeWalkWorld and fixturesOf in src/test/api-walk.ts',
      };
    }
    url = url.replace(`{${param}}`, id);
  }
  return { url };
}

function collectionBefore(path: string, param: string): string | undefined {
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  const before = at > 0 ? segments[at - 1] : undefined;
  return before && !before.startsWith('{') ? before : undefined;
}

export const withQuery = (url: string, query: Record<string, string>) => {
  const search = new URLSearchParams(query).toString();
  return search ? `${url}?${search}` : url;
};

/**
 * Rules a module checks before its facility check that a JSON schema cannot state, keyed by
 * operation. Kept as short as the rules: each entry names the rule that needs it.
 */
/** The smallest real PNG: one white pixel. */
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=';

const BODY_HINTS: Record<string, Record<string, unknown>> = {
  // EMPTY_ASSESSMENT (modules/assessments/service.ts): at least one scale, checked before the patient.
  'POST /api/v1/patients/{patientId}/assessments': { goodmanQualitative: 3 },
  // ITEM_NOT_EXPLAINED and the signature's bytes (modules/patient-consents/rules.ts), checked before the patient.
  'POST /api/v1/patients/{patientId}/consents': {
    explainedItems: [...CONSENT_ITEMS],
    signature: { method: 'drawn', image: `data:image/png;base64,${ONE_PIXEL_PNG}` },
  },
  // INVALID_PIN (modules/questionnaires/rules.ts): 4 to 8 digits, checked before the questionnaire.
  'POST /api/v1/questionnaires/{id}/handover': { pin: '2468' },
};

/** A minimal valid JSON body for an operation: generated from its schema, plus its hints. */
export function exampleBody(
  doc: OpenApiDocument,
  op: Operation,
  schema: JsonSchema,
  options: ExampleOptions = {},
) {
  const body = exampleValue(doc, schema, options);
  const hints = BODY_HINTS[op.label];
  return hints && body && typeof body === 'object' ? { ...body, ...hints } : body;
}
