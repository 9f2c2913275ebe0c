import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../db/client.ts';
import type { ActorResolver } from '../platform/access-guard.ts';
import { buildApp } from '../platform/app.ts';
import { type Config, loadConfig } from '../platform/config.ts';
import { openTestDatabase } from './test-database.ts';

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  /** Everything the app logged, one JSON object a line. */
  logs(): string;
  close(): Promise<void>;
};

export const testConfig = (overrides: Record<string, string> = {}): Config =>
  // Every test signs in from the same address; the per-address limit has its own test.
  loadConfig({
    LOG_LEVEL: 'info',
    SAISEI_INSECURE_COOKIES: 'true',
    SAISEI_LOGIN_RATE_PER_MINUTE: '100000',
    ...overrides,
  });

/** The real app on a fresh database, driven through `app.inject()`. */
export async function makeTestApp(
  options: { env?: Record<string, string>; resolveActor?: ActorResolver } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = testConfig(options.env);
  const logStream = new PassThrough();
  const chunks: string[] = [];
  logStream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const app = await buildApp({
    config,
    database,
    logStream,
    ...(options.resolveActor ? { resolveActor: options.resolveActor } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    config,
    logs: () => chunks.join(''),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
