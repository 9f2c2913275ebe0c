/**
 * One invalid field; `in` says where it was (body, querystring, params) when not the body.
 * Rules return these rather than throwing; platform/errors.ts carries them in an AppError.
 */
export type FieldError = { path: string; code: string; message: string; in?: string };
