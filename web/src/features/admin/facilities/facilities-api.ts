import { useChange, useWholeList } from '../../../lib/api-hooks';
import { api, type Body, data, type Schemas } from '../../../lib/client';
import { ME_KEY } from '../../auth/auth-api';

export type Facility = Schemas['Facility'];
export type FacilityKind = Facility['kind'];

export const FACILITIES_KEY = ['facilities'] as const;

export const useFacilities = () => useWholeList(FACILITIES_KEY, '/api/v1/facilities');

/** A new CPC, or a correction of a facility (with its version and a reason). */
export type FacilitySave =
  | { facility?: undefined; body: Body<'/api/v1/facilities'> }
  | { facility: Facility; body: Body<'/api/v1/facilities/{id}', 'patch'> };

/** Me is asked again too: the signed-in person's facility names come with it. */
export const useSaveFacility = () =>
  useChange([FACILITIES_KEY, ME_KEY], (save: FacilitySave) =>
    save.facility
      ? data(
          api.PATCH('/api/v1/facilities/{id}', {
            params: { path: { id: save.facility.id } },
            body: save.body,
          }),
        )
      : data(api.POST('/api/v1/facilities', { body: save.body })),
  );
