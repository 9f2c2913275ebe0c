import { useChange, useWholeList } from '../../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../../lib/client';

export type User = Schemas['User'];

export const USERS_KEY = ['users'] as const;

export const useUsers = (options: { enabled?: boolean } = {}) =>
  useWholeList(USERS_KEY, '/api/v1/users', options);

/** Active accounts first, then by login, so the people at work are at the top. */
export function sortUsers(users: readonly User[]): User[] {
  return [...users].sort((a, b) => Number(b.active) - Number(a.active) || a.login.localeCompare(b.login));
}

/** A new account, or a change of one's name, roles or facilities (with its version and a reason). */
export type UserSave =
  | { user?: undefined; body: Body<'/api/v1/users'> }
  | { user: User; body: Body<'/api/v1/users/{id}', 'patch'> };

export const useSaveUser = () =>
  useChange([USERS_KEY], (save: UserSave) =>
    save.user
      ? data(api.PATCH('/api/v1/users/{id}', { params: { path: { id: save.user.id } }, body: save.body }))
      : data(api.POST('/api/v1/users', { body: save.body })),
  );

export type UserAction = 'deactivate' | 'reactivate' | 'reset-password' | 'reset-totp';

export interface UserActionInput {
  user: User;
  action: UserAction;
  reason: string;
  /** The temporary password of a reset; ignored by the other actions. */
  password: string;
}

/** The account actions that take a reason (and, for a password reset, the temporary password). */
export const useUserAction = () =>
  useChange([USERS_KEY], ({ user, action, reason, password }: UserActionInput) => {
    const params = { path: { id: user.id } };
    if (action === 'reset-password') {
      return data(api.POST('/api/v1/users/{id}/reset-password', { params, body: { password, reason } }));
    }
    return data(api.POST(`/api/v1/users/{id}/${action}`, { params, body: { reason } }));
  });
