import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isStale } from './api-problem';
import { type Answer, api, data, type paths } from './client';

/**
 * The paths of short lists taken whole (staff, facilities, tokens): no parameter in the path, an
 * answer `{ items, nextCursor }`, and no filter but the page (`cursor`, `limit`).
 */
export type WholeListPath = {
  [P in keyof paths]: P extends `${string}{${string}`
    ? never
    : HasItems<Answer<P>> extends true
      ? PagedOnly<paths[P]['get']> extends true
        ? P
        : never
      : never;
}[keyof paths];
// `never` (no GET) would pass any test of its shape: ruled out first.
type HasItems<A> = [A] extends [never]
  ? false
  : A extends { items: unknown[]; nextCursor: unknown }
    ? true
    : false;
type PagedOnly<O> = O extends { parameters: { query?: infer Q } }
  ? [keyof NonNullable<Q>] extends ['cursor' | 'limit']
    ? ['cursor' | 'limit'] extends [keyof NonNullable<Q>]
      ? true
      : false
    : false
  : false;
export type ItemOf<P extends WholeListPath> = Answer<P> extends { items: (infer I)[] } ? I : never;

const LARGEST_PAGE = 500;

/** Every item of a short list, page after page (a clinic has tens of staff, not thousands). */
export function useWholeList<P extends WholeListPath>(
  queryKey: QueryKey,
  path: P,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      const items: unknown[] = [];
      let cursor: string | undefined;
      do {
        const query = { limit: LARGEST_PAGE, ...(cursor ? { cursor } : {}) };
        const page = await data(api.GET(path as WholeListPath, { params: { query }, signal }));
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      // The client answers for every such path at once; this one's items are ItemOf<P>.
      return items as ItemOf<P>[];
    },
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
