import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api';

export type FacilityKind = 'clinic' | 'cpc';

/** GET /api/v1/facilities item. */
export interface Facility {
  id: string;
  kind: FacilityKind;
  name: string;
  nameKana: string | null;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
  isbt128Fin: string | null;
  registrationNumber: string | null;
  administratorName: string | null;
  planNumbers: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const FACILITIES_KEY = ['facilities'] as const;

export function useFacilities() {
  return useQuery({
    queryKey: FACILITIES_KEY,
    queryFn: ({ signal }) => apiFetch<{ items: Facility[] }>('/api/v1/facilities', { signal }),
    select: (data) => data.items,
  });
}
