/**
 * The fields of a user that the rules below read. queries.ts's UserRow (the table's row) has them
 * all; they are spelled out here so that rules need nothing from the storage layer.
 */
export type UserFields = {
  id: string;
  login: string;
  displayName: string;
  roles: string[];
  active: boolean;
  totpEnabledAt: Date | null;
  mustChangePassword: boolean;
  language: 'ja' | 'en';
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * What of a user may appear in an API answer or an audit row: never the password hash, the TOTP
 * secret or recovery codes (non-negotiable 6).
 */
export function publicUser(user: UserFields, facilityIds: string[]) {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: [...user.roles].sort(),
    facilityIds: [...facilityIds].sort(),
    active: user.active,
    totpEnabled: user.totpEnabledAt !== null,
    mustChangePassword: user.mustChangePassword,
    language: user.language,
    version: user.version,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
export type PublicUser = ReturnType<typeof publicUser>;

/** Logins: 3–40 characters of letters, digits, dot, hyphen or underscore (typed on any keyboard). */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

/** The clinic must always keep someone who can manage users. */
export function wouldRemoveLastAdmin(
  user: Pick<UserFields, 'roles' | 'active'>,
  next: { roles?: readonly string[]; active?: boolean },
  activeAdminCount: number,
): boolean {
  const isAdminNow = user.active && user.roles.includes('admin');
  const isAdminAfter = (next.active ?? user.active) && (next.roles ?? user.roles).includes('admin');
  return isAdminNow && !isAdminAfter && activeAdminCount <= 1;
}

/**
 * The facilities of a person that an administrator does not administer. A person who works at two
 * facilities is changed (roles, password, two-factor, activity, memberships) only by someone who
 * administers both: otherwise an administrator of one could reset the password and take over the
 * account's access at the other. `'all'` is the system itself (the terminal, first run).
 */
export function facilitiesNotAdministered(
  memberOf: readonly string[],
  administered: ReadonlySet<string> | 'all',
): string[] {
  return administered === 'all' ? [] : memberOf.filter((id) => !administered.has(id));
}

type AdminStanding = { roles: readonly string[]; active: boolean; facilityIds: readonly string[] };

/**
 * The facilities a change would leave without an active administrator: every facility keeps
 * someone who can manage its staff (`activeAdmins` counts them per facility, this person included).
 */
export function facilitiesLeftWithoutAdmin(
  before: AdminStanding,
  after: AdminStanding,
  activeAdmins: ReadonlyMap<string, number>,
): string[] {
  const adminOf = (s: AdminStanding) => (s.active && s.roles.includes('admin') ? s.facilityIds : []);
  const stays = new Set(adminOf(after));
  return adminOf(before).filter((id) => !stays.has(id) && (activeAdmins.get(id) ?? 0) <= 1);
}
