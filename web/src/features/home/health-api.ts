import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../lib/client';

const REFRESH_MS = 30_000;

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    // Without the session cookie: a poll every 30 s must not keep an idle session alive.
    queryFn: ({ signal }) => data(api.GET('/api/health', { signal, credentials: 'omit' })),
    refetchInterval: REFRESH_MS,
  });
}
