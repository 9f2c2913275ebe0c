import { parseArgs } from 'node:util';
import { startServer, stopOnSignals } from '../../platform/server.ts';
import type { Command } from '../command.ts';
import { buildWebIfStale } from '../web-build.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the server (migrates the database first)',
  help: '  --build-web   build the web app first when its sources are newer than web/dist',
  async run(args, config) {
    const { values } = parseArgs({ args, options: { 'build-web': { type: 'boolean', default: false } } });
    if (values['build-web']) await buildWebIfStale();
    const server = await startServer(config);
    stopOnSignals(server, config.shutdownGraceSeconds);
    return -1;
  },
};
