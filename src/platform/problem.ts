import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { databaseErrorToAppError } from './database-errors.ts';
import { AppError, type FieldError } from './errors.ts';
import { isAppPath } from './web-app.ts';

/** The RFC 9457 body every error answer carries. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
  instance?: string;
  requestId?: string;
  /** RFC 9457 extension members of a specific problem. */
  [extension: string]: unknown;
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** One error handler for the whole app; set before any route so every plugin inherits it. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code, status: appError.status }, 'request refused');
    return sendProblem(request, reply, appError);
  });
}

/**
 * One not-found handler. With `spaIndex`, an unknown GET under the staff app's base (/app) gets the
 * SPA's index.html so client-side routes survive a reload; anything else unknown is a 404 problem.
 */
export function registerNotFoundHandler(app: FastifyInstance, options: { spaIndex: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (options.spaIndex && request.method === 'GET' && isAppPath(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, new AppError(404, 'NOT_FOUND', `No route ${request.method} ${path}.`));
  });
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const body: Problem = {
    ...error.extensions,
    type: `https://saisei.invalid/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    instance: request.url.split('?')[0],
    requestId: request.id,
  };
  if (error.errors.length > 0) body.errors = error.errors;
  return reply.status(error.status).headers(error.headers).type('application/problem+json').send(body);
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const location = error.validationContext ?? 'body';
    const input = (request as unknown as Record<string, unknown>)[location];
    const fields = error.validation.map((issue) => ({
      path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || location,
      in: location,
      code: valueAt(input, issue.instancePath) === undefined ? 'REQUIRED' : fieldCode(issue.keyword),
      message: issue.message ?? 'Invalid value.',
    }));
    return new AppError(
      422,
      'VALIDATION_FAILED',
      `The ${location} has ${fields.length} invalid field(s).`,
      fields,
    );
  }
  if (isResponseSerializationError(error)) {
    request.log.error(
      { issues: error.cause.issues.map((i) => i.path.join('.')) },
      'response did not match its schema',
    );
    return new AppError(500, 'INTERNAL_ERROR', 'The server could not complete the request.');
  }
  const fromDatabase = databaseErrorToAppError(error);
  if (fromDatabase) return fromDatabase;
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'MALFORMED_REQUEST', 'The JSON body is empty.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError(400, 'MALFORMED_REQUEST', 'The body is not valid JSON.');
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return new AppError(400, 'MALFORMED_REQUEST', 'The body is not valid JSON.');
  }
  if (error.statusCode === 429)
    return new AppError(429, 'TOO_MANY_ATTEMPTS', 'Too many requests. Wait and try again.');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode, 'BAD_REQUEST', error.message);
  }
  return new AppError(500, 'INTERNAL_ERROR', 'The server could not complete the request.');
}

function valueAt(input: unknown, pointer: string): unknown {
  let current = input;
  for (const key of pointer.split('/').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Stable field codes, independent of zod's wording. */
function fieldCode(keyword: string): string {
  const codes: Record<string, string> = {
    invalid_type: 'INVALID_TYPE',
    too_small: 'TOO_SMALL',
    too_big: 'TOO_BIG',
    invalid_format: 'INVALID_FORMAT',
    invalid_value: 'INVALID_VALUE',
    unrecognized_keys: 'UNKNOWN_FIELD',
    invalid_union: 'INVALID_VALUE',
    not_multiple_of: 'INVALID_VALUE',
  };
  return codes[keyword] ?? 'INVALID';
}
