import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, ListQuery, listOf, Reason, Version } from '../../platform/http-schemas.ts';
import { ROLES } from '../../platform/permissions.ts';
import { requestContext } from '../../platform/request-context.ts';
import type { PublicUser } from './rules.ts';
import type { UserService } from './service.ts';
import type { StaffDirectory } from './staff.service.ts';
import type { ApiTokenService, publicToken } from './tokens.service.ts';

const User = z
  .object({
    id: z.uuid(),
    login: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    facilityIds: z.array(z.uuid()),
    active: z.boolean(),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    changeable: z
      .boolean()
      .describe(
        'Whether you administer every facility this person belongs to, and so may change the account',
      ),
    language: z.enum(['ja', 'en']),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

const Roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const DisplayName = z.string().trim().min(1).max(100);
const toUser = (u: PublicUser & { changeable: boolean }) => ({
  ...u,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.string(),
    facilityId: z.uuid().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
const toApiToken = (t: ReturnType<typeof publicToken>) => ({
  ...t,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

/** Staff accounts, for administrators. */
export const userRoutes =
  (users: UserService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['users'];
    const access = 'users:manage' as const;

    app.get(
      '',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: "List this facility's staff accounts, by login",
          querystring: ListQuery.strict(),
          response: { 200: listOf(User) },
        },
      },
      async (request) => {
        const page = await users.listUsers(requestContext(request), request.query);
        return { items: page.items.map(toUser), nextCursor: page.nextCursor };
      },
    );

    app.post(
      '',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: 'Create a staff account',
          body: z
            .object({
              login: z.string().trim().min(1).max(40),
              displayName: DisplayName,
              roles: Roles,
              facilityIds: z.array(z.uuid()).max(50),
              password: z.string().min(1).max(200),
            })
            .strict(),
          response: { 201: User },
        },
      },
      async (request, reply) => {
        const user = await users.createUser(requestContext(request), request.body);
        return reply.status(201).header('location', `/api/v1/users/${user.id}`).send(toUser(user));
      },
    );

    app.get(
      '/:id',
      {
        config: { access, scope: 'facility' },
        schema: { tags, summary: 'Read a staff account', params: IdParams, response: { 200: User } },
      },
      async (request) => toUser(await users.getUser(requestContext(request), request.params.id)),
    );

    app.patch(
      '/:id',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: 'Change name, roles or facilities',
          params: IdParams,
          body: z
            .object({
              displayName: DisplayName.optional(),
              roles: Roles.optional(),
              facilityIds: z.array(z.uuid()).max(50).optional(),
              version: Version,
              reason: Reason,
            })
            .strict(),
          response: { 200: User },
        },
      },
      async (request) =>
        toUser(await users.updateUser(requestContext(request), request.params.id, request.body)),
    );

    const WithReason = z.object({ reason: Reason }).strict();
    app.post(
      '/:id/deactivate',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: 'Deactivate (never delete); ends their sessions',
          params: IdParams,
          body: WithReason,
          response: { 200: User },
        },
      },
      async (request) =>
        toUser(await users.setActive(requestContext(request), request.params.id, false, request.body.reason)),
    );
    app.post(
      '/:id/reactivate',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: 'Reactivate a deactivated account',
          params: IdParams,
          body: WithReason,
          response: { 200: User },
        },
      },
      async (request) =>
        toUser(await users.setActive(requestContext(request), request.params.id, true, request.body.reason)),
    );
    app.post(
      '/:id/reset-password',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: 'Set a temporary password; the user must change it at next sign-in',
          params: IdParams,
          body: z.object({ password: z.string().min(1).max(200), reason: Reason }).strict(),
          response: { 200: User },
        },
      },
      async (request) =>
        toUser(
          await users.resetPassword(
            requestContext(request),
            request.params.id,
            request.body.password,
            request.body.reason,
          ),
        ),
    );
    app.post(
      '/:id/reset-totp',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: 'Clear two-factor sign-in (lost phone)',
          params: IdParams,
          body: WithReason,
          response: { 200: User },
        },
      },
      async (request) =>
        toUser(await users.resetTotp(requestContext(request), request.params.id, request.body.reason)),
    );
  };

/** Machine credentials, for administrators. */
export const apiTokenRoutes =
  (tokens: ApiTokenService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['api-tokens'];
    const access = 'tokens:manage' as const;

    app.get(
      '',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: "List this facility's API tokens (never the token itself), oldest first",
          querystring: ListQuery.strict(),
          response: { 200: listOf(ApiToken) },
        },
      },
      async (request) => {
        const page = await tokens.listTokens(requestContext(request), request.query);
        return { items: page.items.map(toApiToken), nextCursor: page.nextCursor };
      },
    );

    app.post(
      '',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary:
            'Create an API token for this facility, with a role you hold; the token is shown in this answer only',
          body: z
            .object({
              name: z.string().trim().min(1).max(100),
              role: z.enum(ROLES).describe('One of your own roles'),
              facilityId: z
                .uuid()
                .optional()
                .describe('The facility you are working in (the default); no other is accepted'),
            })
            .strict(),
          response: { 201: z.object({ token: z.string(), apiToken: ApiToken }) },
        },
      },
      async (request, reply) => {
        const created = await tokens.createToken(requestContext(request), request.body);
        return reply
          .status(201)
          .header('location', `/api/v1/api-tokens/${created.apiToken.id}`)
          .send({ token: created.token, apiToken: toApiToken(created.apiToken) });
      },
    );

    app.post(
      '/:id/revoke',
      {
        config: { access, scope: 'facility' },
        schema: {
          tags,
          summary: 'Revoke a token',
          params: IdParams,
          body: z.object({ reason: Reason }).strict(),
          response: { 200: ApiToken },
        },
      },
      async (request) =>
        toApiToken(await tokens.revokeToken(requestContext(request), request.params.id, request.body.reason)),
    );
  };

const StaffMember = z
  .object({ id: z.uuid(), displayName: z.string(), roles: z.array(z.string()) })
  .meta({ id: 'StaffMember' });

/** The facility's active staff by name, for every role: colleagues name one another on records. */
export const staffRoutes =
  (staff: StaffDirectory): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '',
      {
        config: { access: 'facilities:read', scope: 'facility' },
        schema: {
          tags: ['users'],
          summary: "This facility's active staff by name and role (a witness, the physician who explained)",
          querystring: z
            .object({ role: z.enum(ROLES).optional().describe('Only those holding this role') })
            .strict(),
          response: { 200: z.object({ items: z.array(StaffMember) }) },
        },
      },
      async (request) => ({ items: await staff.list(requestContext(request), request.query.role) }),
    );
  };
