/** The clinic's modules as the menu shows them; routes and navigation both read this list. */
export type ModuleKey =
  | 'patients'
  | 'consents'
  | 'prp'
  | 'culture'
  | 'cellBank'
  | 'adverseEvents'
  | 'regulatoryReports'
  | 'audit'
  | 'settings';

export type NavSection = 'clinic' | 'cpc' | 'safety' | 'system';

export interface ClinicModule {
  key: ModuleKey;
  /** URL segment, also used for the `nav-…` test id. */
  slug: string;
  section: NavSection;
}

export const NAV_SECTIONS: readonly NavSection[] = ['clinic', 'cpc', 'safety', 'system'];

export const MODULES: readonly ClinicModule[] = [
  { key: 'patients', slug: 'patients', section: 'clinic' },
  { key: 'consents', slug: 'consents', section: 'clinic' },
  { key: 'prp', slug: 'prp', section: 'clinic' },
  { key: 'culture', slug: 'culture', section: 'cpc' },
  { key: 'cellBank', slug: 'cell-bank', section: 'cpc' },
  { key: 'adverseEvents', slug: 'adverse-events', section: 'safety' },
  { key: 'regulatoryReports', slug: 'regulatory-reports', section: 'safety' },
  { key: 'audit', slug: 'audit', section: 'safety' },
  { key: 'settings', slug: 'settings', section: 'system' },
];
