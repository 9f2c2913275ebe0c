/**
 * Every kind of event the server records: what it is about (the entity type) and what was done.
 * The one list: `recordAudit` accepts only these, and the audit screen must have a sentence for
 * each in both languages (web/src/features/admin/audit/audit-sentences.test.ts). A new kind is
 * added here, then named there. Plain data, so the web app can import it too.
 */
export const AUDIT_EVENT_KINDS = {
  patient: ['create', 'read', 'search', 'update', 'merge', 'merge_into'],
  patient_duplicate_warning: ['read'],
  patient_timeline: ['read'],
  consultation: ['create', 'read', 'update', 'void'],
  consultation_list: ['read'],
  scar_assessment: ['create', 'read', 'update', 'void'],
  scar_assessment_list: ['read'],
  score_history: ['read'],
  patient_photo: ['create', 'read', 'update', 'void'],
  patient_photos: ['read'],
  user: [
    'create',
    'update',
    'deactivate',
    'reactivate',
    'password_reset',
    'password_change',
    'totp_reset',
    'totp_enrolment_started',
    'totp_enabled',
    'totp_disabled',
    'totp_secret_sealed',
  ],
  api_token: ['create', 'revoke'],
  login: ['login_failed', 'login_locked', 'login_refused_locked'],
  session: [
    'login',
    'logout',
    'switch_facility',
    'patient_mode_start',
    'patient_mode_end',
    'patient_mode_pin_failed',
    'patient_mode_locked',
  ],
  facility: ['create', 'update'],
  provision_plan: ['create', 'update'],
  consent_document: ['create', 'update'],
  consent: ['create', 'read', 'void', 'withdraw'],
  consent_list: ['read'],
  consent_signature: ['read'],
  consent_withdrawal: ['read'],
  patient_eligibility: ['read'],
  prp_session: ['create', 'read', 'update', 'void', 'complete'],
  prp_session_list: ['read'],
  questionnaire_template: ['create', 'update'],
  questionnaire: ['create', 'read', 'answer', 'submit', 'void'],
  questionnaire_list: ['read'],
  supply_item: ['create', 'update', 'retire'],
  supply_lot: ['create', 'update', 'release', 'reject', 'adjust_stock', 'use', 'attach_certificate'],
  supply_lot_uses: ['read'],
  storage_place: ['create', 'update', 'retire'],
  temperature_round: ['create'],
  audit_events: ['export'],
  backup: ['backup_created', 'backup_failed'],
  site_page: ['create', 'update', 'publish', 'withdraw'],
  inquiry: ['create', 'read', 'update', 'note'],
  inquiry_list: ['read'],
  article_comment: ['create', 'approve', 'reject', 'answer'],
  article_comment_list: ['read'],
  site_case: ['create', 'withdraw'],
} as const;

type Kinds = typeof AUDIT_EVENT_KINDS;
export type AuditEntityType = keyof Kinds;
export type AuditAction = Kinds[AuditEntityType][number];

export const AUDIT_ENTITY_TYPES = Object.keys(AUDIT_EVENT_KINDS) as AuditEntityType[];
export const AUDIT_ACTIONS = [...new Set(Object.values(AUDIT_EVENT_KINDS).flat())] as AuditAction[];

/**
 * Actions that only look: the access log (MHLW guideline v6.0, ../shared/domain/regulatory.md).
 * A search shows patients' names, so it is a view too, never a change (issue 20).
 */
export const VIEW_ACTIONS = ['read', 'search'] as const satisfies readonly AuditAction[];
