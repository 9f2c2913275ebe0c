/**
 * The server's password rule (src/modules/auth/rules.ts, MHLW guideline v6.0), mirrored so the
 * form can show a live checklist. The server still decides; this only saves a round trip.
 */
export const PASSWORD_MIN_LENGTH = 13;
export const PASSWORD_MAX_LENGTH = 128;
const MIN_KINDS = 2;
const KINDS = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

export interface PasswordCheck {
  /** At least 13 characters (and at most 128). */
  length: boolean;
  /** Two or more of: lower-case, upper-case, digits, symbols. */
  kinds: boolean;
  /** Does not contain the login name. */
  notLogin: boolean;
}

/** Logins are compared as the server folds them: width-normalised, trimmed, lower-case. */
export const foldLogin = (login: string) => login.normalize('NFKC').trim().toLowerCase();

export function checkPassword(password: string, login: string): PasswordCheck {
  const length = [...password].length;
  const folded = foldLogin(login);
  return {
    length: length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH,
    kinds: KINDS.filter((kind) => kind.test(password)).length >= MIN_KINDS,
    notLogin: folded.length < 3 || !password.toLowerCase().includes(folded),
  };
}

export function passwordAcceptable(password: string, login: string): boolean {
  const check = checkPassword(password, login);
  return check.length && check.kinds && check.notLogin;
}

/** Login names as the server accepts them (src/modules/users/rules.ts): 3–40 of a-z 0-9 . - _ */
const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export function loginAcceptable(login: string): boolean {
  return LOGIN_PATTERN.test(foldLogin(login));
}
