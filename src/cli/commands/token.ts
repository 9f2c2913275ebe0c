import { parseArgs } from 'node:util';
import { listFacilityRows } from '../../modules/facilities/queries.ts';
import { createApiTokenService } from '../../modules/users/tokens.service.ts';
import { systemContext } from '../../platform/actor.ts';
import { isRole } from '../../platform/permissions.ts';
import { openConfiguredDatabase } from '../../platform/server.ts';
import { CliError, type Command } from '../command.ts';
import { asCliError } from './user.ts';

export const tokenCommand: Command = {
  name: 'token',
  summary: 'Create an API token for a machine; prints only the token',
  help: [
    '  saisei token create --name NAME --role ROLE [--facility FACILITY_ID]',
    '  Without --facility the token acts for the clinic (the first clinic facility).',
    '  The terminal acts as the system: any role, for any facility (the admin screen: only its own).',
  ].join('\n'),
  async run(args, config) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, facility: { type: 'string' } },
    });
    if (positionals[0] !== 'create') throw new CliError('Usage: saisei token create --name NAME --role ROLE');
    if (!values.name || !values.role) throw new CliError('--name and --role are required.');
    if (!isRole(values.role)) throw new CliError(`Unknown role: ${values.role}`);
    const database = await openConfiguredDatabase(config);
    try {
      await database.migrate();
      const facilities = await listFacilityRows(database.db);
      const facility = values.facility
        ? facilities.find((f) => f.id === values.facility)
        : facilities.find((f) => f.kind === 'clinic');
      if (!facility) throw new CliError(`No such facility: ${values.facility ?? 'no clinic yet'}`);
      // The terminal acts as the system: any role, for the facility named.
      const { token } = await createApiTokenService(database.db).createToken(
        systemContext('cli', facility.id),
        {
          name: values.name,
          role: values.role,
        },
      );
      // Only the token on stdout, so `TOKEN=$(saisei token create …)` works.
      process.stdout.write(`${token}\n`);
      return 0;
    } catch (error) {
      throw asCliError(error);
    } finally {
      await database.close();
    }
  },
};
