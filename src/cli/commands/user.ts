import { parseArgs } from 'node:util';
import { createSetupService } from '../../modules/auth/setup.service.ts';
import { createFacilityService } from '../../modules/facilities/service.ts';
import { createUserService } from '../../modules/users/service.ts';
import { systemContext } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { isRole } from '../../platform/permissions.ts';
import { openConfiguredDatabase } from '../../platform/server.ts';
import { CliError, type Command } from '../command.ts';
import { readSecretFromStdin } from '../read-secret.ts';

export const userCommand: Command = {
  name: 'user',
  summary: 'Create the first account from a terminal (refused once an admin exists)',
  help: [
    '  saisei user create --login LOGIN --name NAME --role ROLE [--clinic NAME]',
    '  The password is read from standard input. --clinic names the clinic when none exists yet.',
    '  Roles: admin, physician, nurse, technician, qa, reception.',
  ].join('\n'),
  async run(args, config) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        login: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', multiple: true },
        clinic: { type: 'string' },
      },
    });
    if (positionals[0] !== 'create')
      throw new CliError('Usage: saisei user create --login LOGIN --name NAME --role ROLE');
    const roles = values.role ?? [];
    if (!values.login || !values.name || roles.length === 0) {
      throw new CliError('--login, --name and --role are required.');
    }
    const unknown = roles.filter((r) => !isRole(r));
    if (unknown.length > 0) throw new CliError(`Unknown role: ${unknown.join(', ')}`);
    const password = await readSecretFromStdin('Password: ');
    const database = await openConfiguredDatabase(config);
    try {
      await database.migrate();
      const facilities = createFacilityService(database.db);
      const users = createUserService(database.db);
      const setup = createSetupService(database.db, { facilities, users });
      const user = await setup.createFirstUser(systemContext('cli'), {
        login: values.login,
        displayName: values.name,
        roles: roles.filter(isRole),
        facilityIds: [],
        password,
        ...(values.clinic
          ? { clinicName: values.clinic }
          : config.clinicName
            ? { clinicName: config.clinicName }
            : {}),
      });
      process.stdout.write(`Created ${user.login} (${user.roles.join(', ')}).\n`);
      return 0;
    } catch (error) {
      throw asCliError(error);
    } finally {
      await database.close();
    }
  },
};

/** Service refusals read as plain sentences at a terminal, fields named. */
export function asCliError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const fields = error.errors.map((e) => `\n  ${e.path}: ${e.message}`).join('');
  return new CliError(`${error.message}${fields}`);
}
