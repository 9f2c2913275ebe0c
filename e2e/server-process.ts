import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess as startProcess } from '../src/test/server-process.ts';

export type ServerProcess = {
  url: string;
  dataDir: string;
  output(): string;
  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | null>;
};

/** The real server on a free port with its own data folder (src/test/server-process.ts). */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = env.SAISEI_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'saisei-e2e-'));
  const server = await startProcess({ SAISEI_DATA_DIR: dataDir, ...env });
  return {
    url: server.url,
    dataDir,
    output: server.output,
    stop: () => {
      if (server.child.exitCode === null) server.child.kill('SIGTERM');
      return server.exited;
    },
  };
}
