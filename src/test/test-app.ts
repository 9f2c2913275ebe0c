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

/** The tests' secret key (secrets at rest); a test of a wrong key overrides SAISEI_SECRET_KEY. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7);

export const testConfig = (overrides: Record<string, string> = {}): Config =>
  // Every test signs in from the same address; the per-address limit has its own test.
  loadConfig({
    LOG_LEVEL: 'info',
    SAISEI_INSECURE_COOKIES: 'true',
    SAISEI_LOGIN_RATE_PER_MINUTE: '100000',
    SAISEI_SECRET_KEY: TEST_SECRET_KEY.toString('base64'),
    ...overrides,
  });

export type TestAppOptions = {
  env?: Record<string, string>;
  resolveActor?: ActorResolver;
  /**
   * Test-only: routes registered after the real ones and before `ready()`, under the same guards
   * (access and scope declarations, the hostile-text check, the error handler). For tests that
   * prove a walker finds a careless route (src/platform/cross-facility.test.ts); never in production.
   */
  extraRoutes?: (app: FastifyInstance, database: DatabaseHandle) => void | Promise<void>;
};

/** The real app on a fresh database, driven through `app.inject()`. */
export async function makeTestApp(options: TestAppOptions = {}): Promise<TestApp> {
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
  try {
    await options.extraRoutes?.(app, database);
    await app.ready();
  } catch (error) {
    await database.close();
    throw error;
  }
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
