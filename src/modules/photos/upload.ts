import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldError, validationFailed } from '../../platform/errors.ts';
import { checkedText } from '../../platform/hostile-text.ts';

/** The form field that carries the image. */
export const FILE_FIELD = 'file';

/**
 * Limits for @fastify/multipart, which reads the request itself (Fastify's 1 MiB JSON body limit
 * does not apply to it): one file up to the configured size, a few short text fields.
 */
export const uploadLimits = (maxBytes: number) => ({
  fileSize: maxBytes,
  files: 1,
  fields: 10,
  // A 2,000-character note in Japanese is 6,000 bytes of UTF-8.
  fieldSize: 8 * 1024,
  parts: 12,
  headerPairs: 50,
});

/**
 * Reads a multipart upload: the text fields, validated by `schema` into the same 422 shape as any
 * JSON body (`in: 'body'`), and the bytes of the one file. Every way the form can be wrong is named
 * in one answer; a file over the limit is 413 at once.
 */
export async function readUploadForm<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
  maxMb: number,
  /** What the file is, for the messages: the photo, the certificate. */
  what = 'photo',
): Promise<{ fields: z.output<S>; file: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the ${what} as multipart/form-data, the file in the field "${FILE_FIELD}".`,
    );
  }
  const raw: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  let file: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === FILE_FIELD) file = bytes;
        else errors.push(bodyError(part.fieldname, 'UNKNOWN_FIELD', `Send the ${what} in the field "file".`));
      } else if (part.valueTruncated) {
        errors.push(bodyError(part.fieldname, 'TOO_BIG', 'The value is too long.'));
      } else if (Object.hasOwn(raw, part.fieldname)) {
        errors.push(bodyError(part.fieldname, 'DUPLICATE_FIELD', 'Send each field once.'));
      } else if (part.value !== '') {
        // An empty form input means "not given", as in a JSON body without the field.
        raw[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw multipartError(error, maxMb, what);
  }
  // The platform's text rules ran before this body was read: the same rules, first (422, or NFC text).
  const parsed = schema.safeParse(checkedText(raw));
  if (!parsed.success) errors.push(...parsed.error.issues.flatMap((issue) => issueErrors(issue, raw)));
  if (!file || file.byteLength === 0) errors.push(bodyError(FILE_FIELD, 'REQUIRED', `Attach the ${what}.`));
  if (errors.length > 0 || !parsed.success || !file) {
    throw validationFailed(errors, `The form has ${errors.length} invalid field(s).`);
  }
  return { fields: parsed.data, file };
}

const bodyError = (path: string, code: string, message: string): FieldError => ({
  path,
  code,
  message,
  in: 'body',
});

/** The same stable codes the JSON validation answers with (platform/problem.ts). */
const ISSUE_CODES: Record<string, string> = {
  invalid_type: 'INVALID_TYPE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  invalid_value: 'INVALID_VALUE',
  invalid_union: 'INVALID_VALUE',
};

function issueErrors(issue: z.core.$ZodIssue, raw: Record<string, unknown>): FieldError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => bodyError(key, 'UNKNOWN_FIELD', 'This form has no such field.'));
  }
  const path = issue.path.join('.') || 'body';
  const code = raw[path] === undefined ? 'REQUIRED' : (ISSUE_CODES[issue.code] ?? 'INVALID');
  return [bodyError(path, code, issue.message)];
}

/** @fastify/multipart's errors, in our codes; anything else it reports is a malformed body. */
function multipartError(error: unknown, maxMb: number, what: string): AppError {
  if (error instanceof AppError) return error;
  switch (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(413, 'PAYLOAD_TOO_LARGE', `The ${what} is larger than ${maxMb} MB.`, [
        bodyError(FILE_FIELD, 'TOO_LARGE', `At most ${maxMb} MB.`),
      ]);
    case 'FST_FILES_LIMIT':
      return validationFailed([bodyError(FILE_FIELD, 'ONE_FILE_ONLY', `Send one ${what} per upload.`)]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return validationFailed([
        bodyError('body', 'TOO_MANY_FIELDS', 'The form has more fields than it may.'),
      ]);
    default:
      return new AppError(400, 'MALFORMED_REQUEST', 'The multipart body could not be read.');
  }
}
