import type { FastifyInstance } from 'fastify';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { migrateAndAnalyse, scheduleAnalyse } from '../db/statistics.ts';
import { buildApp, prepareData, startAccessLogSealing, startAuditAnchors } from './app.ts';
import type { Config } from './config.ts';
import { loadSecretKey } from './secret-box.ts';

/** Opens the configured database: a PostgreSQL server when DATABASE_URL is set, else PGlite in the data folder. */
export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, poolMax: config.databasePoolMax })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

export type RunningServer = { app: FastifyInstance; database: DatabaseHandle; stop(): Promise<void> };

/** Opens and migrates the database, builds the app and listens. Only this module listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const secretKey = loadSecretKey(config);
  const database = await openConfiguredDatabase(config);
  let app: FastifyInstance | undefined;
  try {
    await migrateAndAnalyse(database);
    await prepareData(database, config, secretKey);
    app = await buildApp({ config, database, serveWeb: true, secretKey, runSchedules: true });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
  const listening = app;
  const anchors = startAuditAnchors(database, config, listening);
  // Reads leave their access entries pending; chained within about a second (docs/security.md).
  const sealer = startAccessLogSealing(database, listening);
  const statistics = scheduleAnalyse(database, (error) =>
    listening.log.error({ err: error }, 'scheduled ANALYZE failed'),
  );
  let stopping: Promise<void> | undefined;
  const stop = () => {
    // Fastify finishes in-flight requests and answers new ones 503 while closing; the audit anchor
    // is written last, after the last reads are sealed; then the database closes cleanly so the
    // next start opens the same data.
    statistics.stop();
    stopping ??= listening
      .close()
      .then(() => sealer.stop())
      .then(() => anchors.stop())
      .then(() => database.close());
    return stopping;
  };
  return { app: listening, database, stop };
}

/** SIGTERM / SIGINT: finish what is in flight, close the database, exit 0; give up after the grace period. */
export function stopOnSignals(server: RunningServer, graceSeconds: number): void {
  const onSignal = (signal: NodeJS.Signals) => {
    server.app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      server.app.log.error('shutdown grace period passed; exiting');
      process.exit(1);
    }, graceSeconds * 1000);
    timer.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
