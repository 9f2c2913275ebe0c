import { migrateAndAnalyse } from '../../db/statistics.ts';
import { systemContext } from '../../platform/actor.ts';
import { createBlobStore } from '../../platform/blob-store.ts';
import { openConfiguredDatabase } from '../../platform/server.ts';
import { CliError, type Command } from '../command.ts';
import { loadDemoData } from '../demo/load-demo.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Fill an empty database with a small, clearly fictional demo clinic',
  async run(_args, config) {
    const database = await openConfiguredDatabase(config);
    try {
      await migrateAndAnalyse(database);
      const summary = await loadDemoData(database.db, systemContext('demo'), createBlobStore(config));
      if (!summary)
        throw new CliError('The database already holds data; demo data goes only into an empty one.');
      process.stdout.write(`${summary}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
