/**
 * What a route works on, declared beside its `access`: one facility's records, or nothing bound to
 * a facility (sign-in, staff accounts, facilities themselves). The server refuses to start when an
 * /api route declares neither, and the cross-facility test walks every `facility` operation.
 */
export const ROUTE_SCOPES = ['facility', 'global'] as const;
export type RouteScope = (typeof ROUTE_SCOPES)[number];
