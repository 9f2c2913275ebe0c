/**
 * The role matrix (docs/security.md is its prose form). A route declares one permission; the guard
 * allows it when any of the actor's roles grants it. Nothing is granted that is not listed here.
 * It lives in platform beside the guard that enforces it: modules declare permissions from here,
 * platform never reaches into a module for them.
 */
export const ROLES = ['admin', 'physician', 'nurse', 'technician', 'qa', 'reception'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'facilities:read',
  'facilities:manage',
  'users:manage',
  'tokens:manage',
  'audit:read',
  'backups:manage',
  'patients:read',
  'patients:write',
  'clinical:read',
  'clinical:write',
  'plans:read',
  'plans:manage',
  'consents:read',
  'consents:write',
  'questionnaires:read',
  'questionnaires:write',
  'supplies:read',
  'supplies:write',
  'supplies:release',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Route-level access: a permission, any signed-in actor, or no sign-in at all. */
export type RouteAccess = Permission | 'authenticated' | 'public';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'facilities:read',
    'facilities:manage',
    'users:manage',
    'tokens:manage',
    'audit:read',
    'backups:manage',
    'patients:read',
    'plans:read',
    'plans:manage',
    'supplies:read',
  ],
  physician: [
    'facilities:read',
    'patients:read',
    'patients:write',
    'clinical:read',
    'clinical:write',
    'plans:read',
    'consents:read',
    'consents:write',
    'questionnaires:read',
    'questionnaires:write',
    'supplies:read',
  ],
  nurse: [
    'facilities:read',
    'patients:read',
    'patients:write',
    'clinical:read',
    'clinical:write',
    'plans:read',
    'consents:read',
    'consents:write',
    'questionnaires:read',
    'questionnaires:write',
    'supplies:read',
    'supplies:write',
  ],
  technician: ['facilities:read', 'plans:read', 'supplies:read', 'supplies:write'],
  qa: [
    'facilities:read',
    'audit:read',
    'plans:read',
    'plans:manage',
    'supplies:read',
    'supplies:write',
    'supplies:release',
  ],
  reception: [
    'facilities:read',
    'patients:read',
    'patients:write',
    'plans:read',
    'consents:read',
    'questionnaires:write',
  ],
};

export function rolesGrant(roles: readonly string[], permission: Permission): boolean {
  return roles.some((role) =>
    (ROLE_PERMISSIONS as Record<string, readonly Permission[]>)[role]?.includes(permission),
  );
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
