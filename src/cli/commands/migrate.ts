import { migrateAndAnalyse } from '../../db/statistics.ts';
import { openConfiguredDatabase } from '../../platform/server.ts';
import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  async run(_args, config) {
    const database = await openConfiguredDatabase(config);
    try {
      await migrateAndAnalyse(database);
      process.stdout.write(`Migrations applied (${database.kind}).\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
