import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';

/**
 * Secrets and patient data never reach the logs (non-negotiable 6): requests are logged by path
 * only (a search query string can hold a patient's name), headers are not logged, and any field
 * with a sensitive name is censored wherever it appears.
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
    },
  };
}
