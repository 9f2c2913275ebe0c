import { useQuery } from '@tanstack/react-query';
import { ApiProblem } from '../../../lib/api-problem';
import { api, data } from '../../../lib/client';
import { type PostalAddress, postalCodeToLookUp } from './postal-address';

/**
 * The addresses of a postal code, once it has seven digits; an unknown code is an empty list, not
 * an error. Answers never change between releases, so each is kept for the session.
 */
export function usePostalAddresses(input: string) {
  const code = postalCodeToLookUp(input);
  return useQuery({
    queryKey: ['postal-codes', code],
    queryFn: async ({ signal }): Promise<PostalAddress[]> => {
      try {
        const answer = await data(
          api.GET('/api/v1/postal-codes', { params: { query: { code: code ?? '' } }, signal }),
        );
        return answer.addresses;
      } catch (error) {
        if (error instanceof ApiProblem && error.code === 'POSTAL_CODE_NOT_FOUND') return [];
        throw error;
      }
    },
    enabled: code !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
