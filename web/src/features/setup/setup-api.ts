import { useMutation } from '@tanstack/react-query';
import { api, type Body, data } from '../../lib/client';

export type SetupBody = Body<'/api/v1/setup'>;

/** First run: the clinic and its first administrator, in one call. */
export function useSetupClinic() {
  return useMutation({ mutationFn: (body: SetupBody) => data(api.POST('/api/v1/setup', { body })) });
}
