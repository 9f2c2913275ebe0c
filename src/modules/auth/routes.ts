import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../platform/config.ts';
import { PERMISSIONS } from '../../platform/permissions.ts';
import { requestContext } from '../../platform/request-context.ts';
import type { MeService } from './me.ts';
import { SESSION_COOKIE } from './resolver.ts';
import type { AuthService } from './service.ts';
import type { createSetupService } from './setup.service.ts';
import type { TotpService } from './totp.ts';

const Me = z
  .object({
    id: z.uuid(),
    login: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    permissions: z.array(z.enum(PERMISSIONS)),
    facilityId: z.uuid().nullable(),
    facilities: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
    language: z.enum(['ja', 'en']),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
    pending: z.enum(['totp_enrolment', 'password_change']).nullable(),
    patientMode: z
      .object({ questionnaireId: z.uuid() })
      .nullable()
      .describe('Set while this session is a tablet handed to a patient: show only the questionnaire'),
    csrfToken: z.string().describe('Send as x-csrf-token on every POST, PATCH, PUT and DELETE'),
    sessionExpiresAt: z.string().nullable().describe('When the session ends in any case'),
    sessionIdleMinutes: z.number().int().describe('The session ends after this long without a request'),
    limits: z
      .object({ photoMaxMb: z.number().describe('The largest photo file accepted, in MB') })
      .describe('Limits the client checks before sending'),
  })
  .meta({ id: 'Me' });

const Login = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  totp: z.string().trim().max(10).optional(),
  recoveryCode: z.string().trim().max(20).optional(),
});

const Password = z.string().min(1).max(200);

const Setup = z.object({
  clinic: z.object({
    name: z.string().trim().min(1).max(200),
    postalCode: z.string().trim().max(10).optional(),
    address: z.string().trim().max(500).optional(),
    phone: z.string().trim().max(30).optional(),
  }),
  admin: z.object({
    login: z.string().trim().min(1).max(40),
    displayName: z.string().trim().min(1).max(100),
    password: Password,
  }),
});

export type AuthRouteDeps = {
  config: Config;
  /** What the web app is told about the person signed in (me.ts). */
  me: MeService;
  auth: AuthService;
  totp: TotpService;
  setup: ReturnType<typeof createSetupService>;
  setLanguage(ctx: ReturnType<typeof requestContext>, language: 'ja' | 'en'): Promise<void>;
};

export const authRoutes =
  (deps: AuthRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['auth'];
    const cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: !deps.config.insecureCookies,
    };
    const signInRate = { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' };
    const clearSession = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, cookieOptions);

    app.get(
      '/setup',
      {
        config: { access: 'public', scope: 'global' },
        schema: {
          tags,
          summary: 'Whether first-run setup is still needed',
          response: { 200: z.object({ needed: z.boolean() }) },
        },
      },
      () => deps.setup.status(),
    );

    app.post(
      '/setup',
      {
        config: { access: 'public', scope: 'global', rateLimit: signInRate },
        schema: {
          tags,
          summary: 'First run: create the clinic and its first administrator',
          body: Setup,
          response: { 201: z.object({ clinicId: z.uuid(), adminId: z.uuid() }) },
        },
      },
      async (request, reply) => {
        const { clinic, admin } = await deps.setup.completeSetup(requestContext(request), request.body);
        return reply.status(201).send({ clinicId: clinic.id, adminId: admin.id });
      },
    );

    app.post(
      '/auth/login',
      {
        config: { access: 'public', scope: 'global', rateLimit: signInRate },
        schema: { tags, summary: 'Sign in; sets the session cookie', body: Login, response: { 200: Me } },
      },
      async (request, reply) => {
        const signedIn = await deps.auth.login(requestContext(request), request.body);
        reply.setCookie(SESSION_COOKIE, signedIn.sessionToken, cookieOptions);
        return deps.me(signedIn.actor, signedIn.session);
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { access: 'authenticated', scope: 'global', allowPending: true },
        schema: { tags, summary: 'Sign out; ends the session', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await deps.auth.logout(requestContext(request));
        return clearSession(reply).status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: 'authenticated', scope: 'global', allowPending: true, patientMode: true },
        schema: { tags, summary: 'The person signed in', response: { 200: Me } },
      },
      (request) => deps.me(request.actor, request.session),
    );

    /*
     * A fresh page load asks who is signed in. Signed out is an answer here, not an error: a 401
     * for /auth/me on every load filled the browser console (issue 20). /auth/me itself still
     * refuses anyone signed out (deny by default).
     */
    app.get(
      '/auth/session',
      {
        config: { access: 'public', scope: 'global', identifiesCaller: true, patientMode: true },
        schema: {
          tags,
          summary: 'Whether someone is signed in, and who: 200 either way',
          response: {
            200: z.object({ signedIn: z.boolean(), me: Me.nullable() }).meta({ id: 'SessionState' }),
          },
        },
      },
      async (request) =>
        request.actor.kind === 'user'
          ? { signedIn: true, me: await deps.me(request.actor, request.session) }
          : { signedIn: false, me: null },
    );

    app.patch(
      '/auth/me',
      {
        config: { access: 'authenticated', scope: 'global' },
        schema: {
          tags,
          summary: 'Change own preferences',
          body: z.object({ language: z.enum(['ja', 'en']) }).strict(),
          response: { 200: Me },
        },
      },
      async (request) => {
        await deps.setLanguage(requestContext(request), request.body.language);
        return deps.me(request.actor, request.session);
      },
    );

    app.post(
      '/auth/session/facility',
      {
        config: { access: 'authenticated', scope: 'global' },
        schema: {
          tags,
          summary: 'Work in another of your facilities; answers who you are there',
          body: z.object({ facilityId: z.uuid() }).strict(),
          response: { 200: Me },
        },
      },
      async (request) => {
        const actor = await deps.auth.switchFacility(requestContext(request), request.body.facilityId);
        return deps.me(actor, request.session);
      },
    );

    app.post(
      '/auth/password',
      {
        config: { access: 'authenticated', scope: 'global', allowPending: true },
        schema: {
          tags,
          summary: 'Change own password; ends every other session',
          body: z.object({ currentPassword: Password, newPassword: Password }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deps.auth.changePassword(
          requestContext(request),
          request.body.currentPassword,
          request.body.newPassword,
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/auth/totp/enrol',
      {
        config: { access: 'authenticated', scope: 'global', allowPending: true },
        schema: {
          tags,
          summary: 'Start two-factor enrolment: a secret and its QR code',
          response: {
            200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrCodeDataUrl: z.string() }),
          },
        },
      },
      (request) => deps.totp.beginEnrolment(requestContext(request)),
    );

    app.post(
      '/auth/totp/confirm',
      {
        config: { access: 'authenticated', scope: 'global', allowPending: true },
        schema: {
          tags,
          summary: 'Finish enrolment with a code from the app; returns recovery codes once',
          body: z.object({ code: z.string().trim().min(6).max(10) }),
          response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
        },
      },
      (request) => deps.totp.confirmEnrolment(requestContext(request), request.body.code),
    );

    app.post(
      '/auth/totp/disable',
      {
        config: { access: 'authenticated', scope: 'global' },
        schema: {
          tags,
          summary: 'Turn two-factor sign-in off (not for admin and QA)',
          body: z.object({ password: Password }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deps.totp.disable(requestContext(request), request.body.password);
        return reply.status(204).send(null);
      },
    );
  };
