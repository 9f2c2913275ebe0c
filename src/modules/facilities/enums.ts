export const FACILITY_KINDS = ['clinic', 'cpc'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
