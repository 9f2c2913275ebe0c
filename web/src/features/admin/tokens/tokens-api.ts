import { useChange, useWholeList } from '../../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../../lib/client';

/** GET /api/v1/api-tokens item: never the token itself. */
export type ApiToken = Schemas['ApiToken'];

export const TOKENS_KEY = ['api-tokens'] as const;

export const useApiTokens = () => useWholeList(TOKENS_KEY, '/api/v1/api-tokens');

/** Valid tokens first: the revoked ones stay listed, for the record. */
export const validFirst = (tokens: readonly ApiToken[]) =>
  [...tokens].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));

/** Its answer holds the token itself, the only time it is ever shown. */
export const useCreateApiToken = () =>
  useChange([TOKENS_KEY], (body: Body<'/api/v1/api-tokens'>) =>
    data(api.POST('/api/v1/api-tokens', { body })),
  );

export const useRevokeApiToken = () =>
  useChange([TOKENS_KEY], ({ token, reason }: { token: ApiToken; reason: string }) =>
    data(
      api.POST('/api/v1/api-tokens/{id}/revoke', { params: { path: { id: token.id } }, body: { reason } }),
    ),
  );
