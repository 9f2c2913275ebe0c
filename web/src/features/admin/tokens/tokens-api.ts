import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, data, type Schemas } from '../../../lib/client';

/** GET /api/v1/api-tokens item: never the token itself. */
export type ApiToken = Schemas['ApiToken'];

export const TOKENS_KEY = ['api-tokens'] as const;

/** Valid tokens first: the revoked ones stay listed, for the record. */
export function useApiTokens() {
  return useQuery({
    queryKey: TOKENS_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/api-tokens', { signal })),
    select: (answer) =>
      [...answer.items].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null)),
  });
}

/** Its answer holds the token itself, the only time it is ever shown. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/api-tokens'>) => data(api.POST('/api/v1/api-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ token, reason }: { token: ApiToken; reason: string }) =>
      data(
        api.POST('/api/v1/api-tokens/{id}/revoke', { params: { path: { id: token.id } }, body: { reason } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
