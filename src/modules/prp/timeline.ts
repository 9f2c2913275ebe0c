import { recordTimeline } from '../records/timeline.ts';
import { prpSessionQueries } from './queries.ts';
import { injectedTotalMl, pawClass } from './rules.ts';

/** PRP sessions on the patient timeline: reception sees that one happened; clinical staff what it was. */
export const prpSessionTimeline = recordTimeline(prpSessionQueries, {
  kind: 'prp_session',
  permission: 'clinical:read',
  summary: (s) => ({
    stage: s.stage,
    prpVolumeMl: s.preparation?.prpVolumeMl ?? null,
    injectedTotalMl: s.injection ? injectedTotalMl(s.injection.sites) : null,
    pawClass: s.preparation
      ? pawClass(s.preparation.wholeBlood, s.preparation.prp, s.preparation.activation)
      : null,
    regions: s.injection?.sites.map((site) => site.region) ?? [],
  }),
});
