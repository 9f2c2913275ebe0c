/**
 * Who is acting. Resolved once per request by the auth hook and handed to services as an
 * argument (services never see the request). Roles and permissions live in modules/auth.
 */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      login: string;
      displayName: string;
      roles: readonly string[];
      facilityId: string | null;
      sessionId: string;
      /** Set while the user must first enrol a second factor or change a reset password. */
      pending?: 'totp_enrolment' | 'password_change';
      /**
       * Set while the session is a tablet handed to a patient to answer this questionnaire: the
       * access guard lets it reach only the routes that declare `patientMode` (docs/security.md).
       */
      patientMode?: { questionnaireId: string };
    }
  | { kind: 'token'; tokenId: string; name: string; roles: readonly string[]; facilityId: string | null }
  /** The server itself or a terminal command; `facilityId` when it acts for one facility (demo data, imports). */
  | { kind: 'system'; label: string; facilityId?: string }
  | { kind: 'anonymous' };

/**
 * The facility a request works in, resolved by the access guard for routes that declare
 * `scope: 'facility'`. Services read it only through the records kernel (modules/records/scope.ts).
 */
export type FacilityScope = { readonly facilityId: string };

/** What a service needs to know about the call besides its input. */
export type RequestContext = {
  actor: Actor;
  scope?: FacilityScope;
  requestId?: string;
  ip?: string;
};

export const systemContext = (label: string, facilityId?: string): RequestContext => ({
  actor: { kind: 'system', label, ...(facilityId ? { facilityId } : {}) },
  ...(facilityId ? { scope: { facilityId } } : {}),
});

export function actorId(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
      return actor.userId;
    case 'token':
      return actor.tokenId;
    default:
      return null;
  }
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.login;
    case 'token':
      return `token:${actor.name}`;
    case 'system':
      return `system:${actor.label}`;
    case 'anonymous':
      return 'anonymous';
  }
}
