import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../src/cli/web-build.ts';
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
  server = await startServerProcess();
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  const code = await server?.stop();
  if (code !== 0) throw new Error(`server did not exit cleanly (code ${code}):\n${server?.output()}`);
}
