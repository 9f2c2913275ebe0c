/**
 * The tablet's query key, on its own so the auth gate (in every page's first bundle) can keep it
 * without loading the questionnaire screens: when the session becomes a tablet the staff's screens are
 * cleared, not the tablet's.
 */
export const TABLET_KEY = ['tablet'] as const;
