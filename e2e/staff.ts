import { CONSENT_ITEMS } from '../src/domain/consent-items.ts';
import type { Page } from './browser.ts';
import { ADMIN, nextAdminTotpCode, readClinicState, saveClinicState } from './clinic.ts';

/** A member of staff the browser tests create through the administrator's API. */
export type Staff = { login: string; displayName: string; password: string; roles: string[] };

type Session = { cookie: string; csrf: string };

async function call(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown } & Partial<Session> = {},
) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers['x-csrf-token'] = init.csrf;
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  return { res, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

/**
 * The administrator's API session: the one kept in the clinic's state while the server still
 * answers it as signed in, else a new sign-in (password and the next unused TOTP code), kept.
 */
export async function adminSession(baseUrl: string): Promise<Session> {
  const kept = readClinicState(baseUrl)?.adminSession;
  if (kept) {
    const { res, body } = await call(baseUrl, '/api/v1/auth/session', kept);
    if (res.ok && body.signedIn === true) return kept;
  }
  const session = await newAdminSession(baseUrl);
  const state = readClinicState(baseUrl);
  if (state) saveClinicState(baseUrl, { ...state, adminSession: session });
  return session;
}

async function newAdminSession(baseUrl: string): Promise<Session> {
  const { res, body } = await call(baseUrl, '/api/v1/auth/login', {
    method: 'POST',
    body: { login: ADMIN.login, password: ADMIN.password, totp: await nextAdminTotpCode(baseUrl) },
  });
  if (!res.ok)
    throw new Error(
      `The administrator could not sign in through the API: ${res.status} ${JSON.stringify(body)}`,
    );
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: String(body.csrfToken) };
}

/** Creates staff accounts of the clinic (a login already taken is left as it is). */
export async function createStaff(baseUrl: string, people: Staff[]): Promise<void> {
  const admin = await adminSession(baseUrl);
  const { body } = await call(baseUrl, '/api/v1/facilities', admin);
  const items = body.items as { id: string; kind: string }[];
  const clinic = items.find((f) => f.kind === 'clinic');
  if (!clinic) throw new Error('The clinic facility is missing.');
  const made: Staff[] = [];
  for (const person of people) {
    const { res, body: answer } = await call(baseUrl, '/api/v1/users', {
      ...admin,
      method: 'POST',
      body: { ...person, password: firstPassword(person), facilityIds: [clinic.id] },
    });
    if (res.ok) made.push(person);
    else if (answer.code !== 'LOGIN_TAKEN') {
      throw new Error(`creating ${person.login}: ${res.status} ${JSON.stringify(answer)}`);
    }
  }
  for (const person of made) await chooseOwnPassword(baseUrl, person);
}

/** The password the administrator gives; the person replaces it at the first sign-in. */
const firstPassword = (person: Staff) => `${person.password}-first`;

async function chooseOwnPassword(baseUrl: string, person: Staff): Promise<void> {
  const { res, body } = await call(baseUrl, '/api/v1/auth/login', {
    method: 'POST',
    body: { login: person.login, password: firstPassword(person) },
  });
  if (!res.ok) throw new Error(`first sign-in of ${person.login}: ${res.status} ${JSON.stringify(body)}`);
  const session = {
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: String(body.csrfToken),
  };
  const changed = await call(baseUrl, '/api/v1/auth/password', {
    ...session,
    method: 'POST',
    body: { currentPassword: firstPassword(person), newPassword: person.password },
  });
  if (!changed.res.ok) throw new Error(`password of ${person.login}: ${changed.res.status}`);
  await call(baseUrl, '/api/v1/auth/logout', { ...session, method: 'POST' });
}

/**
 * The administrator signed in through the API, for setting up what a test needs (a plan, its
 * explanation document). Each call throws on a refusal, saying what the server said.
 */
export async function asAdministrator(baseUrl: string) {
  const session = await adminSession(baseUrl);
  return {
    async call(path: string, init: { method?: string; body?: unknown } = {}) {
      const { res, body } = await call(baseUrl, path, { ...session, ...init });
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    },
  };
}

/**
 * Opens the app in this page as the administrator, on the kept API session, for tests whose subject
 * is an administrator's screen rather than the sign-in (auth.e2e.ts and shell.e2e.ts sign in
 * through the screen, TOTP code and all).
 */
export async function openAsAdministrator(page: Page, baseUrl: string, appPath = '/app/'): Promise<void> {
  const { cookie } = await adminSession(baseUrl);
  const [name = '', ...value] = cookie.split('=');
  await page.context().addCookies([{ name, value: value.join('='), url: baseUrl }]);
  await page.goto(`${baseUrl}${appPath}`);
  await page.getByTestId('app-shell').waitFor();
}

type Administrator = Awaited<ReturnType<typeof asAdministrator>>;

/**
 * An active PRP plan (class 3, one day of cooling-off) whose responsible physician is the member of
 * staff named, and its first explanation document published with every item the law requires: what
 * a procedure's browser test stands on before a patient can consent.
 */
export async function activePrpPlanWithDocument(
  admin: Administrator,
  plan: { title: string; planNumber: string; documentTitle: string; responsible: string },
): Promise<{ id: string; contentHash: string }> {
  const physicians = (await admin.call('/api/v1/staff?role=physician')).items as {
    id: string;
    displayName: string;
  }[];
  const responsible = physicians.find((member) => member.displayName === plan.responsible);
  if (!responsible) throw new Error(`The physician ${plan.responsible} was not created.`);
  const made = await admin.call('/api/v1/plans', {
    method: 'POST',
    body: {
      therapy: 'prp',
      riskClass: 3,
      title: plan.title,
      planNumber: plan.planNumber,
      committeeName: '東京再生医療等委員会',
      committeeNumber: 'NA8150001',
      submittedOn: '2025-02-01',
      acceptedOn: '2025-04-01',
      responsiblePhysicianId: responsible.id,
      coolingOffDays: 1,
    },
  });
  await admin.call(`/api/v1/plans/${made.id}/status`, {
    method: 'POST',
    body: { status: 'active', reason: '地方厚生局にて受理', version: made.version },
  });
  const draft = await admin.call(`/api/v1/plans/${made.id}/consent-documents`, {
    method: 'POST',
    body: {
      titleJa: plan.documentTitle,
      bodyJa: CONSENT_ITEMS.map((item) => `## ${item}\n\n${item} について医師から説明します。\n`).join('\n'),
      items: CONSENT_ITEMS.map((item) => ({ item, section: item })),
    },
  });
  const published = await admin.call(`/api/v1/consent-documents/${draft.id}/publish`, {
    method: 'POST',
    body: { version: draft.version, revisionNote: '初版' },
  });
  return { id: String(published.id), contentHash: String(published.contentHash) };
}
