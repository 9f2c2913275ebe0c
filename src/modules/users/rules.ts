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
