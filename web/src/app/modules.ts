import type { Permission } from '../features/auth/session';

/** The clinic's modules; routes, navigation and the home overview read this list. */
export type ModuleKey =
  | 'patients'
  | 'consents'
  | 'prp'
  | 'supplies'
  | 'culture'
  | 'cellBank'
  | 'adverseEvents'
  | 'regulatoryReports';

export type NavSection = 'clinic' | 'cpc' | 'safety';

export interface ClinicModule {
  key: ModuleKey;
  /** URL segment, also used for the `nav-…` test id. */
  slug: string;
  section: NavSection;
  /**
   * Set once the module's screens exist: shown, and routed, only to people whose role grants the
   * permission (the server checks again). Modules without it are still to come.
   */
  permission?: Permission;
}

export const NAV_SECTIONS: readonly NavSection[] = ['clinic', 'cpc', 'safety'];

export const MODULES: readonly ClinicModule[] = [
  { key: 'patients', slug: 'patients', section: 'clinic', permission: 'patients:read' },
  { key: 'consents', slug: 'consents', section: 'clinic' },
  { key: 'prp', slug: 'prp', section: 'clinic' },
  { key: 'supplies', slug: 'supplies', section: 'clinic', permission: 'supplies:read' },
  { key: 'culture', slug: 'culture', section: 'cpc' },
  { key: 'cellBank', slug: 'cell-bank', section: 'cpc' },
  { key: 'adverseEvents', slug: 'adverse-events', section: 'safety' },
  { key: 'regulatoryReports', slug: 'regulatory-reports', section: 'safety' },
];

export const isBuilt = (module: ClinicModule) => module.permission !== undefined;

export type AdminPageKey = 'users' | 'tokens' | 'facilities' | 'plans' | 'questionnaires' | 'audit';

export interface AdminPage {
  key: AdminPageKey;
  /** Below /admin/; the test id is `nav-admin-<slug>`. */
  slug: string;
  /** Shown, and routed, only to people whose role grants it; the server checks again. */
  permission: Permission;
}

export const ADMIN_PAGES: readonly AdminPage[] = [
  { key: 'users', slug: 'users', permission: 'users:manage' },
  { key: 'tokens', slug: 'tokens', permission: 'tokens:manage' },
  { key: 'facilities', slug: 'facilities', permission: 'facilities:manage' },
  { key: 'plans', slug: 'plans', permission: 'plans:manage' },
  { key: 'questionnaires', slug: 'questionnaires', permission: 'plans:manage' },
  { key: 'audit', slug: 'audit', permission: 'audit:read' },
];
