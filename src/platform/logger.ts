import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import { safeError } from './safe-error.ts';

/**
 * Secrets and patient data never reach the logs (non-negotiable 6): requests are logged by path
 * only (a search query string can hold a patient's name), headers are not logged, any field
 * with a sensitive name is censored wherever it appears, and errors are logged without the values
 * they carry (safe-error.ts).
 */
export const REDACTED_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'totp',
  'totpSecret',
  'secret',
  'token',
  'recoveryCode',
  'recoveryCodes',
  'authorization',
  'cookie',
  'csrfToken',
  // Whole header sets, wherever a library logs them (@fastify/multipart logs busboy's options,
  // x-csrf-token included, at trace level): found by the hostile-input harness.
  'headers',
];

export function loggerOptions(config: Pick<Config, 'logLevel'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        ...REDACTED_KEYS,
        ...REDACTED_KEYS.map((k) => `*.${k}`),
        ...REDACTED_KEYS.map((k) => `*.*.${k}`),
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // A failed query's parameters, PostgreSQL's detail and quoted values never reach a log (safe-error.ts).
      err: safeError,
      error: safeError,
    },
  };
}
