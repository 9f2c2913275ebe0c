/** What a question asks for: the answer's type follows from it (types.ts AnswerValue). */
export const QUESTION_KINDS = ['yes_no', 'choice', 'text', 'number', 'date'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * The answers that matter for these therapies, raised to the physician as warnings (rules.ts says
 * why each matters, citing shared/domain). Derived by the server from the answers, never typed.
 */
export const WARNING_CODES = [
  'anticoagulants',
  'isotretinoin',
  'pregnancy',
  'keloid',
  'infection',
  'allergy',
  'blood_disorder',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A draft is edited; a published edition is never changed again; a retired one starts no new questionnaire. */
// The statuses of src/domain/editions.ts, written out: the web app imports this file, which therefore
// imports nothing (the services pass these to the editions' functions, so the compiler keeps them equal).
export const TEMPLATE_STATUSES = ['draft', 'published', 'retired'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** A questionnaire is being filled in, or was signed and handed back: then its answers never change. */
export const QUESTIONNAIRE_PROGRESS = ['in_progress', 'submitted'] as const;
export type QuestionnaireProgress = (typeof QUESTIONNAIRE_PROGRESS)[number];

/** Where a template came from: the one the product ships (default-template.ts), or drafted here. */
export const TEMPLATE_ORIGINS = ['default'] as const;
export type TemplateOrigin = (typeof TEMPLATE_ORIGINS)[number];
