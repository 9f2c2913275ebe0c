import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testConfig } from '../test/test-app.ts';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

// The web client and the server cannot drift apart: the committed types are what the routes say.
it('has web client types generated from the current routes', async () => {
  const committed = fs.readFileSync(path.resolve(import.meta.dirname, '../..', API_TYPES_FILE), 'utf8');
  expect(
    committed === (await generateApiTypes(testConfig())),
    'run npm run api:types and commit the result',
  ).toBe(true);
});
