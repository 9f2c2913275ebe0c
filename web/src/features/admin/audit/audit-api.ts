import { useInfiniteQuery } from '@tanstack/react-query';
import { api, data } from '../../../lib/client';
import { type AuditFilters, auditQuery } from './audit-query';

const PAGE_SIZE = 100;

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
