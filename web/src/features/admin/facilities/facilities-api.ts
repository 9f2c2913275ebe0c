import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isStale } from '../../../lib/api-problem';
import { api, type Body, data, type Schemas } from '../../../lib/client';
import { ME_KEY } from '../../auth/auth-api';

export type Facility = Schemas['Facility'];
export type FacilityKind = Facility['kind'];

export const FACILITIES_KEY = ['facilities'] as const;

export function useFacilities() {
  return useQuery({
    queryKey: FACILITIES_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/facilities', { signal })),
    select: (answer) => answer.items,
  });
}

/** A new CPC, or a correction of a facility (with its version and a reason). */
export type FacilitySave =
  | { facility?: undefined; body: Body<'/api/v1/facilities'> }
  | { facility: Facility; body: Body<'/api/v1/facilities/{id}', 'patch'> };

export function useSaveFacility() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: FACILITIES_KEY });
  return useMutation({
    mutationFn: (save: FacilitySave) =>
      save.facility
        ? data(
            api.PATCH('/api/v1/facilities/{id}', {
              params: { path: { id: save.facility.id } },
              body: save.body,
            }),
          )
        : data(api.POST('/api/v1/facilities', { body: save.body })),
    onSuccess: async () => {
      // The signed-in person's facility names come with Me.
      await Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: ME_KEY })]);
    },
    onError: (error) => (isStale(error) ? refresh() : undefined),
  });
}
