import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isStale } from '../../../lib/api-problem';
import { api, type Body, data, type Schemas } from '../../../lib/client';

export type User = Schemas['User'];
export type StaffRole = Body<'/api/v1/users'>['roles'][number];

export const USERS_KEY = ['users'] as const;

export function useUsers(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/users', { signal })),
    select: (answer) => answer.items,
    enabled: options.enabled ?? true,
  });
}

/** Active accounts first, then by login, so the people at work are at the top. */
export function sortUsers(users: readonly User[]): User[] {
  return [...users].sort((a, b) => Number(b.active) - Number(a.active) || a.login.localeCompare(b.login));
}

/** A new account, or a change of one's name, roles or facilities (with its version and a reason). */
export type UserSave =
  | { user?: undefined; body: Body<'/api/v1/users'> }
  | { user: User; body: Body<'/api/v1/users/{id}', 'patch'> };

export function useSaveUser() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });
  return useMutation({
    mutationFn: (save: UserSave) =>
      save.user
        ? data(api.PATCH('/api/v1/users/{id}', { params: { path: { id: save.user.id } }, body: save.body }))
        : data(api.POST('/api/v1/users', { body: save.body })),
    onSuccess: refresh,
    onError: (error) => (isStale(error) ? refresh() : undefined),
  });
}

export type UserAction = 'deactivate' | 'reactivate' | 'reset-password' | 'reset-totp';

/** The account actions that take a reason (and, for a password reset, the temporary password). */
export function useUserAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, action, reason, password }: UserActionInput) => {
      const params = { path: { id: user.id } };
      if (action === 'reset-password') {
        return data(api.POST('/api/v1/users/{id}/reset-password', { params, body: { password, reason } }));
      }
      return data(api.POST(`/api/v1/users/{id}/${action}`, { params, body: { reason } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export interface UserActionInput {
  user: User;
  action: UserAction;
  reason: string;
  /** The temporary password of a reset; ignored by the other actions. */
  password: string;
}
