import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../src/cli/web-build.ts';
import { removeClinicState } from './clinic.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

let server: ServerProcess | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One built web app and one running server (fresh data folder) for the browser tests. */
export async function setup(project: TestProject) {
  await buildWebIfStale();
  // Plain http in the browser tests: without this the Secure session cookie would never be sent.
  server = await startServerProcess({ SAISEI_INSECURE_COOKIES: 'true' });
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  const code = await server?.stop();
  if (code !== 0) throw new Error(`server did not exit cleanly (code ${code}):\n${server?.output()}`);
  if (server) {
    removeClinicState(server.url);
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}
