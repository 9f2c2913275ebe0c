#!/usr/bin/env node
// The `saisei` command. It runs the compiled build (dist/server, made by `npm start` or
// `npm run build:server`) when that is no older than src/, and otherwise the TypeScript sources
// through tsx, so a test or a developer always runs the current code. Both run in this process, so
// signals reach the server directly (shared/design/STACK.md trap 9).
import { pathToFileURL } from 'node:url';
import { isServerBuildFresh, SERVER_MAIN } from './server-build.js';

if (isServerBuildFresh()) {
  await import(pathToFileURL(SERVER_MAIN).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
