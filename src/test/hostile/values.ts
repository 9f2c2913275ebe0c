import { uuidv7 } from 'uuidv7';
import { type JsonSchema, type OpenApiDocument, resolveSchema } from '../api-walk.ts';
import type { Random } from './random.ts';
import { SEEDED_PATIENTS } from './world.ts';

/**
 * Values for a JSON schema of the OpenAPI document: valid-ish ones (what a client would send, with
 * the seeded patients' names and phones among the text, so a log line holding them is a leak) and
 * hostile ones (the characters PostgreSQL refuses, very long text, wrong types, deep nesting).
 */

const TEXT = [
  'テスト',
  '見本 太郎',
  'みほん',
  'ミホン',
  'ﾐﾎﾝ',
  'Mihon',
  '髙橋',
  '𠮷野家',
  'P-000001',
  '03-1234-5678',
  '100-0001',
  'read,login_failed',
  ' 前後に空白 ',
  'H2.5.1',
  '19900501',
  ...SEEDED_PATIENTS.flatMap((p) => [p.familyName, p.givenNameKana, p.phone]),
];

/** Strings that break something somewhere: the edge must refuse or take each, never fail. */
export const HOSTILE_TEXT = [
  '\u0000',
  'テ\u0000スト',
  '\uD800',
  'x\uDFFFy',
  '\u0001\u0002',
  'a\u001Bb',
  '\u007F',
  'か\u3099',
  '\u202Eevil',
  '\u200B',
  '\uFEFF',
  '😀',
  '',
  ' ',
  '\t\r\n',
  "'; drop table patients; --",
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '\\u0000',
  ['$', '{jndi:ldap://x}'].join(''),
  'a'.repeat(5_000),
  'あ'.repeat(70_000),
];

const DATES = [
  '2024-04-01',
  '1990-05-01',
  '2099-12-31',
  '1800-01-01',
  '2024-02-29',
  '0001-01-01',
  '9999-12-31',
];
const INSTANTS = [
  '2024-04-01T10:00:00+09:00',
  '2024-04-01T01:00:00Z',
  '2099-01-01T00:00:00+09:00',
  '1970-01-01T00:00:00.000001Z',
  '2024-04-01T10:00:00.123456789+14:00',
];

/** Values of the wrong type for any field. */
export const WRONG_TYPES: unknown[] = [
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 63),
  1e308,
  true,
  null,
  [],
  {},
  ['x'],
  { a: 1 },
  '1',
  'true',
  'null',
];

const FIELD_TEXT: Array<[RegExp, string[]]> = [
  [/kana/i, ['みほん', 'ミホン', 'たろう', 'はなこ', ...SEEDED_PATIENTS.map((p) => p.familyNameKana)]],
  [/romaji/i, ['Mihon', 'Taro']],
  [/phone/i, ['03-1234-5678', '090-1111-2222', ...SEEDED_PATIENTS.map((p) => p.phone)]],
  [/postal/i, ['100-0001', '1000001']],
  [/login/i, ['reception-1', 'nurse.sato', 'ADMIN']],
  [/password/i, ['Correct-Horse-42-Battery', 'Another-Long-Pass-99', 'short']],
  [/totp|code$/i, ['123456', '000000']],
  [/^(family|given)Name$|displayName|name$/i, ['見本', '太郎', ...SEEDED_PATIENTS.map((p) => p.familyName)]],
];

export type ValueContext = {
  /** An id for a uuid field, by the field's name (own, foreign or none of either). */
  uuidFor(field: string): string;
};

/** A deeply nested value, built without recursion. */
export function deeplyNested(depth: number, leaf: unknown, asObject: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

export function validish(
  doc: OpenApiDocument,
  input: JsonSchema | undefined,
  r: Random,
  ctx: ValueContext,
  field = '',
  depth = 0,
): unknown {
  const schema = resolveSchema(doc, input);
  if (schema.nullable && r.chance(0.1)) return null;
  if (schema.enum && schema.enum.length > 0) return r.pick(schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches && branches.length > 0 && !schema.type)
    return validish(doc, r.pick(branches), r, ctx, field, depth);
  if (schema.allOf && schema.allOf.length > 1) {
    const parts = schema.allOf.map((p) => resolveSchema(doc, p));
    const merged: JsonSchema = {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
    return validish(doc, merged, r, ctx, field, depth);
  }
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(name) || (depth < 4 && r.chance(0.4))) {
          out[name] = validish(doc, property, r, ctx, name, depth + 1);
        }
      }
      return out;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const length = r.between(min, Math.min((schema as { maxItems?: number }).maxItems ?? min + 3, min + 3));
      return Array.from({ length }, () => validish(doc, schema.items, r, ctx, field, depth + 1));
    }
    case 'integer':
    case 'number': {
      if (field === 'version') return r.between(1, 3);
      const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 100;
      const value = r.chance(0.2)
        ? r.pick([min, max])
        : min + r.int(Math.max(1, Math.min(max - min, 1000) + 1));
      return type === 'number' && r.chance(0.3) ? Math.min(max, value + r.pick([0.5, 0.01, 0.001])) : value;
    }
    case 'boolean':
      return r.chance(0.5);
    case 'string':
      return validishString(schema, r, ctx, field);
    default:
      return r.pick(TEXT);
  }
}

function validishString(schema: JsonSchema, r: Random, ctx: ValueContext, field: string): string {
  switch (schema.format) {
    case 'uuid':
      return ctx.uuidFor(field);
    case 'date':
      return r.pick(DATES);
    case 'date-time':
      return r.pick(INSTANTS);
    case 'email':
      return r.pick(['a@example.jp', 'mihon.taro@example.co.jp', 'not-an-email']);
    case 'binary':
      return '';
  }
  if (/date|from|to|before|after|on$/i.test(field) && r.chance(0.5)) return r.pick([...DATES, ...INSTANTS]);
  // What a client would put in a field of that name, so that valid-ish bodies pass validation often.
  const named = FIELD_TEXT.find(([pattern]) => pattern.test(field));
  if (named && r.chance(0.8)) return r.pick(named[1]);
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  let text = r.pick(TEXT);
  if (r.chance(0.01)) text = 'x'.repeat(max + 1);
  else {
    while (text.length < min) text += text;
    text = text.slice(0, Math.max(min, Math.min(max, text.length)));
  }
  return text;
}

/** A hostile value for one field: text PostgreSQL refuses, the wrong type, deep nesting or a forged id. */
export function hostileValue(r: Random, ctx: ValueContext, field: string): unknown {
  return r.weighted<() => unknown>([
    [5, () => r.pick(HOSTILE_TEXT)],
    [3, () => r.pick(WRONG_TYPES)],
    [1, () => deeplyNested(r.pick([50, 1_000]), r.pick(HOSTILE_TEXT), r.chance(0.5))],
    [2, () => r.pick([uuidv7(), ctx.uuidFor(field), '00000000-0000-0000-0000-000000000000', 'not-a-uuid'])],
    [1, () => Array.from({ length: r.pick([100, 5_000]) }, () => r.pick(TEXT))],
  ])();
}
