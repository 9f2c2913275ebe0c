import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PostalCodeService } from './service.ts';

const PostalAddress = z
  .object({
    prefecture: z.string().describe('都道府県'),
    city: z.string().describe('市区町村 (郡 and 区 included)'),
    town: z.string().describe('町域; empty when the code covers the whole city'),
  })
  .meta({ id: 'PostalAddress' });

const PostalCodeAnswer = z
  .object({
    postalCode: z.string().describe('As stored: 123-4567'),
    addresses: z.array(PostalAddress).min(1),
  })
  .meta({ id: 'PostalCodeAnswer' });

/**
 * The code travels in the query string, not the path: requests are logged by path only, and a
 * patient's postal code is part of their address (platform/logger.ts; never PII in logs).
 * Reference data bound to no facility, for whoever may register or correct a patient.
 */
export const postalCodeRoutes =
  (postalCodes: PostalCodeService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/postal-codes',
      {
        config: { access: 'patients:write', scope: 'global' },
        schema: {
          tags: ['patients'],
          summary:
            'The addresses a postal code names (one, or several to choose from); full-width digits and 〒 accepted',
          querystring: z.object({ code: z.string().max(20) }).strict(),
          response: { 200: PostalCodeAnswer },
        },
      },
      (request) => postalCodes.lookup(request.query.code),
    );
  };
