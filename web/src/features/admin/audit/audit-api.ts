import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../../lib/client';
import { type AuditFilters, auditQuery } from './audit-query';

const PAGE_SIZE = 100;

export type ChainVerification = Schemas['AuditChainVerification'];

/** The trail, newest first, a page at a time; always asked afresh (it grows while one reads). */
export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-events', filters],
    queryFn: ({ pageParam, signal }) =>
      data(
        api.GET('/api/v1/audit-events', {
          params: {
            query: auditQuery(filters, { limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** Recomputes the hash chain on the server: has any event been edited or removed? */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => data(api.GET('/api/v1/audit-events/verify')) });
}
