import openapiTS, { astToString } from 'openapi-typescript';
import type { Config } from '../platform/config.ts';
import { openApiDocument } from './commands/openapi.ts';

export const API_TYPES_FILE = 'web/src/lib/api-schema.d.ts';

/** TypeScript types for the web client, generated from the server's route schemas. */
export async function generateApiTypes(config: Config): Promise<string> {
  const document = (await openApiDocument(config)) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: true });
  return `// Generated from /api/openapi.json by \`npm run api:types\`. Do not edit.\n${astToString(ast)}`;
}
