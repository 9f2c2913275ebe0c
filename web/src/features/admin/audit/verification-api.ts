import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data, type Schemas } from '../../../lib/client';

export type AuditVerification = Schemas['AuditVerification'];

/** How often a running verification is asked for its progress. */
const POLL_MS = 1000;

/**
 * The chain check runs on the server in the background (a long trail takes a minute): start it,
 * then poll its progress until it is done. Starting while one runs hands back the running one.
 */
export function useChainVerification() {
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => data(api.POST('/api/v1/audit/verifications', { body: {} })),
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useQuery({
    queryKey: ['audit-verification', jobId],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/audit/verifications/{id}', { params: { path: { id: jobId ?? '' } }, signal })),
    enabled: jobId !== null,
    initialData: start.data?.id === jobId ? start.data : undefined,
    refetchInterval: (query) => (query.state.data?.state === 'running' ? POLL_MS : false),
    staleTime: 0,
  });
  return {
    start: () => start.mutate(),
    starting: start.isPending,
    job: jobId ? job.data : undefined,
    error: start.error ?? job.error,
    reset: () => {
      start.reset();
      setJobId(null);
    },
  };
}

export type ChainVerificationState = ReturnType<typeof useChainVerification>;
