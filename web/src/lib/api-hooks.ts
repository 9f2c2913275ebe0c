import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isStale } from './api-problem';
import { type Answer, api, data, type paths } from './client';

/** The paths (without parameters in them) whose answer is a list: `{ items: [...] }`. */
export type ItemsPath = {
  [P in keyof paths]: P extends `${string}{${string}` ? never : HasItems<Answer<P>> extends true ? P : never;
}[keyof paths];
// `never` (no GET) would pass any test of its shape: ruled out first.
type HasItems<A> = [A] extends [never] ? false : A extends { items: unknown[] } ? true : false;
export type ItemOf<P extends ItemsPath> = Answer<P> extends { items: (infer I)[] } ? I : never;

/** A list the server answers whole (staff, facilities, tokens): its items, cached under `queryKey`. */
export function useItems<P extends ItemsPath>(
  queryKey: QueryKey,
  path: P,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      // The client answers for every list path at once; this one's items are ItemOf<P>.
      const answer: unknown = await data(api.GET(path as ItemsPath, { signal }));
      return answer as { items: ItemOf<P>[] };
    },
    select: (answer) => answer.items,
    enabled: options.enabled ?? true,
  });
}

/**
 * A change to what the `refresh` keys hold: they are asked again after it, and after a
 * STALE_VERSION refusal too (the copy on screen was old; the person sees the current one).
 */
export function useChange<I, O>(refresh: readonly QueryKey[], mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  const again = () => Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  return useMutation({
    mutationFn,
    onSuccess: again,
    onError: (error) => (isStale(error) ? again() : undefined),
  });
}
