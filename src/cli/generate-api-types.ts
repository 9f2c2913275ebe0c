import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

const target = path.resolve(import.meta.dirname, '../..', API_TYPES_FILE);
fs.writeFileSync(target, await generateApiTypes(loadConfig()));
process.stdout.write(`Wrote ${API_TYPES_FILE}\n`);
