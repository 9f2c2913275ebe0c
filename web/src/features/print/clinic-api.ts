import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../lib/client';
import { useSession } from '../auth/session';

export type PrintClinic = {
  name: string;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
};

/**
 * The clinic a sheet is printed for: the facility the reader works in. Its address needs
 * facilities:read; without it the sheet still carries the name the session knows.
 */
export function usePrintClinic(): PrintClinic | null {
  const { me } = useSession();
  const known = me.facilities.find((facility) => facility.id === me.facilityId);
  const readable = me.facilityId !== null && me.permissions.includes('facilities:read');
  const facility = useQuery({
    queryKey: ['facilities', me.facilityId, 'print'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/facilities/{id}', { params: { path: { id: me.facilityId ?? '' } }, signal })),
    enabled: readable,
  });
  const full = facility.data;
  if (full) return { name: full.name, postalCode: full.postalCode, address: full.address, phone: full.phone };
  return known ? { name: known.name, postalCode: null, address: null, phone: null } : null;
}
