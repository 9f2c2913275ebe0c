import type { Database } from '../../db/client.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import { findFacility } from '../facilities/queries.ts';
import { listPlans } from '../plans/queries.ts';
import { licenseText } from '../plans/rules.ts';
import type { PageKind } from './enums.ts';
import * as q from './queries.ts';
import type { ClinicFacts } from './render/layout.ts';
import { siteFacilityId } from './site-facility.ts';

export type PublicSite = ReturnType<typeof createPublicSite>;

/**
 * What the public site reads: the clinic it speaks for, its licence lines from the active plans,
 * and the published revision of each page. Anonymous reads of published content: no access log.
 */
export function createPublicSite(db: Database, configuredFacilityId: string | undefined) {
  return {
    facilityId: () => siteFacilityId(db, configuredFacilityId),

    async clinic(facilityId: string): Promise<ClinicFacts> {
      const facility = await findFacility(db, facilityId);
      const plans = await listPlans(db, facilityId, { status: 'active' }, { limit: 50 });
      return {
        name: facility?.name ?? '',
        postalCode: facility?.postalCode ?? null,
        address: facility?.address ?? null,
        phone: facility?.phone ?? null,
        // regulatory.md "Wording": the line is generated from the plan record, 受理 and never 承認.
        licences: plans.flatMap((plan) => {
          const text = licenseText(plan);
          return text && plan.planNumber
            ? [{ therapy: plan.therapy, planNumber: plan.planNumber, text: text.ja }]
            : [];
        }),
      };
    },

    page: (facilityId: string, kind: PageKind, slug: string) =>
      q.publishedPage(db, facilityId, kind, slug, todayInTokyo()),

    pages: (facilityId: string, kind: PageKind) => q.publishedPages(db, facilityId, kind, todayInTokyo()),

    comments: (pageId: string) => q.approvedComments(db, pageId),
  };
}
