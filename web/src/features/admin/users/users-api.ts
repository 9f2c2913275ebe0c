import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api';

/** GET /api/v1/users item. */
export interface User {
  id: string;
  login: string;
  displayName: string;
  roles: string[];
  facilityIds: string[];
  active: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  language: 'ja' | 'en';
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const USERS_KEY = ['users'] as const;

export function useUsers(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: ({ signal }) => apiFetch<{ items: User[] }>('/api/v1/users', { signal }),
    select: (data) => data.items,
    enabled: options.enabled ?? true,
  });
}

/** Active accounts first, then by login, so the people at work are at the top. */
export function sortUsers(users: readonly User[]): User[] {
  return [...users].sort((a, b) => Number(b.active) - Number(a.active) || a.login.localeCompare(b.login));
}
