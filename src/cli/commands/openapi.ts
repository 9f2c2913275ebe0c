import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client.ts';
import { buildApp } from '../../platform/app.ts';
import type { Config } from '../../platform/config.ts';
import type { Command } from '../command.ts';

/** The OpenAPI document the server would publish at /api/openapi.json, without starting one. */
export async function openApiDocument(config: Config): Promise<unknown> {
  // Building the routes touches no table, so an empty in-memory database is enough.
  const database = await openDatabase({ kind: 'pglite-memory' });
  // Nor does it read a secret: any key will do.
  const app = await buildApp({
    config: { ...config, logLevel: 'silent' },
    database,
    secretKey: randomBytes(32),
  });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await database.close();
  }
}

export const openApiCommand: Command = {
  name: 'openapi',
  summary: 'Print the OpenAPI document (for integrations and the web client types)',
  help: '  --out FILE   write it to FILE instead of standard output',
  async run(args, config) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
    const text = `${JSON.stringify(await openApiDocument(config), null, 2)}\n`;
    if (values.out) fs.writeFileSync(values.out, text);
    else process.stdout.write(text);
    return 0;
  },
};
