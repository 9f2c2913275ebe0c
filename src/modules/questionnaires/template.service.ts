import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/actor.ts';
import { conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { recordAudit } from '../audit/recorder.ts';
import {
  atVersion,
  draftOnly,
  type EditionLifecycle,
  editDraft,
  publishEdition,
  retireEdition,
} from '../editions/service.ts';
import { facilityIdOf } from '../records/scope.ts';
import { templateHash } from './content-hash.rules.ts';
import { DEFAULT_QUESTIONS, DEFAULT_TEMPLATE_TITLE } from './default-template.ts';
import * as q from './queries.ts';
import { publicationProblems, templateProblems } from './rules.ts';
import type { Question } from './types.ts';

export type TemplateInput = { titleJa: string; titleEn: string | null; questions: Question[] };
export type TemplateChanges = Partial<TemplateInput> & { version: number };

export type QuestionnaireTemplateService = ReturnType<typeof createQuestionnaireTemplateService>;

const refuseIll = (questions: readonly Question[] | undefined) => {
  const problems = questions ? templateProblems(questions) : [];
  if (problems.length > 0) throw validationFailed(problems);
};

/**
 * The facility's intake questionnaire forms, versioned as the consent documents are
 * (modules/consents): drafted, edited while a draft, published (frozen, with the SHA-256 of what is
 * asked), retired. A form's editions share its series and are numbered in it.
 */
export function createQuestionnaireTemplateService(db: Database) {
  const lifecycle: EditionLifecycle<q.TemplateRow> = {
    entityType: 'questionnaire_template',
    noun: 'template',
    codes: { published: 'TEMPLATE_PUBLISHED', notPublished: 'TEMPLATE_NOT_PUBLISHED' },
    update: q.updateTemplate,
  };

  async function loadForChange(tx: Transaction, ctx: RequestContext, id: string, version: number) {
    const current = await q.findTemplateForUpdate(tx, facilityIdOf(ctx), id);
    if (!current) throw notFound('Questionnaire template');
    return atVersion(current, version, lifecycle.noun);
  }

  async function insertDraft(
    tx: Transaction,
    ctx: RequestContext,
    row: Omit<q.NewTemplateRow, 'id' | 'facilityId'>,
  ) {
    const template = await q.insertTemplate(tx, { ...row, id: uuidv7(), facilityId: facilityIdOf(ctx) });
    await recordAudit(tx, ctx, {
      action: 'create',
      entityType: 'questionnaire_template',
      entityId: template.id,
      after: template,
    });
    return template;
  }

  /** A new form: its first edition, a draft whose id is also its series'. */
  function startSeries(ctx: RequestContext, input: TemplateInput, origin: 'default' | null = null) {
    return inTransaction(db, (tx) => {
      const id = uuidv7();
      return insertDraft(tx, ctx, { ...input, seriesId: id, edition: 1, origin });
    });
  }

  return {
    list: (ctx: RequestContext) => q.templatesOfFacility(db, facilityIdOf(ctx)),

    async get(ctx: RequestContext, id: string) {
      const template = await q.findTemplate(db, facilityIdOf(ctx), id);
      if (!template) throw notFound('Questionnaire template');
      return template;
    },

    draft(ctx: RequestContext, input: TemplateInput) {
      refuseIll(input.questions);
      return startSeries(ctx, input);
    },

    /** The product's template for these therapies, as this facility's draft: once per facility. */
    async installDefault(ctx: RequestContext) {
      if (await q.findDefaultTemplate(db, facilityIdOf(ctx))) {
        throw conflict(
          'DEFAULT_TEMPLATE_INSTALLED',
          'The default questionnaire is already installed: draft a new edition of it instead.',
        );
      }
      const input = { titleJa: DEFAULT_TEMPLATE_TITLE.ja, titleEn: DEFAULT_TEMPLATE_TITLE.en };
      return startSeries(ctx, { ...input, questions: DEFAULT_QUESTIONS }, 'default');
    },

    /** The next edition of a form, a draft starting from this one's questions. */
    nextEdition(ctx: RequestContext, id: string) {
      return inTransaction(db, async (tx) => {
        const source = await q.findTemplate(tx, facilityIdOf(ctx), id);
        if (!source) throw notFound('Questionnaire template');
        const editions = await q.seriesForUpdate(tx, source.seriesId);
        if (editions.some((e) => e.status === 'draft')) {
          throw conflict('DRAFT_EXISTS', 'This form already has a draft edition: edit that one.');
        }
        return insertDraft(tx, ctx, {
          seriesId: source.seriesId,
          edition: (await q.lastEdition(tx, source.seriesId)) + 1,
          titleJa: source.titleJa,
          titleEn: source.titleEn,
          questions: source.questions,
          origin: source.origin,
        });
      });
    },

    edit(ctx: RequestContext, id: string, changes: TemplateChanges) {
      const { version, ...fields } = changes;
      refuseIll(fields.questions);
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, version);
        return editDraft(tx, ctx, lifecycle, current, fields);
      });
    },

    /**
     * From now on new questionnaires are started on this edition, fixed with its SHA-256; the
     * form's edition published before it is retired in the same transaction (superseded), while
     * questionnaires begun on it can still be finished.
     */
    publish(ctx: RequestContext, id: string, change: { version: number; revisionNote: string }) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, change.version);
        draftOnly(lifecycle, current);
        const problems = publicationProblems(current.questions);
        if (problems.length > 0) throw validationFailed(problems);
        const editions = await q.seriesForUpdate(tx, current.seriesId);
        for (const older of editions.filter((e) => e.status === 'published')) {
          await retireEdition(tx, ctx, lifecycle, older, `第${current.edition}版の公開により改訂`);
        }
        return publishEdition(tx, ctx, lifecycle, current, {
          contentHash: templateHash(current),
          revisionNote: change.revisionNote,
        });
      });
    },

    /** No new questionnaire is started on it; those begun on it keep pointing at it. */
    retire(ctx: RequestContext, id: string, change: { version: number; reason: string }) {
      return inTransaction(db, async (tx) => {
        const current = await loadForChange(tx, ctx, id, change.version);
        return retireEdition(tx, ctx, lifecycle, current, change.reason);
      });
    },
  };
}
