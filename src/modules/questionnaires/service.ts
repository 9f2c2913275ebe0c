import type { Database } from '../../db/client.ts';
import { todayInTokyo } from '../../domain/tokyo-date.ts';
import type { Actor, RequestContext } from '../../platform/actor.ts';
import { conflict, validationFailed } from '../../platform/errors.ts';
import type { RecordView } from '../records/queries.ts';
import { facilityIdOf } from '../records/scope.ts';
import type { ListPage } from '../records/service.ts';
import { recordUseCases } from '../records/service.ts';
import { actorMay } from '../records/timeline.ts';
import { findTemplate, questionnaireQueries } from './queries.ts';
import type { questionnaires } from './schema.ts';

/** A questionnaire as stored, with the name of the member of staff who started it. */
const present = ({ authorName, ...row }: RecordView<typeof questionnaires>) => ({
  ...row,
  startedByName: authorName,
});
type Full = ReturnType<typeof present>;

/**
 * What a reader is shown: the answers, the warnings and the signature only with
 * questionnaires:read (physicians, nurses). Reception, who starts questionnaires and hands the
 * tablet over, sees that one exists and whether it was submitted, as the timeline shows them.
 */
export function shownTo(actor: Actor, questionnaire: Full) {
  if (actorMay(actor, 'questionnaires:read')) return { ...questionnaire, restricted: false };
  return { ...questionnaire, answers: null, warnings: null, signature: null, restricted: true };
}
export type Questionnaire = ReturnType<typeof shownTo>;

export type QuestionnaireService = ReturnType<typeof createQuestionnaireService>;

/** Patients' questionnaires on the records kernel: started by staff, answered on the tablet (tablet.service.ts). */
export function createQuestionnaireService(db: Database) {
  const audit = {
    entity: 'questionnaire',
    list: 'questionnaire_list',
    listedAs: 'questionnaireIds',
  } as const;
  const records = recordUseCases(db, {
    queries: questionnaireQueries,
    noun: 'questionnaire',
    audit,
    present,
  });

  return {
    /** A new questionnaire for the patient on a published template of this facility, to be answered. */
    async start(ctx: RequestContext, patientId: string, input: { templateId: string }) {
      const { actor } = ctx;
      if (actor.kind !== 'user') {
        throw conflict(
          'STAFF_SESSION_REQUIRED',
          'A member of staff starts a questionnaire and hands it over.',
        );
      }
      const started = await records.create(ctx, patientId, async (tx) => {
        const template = await findTemplate(tx, facilityIdOf(ctx), input.templateId);
        if (!template) {
          throw validationFailed([
            { path: 'templateId', code: 'NOT_FOUND', message: 'No template has this id.' },
          ]);
        }
        if (template.status !== 'published') {
          throw validationFailed([
            {
              path: 'templateId',
              code: 'TEMPLATE_NOT_PUBLISHED',
              message: 'Start a questionnaire on a published template.',
            },
          ]);
        }
        return { templateId: template.id, startedOn: todayInTokyo(), startedBy: actor.userId };
      });
      return shownTo(actor, started);
    },

    async list(ctx: RequestContext, patientId: string, page: ListPage) {
      const listed = await records.list(ctx, patientId, page);
      return { ...listed, items: listed.items.map((item) => shownTo(ctx.actor, item)) };
    },

    get: async (ctx: RequestContext, id: string) => shownTo(ctx.actor, await records.get(ctx, id)),

    void: async (
      ctx: RequestContext,
      id: string,
      request: { reason: string; version?: number | undefined },
    ) => shownTo(ctx.actor, await records.void(ctx, id, request)),
  };
}
