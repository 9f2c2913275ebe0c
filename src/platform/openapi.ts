import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI document is generated from the route schemas: the reference for every field. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Saisei API',
        description:
          'Clinic and cell-processing records for skin regenerative medicine. Conventions: docs/api.md.',
        version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'saisei_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    // Each operation states its required access, so the role-matrix test (and any client) can read it.
    transform: (input) => {
      const output = jsonSchemaTransform(input);
      const { access, scope, patientMode } = input.route.config ?? {};
      // The routes a tablet in patient mode reaches (docs/security.md), for the walker that checks the rest refuse it.
      const declared = { 'x-access': access, 'x-scope': scope, 'x-patient-mode': patientMode === true };
      return { ...output, schema: { ...output.schema, ...declared } as typeof output.schema };
    },
    // Schemas named with `.meta({ id })` (Patient, Facility, …) become shared components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: true,
    transformStaticCSP: (header) => header,
  });
  app.get(
    '/api/openapi.json',
    { schema: { hide: true }, config: { access: 'public', scope: 'global' } },
    async () => app.swagger(),
  );
}
