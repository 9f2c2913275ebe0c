/** Where a session stands: steps are saved as they happen, then it is completed (its follow-ups recorded). */
export const SESSION_STAGES = ['open', 'completed'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

/** The session's steps, in the order they happen at the chair. */
export const SESSION_STEPS = ['draw', 'centrifugation', 'preparation', 'injection'] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];

/** Exogenous activation (shared/domain/prp.md, PAW "A"): none, calcium chloride or thrombin. */
export const ACTIVATIONS = ['none', 'calcium_chloride', 'thrombin'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** The regions of the face map the physician marks sites on. */
export const FACE_REGIONS = [
  'forehead',
  'temple_left',
  'temple_right',
  'cheek_left',
  'cheek_right',
  'nose',
  'chin',
  'jawline_left',
  'jawline_right',
] as const;
export type FaceRegion = (typeof FACE_REGIONS)[number];

/** How PRP is placed in the skin. */
export const INJECTION_TECHNIQUES = ['needle', 'cannula', 'needle_with_microneedling'] as const;
export type InjectionTechnique = (typeof INJECTION_TECHNIQUES)[number];
