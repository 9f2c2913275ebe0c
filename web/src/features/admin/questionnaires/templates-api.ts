import { useChange } from '../../../lib/api-hooks';
import { api, type Body, data } from '../../../lib/client';
import { type QuestionnaireTemplate, TEMPLATES_KEY } from '../../questionnaires/questionnaires-api';

export type { Question, QuestionnaireTemplate } from '../../questionnaires/questionnaires-api';
export { useQuestionnaireTemplates } from '../../questionnaires/questionnaires-api';

const path = (template: QuestionnaireTemplate) => ({ params: { path: { id: template.id } } });

/** The product's questionnaire for these therapies, as this facility's draft (once). */
export const useInstallDefault = () =>
  useChange([TEMPLATES_KEY], () => data(api.POST('/api/v1/questionnaire-templates/default')));

export type TemplateSave =
  | { template?: undefined; body: Body<'/api/v1/questionnaire-templates'> }
  | { template: QuestionnaireTemplate; body: Body<'/api/v1/questionnaire-templates/{id}', 'patch'> };

export const useSaveTemplate = () =>
  useChange([TEMPLATES_KEY], (save: TemplateSave) =>
    save.template
      ? data(api.PATCH('/api/v1/questionnaire-templates/{id}', { ...path(save.template), body: save.body }))
      : data(api.POST('/api/v1/questionnaire-templates', { body: save.body })),
  );

export const useDraftEdition = () =>
  useChange([TEMPLATES_KEY], (template: QuestionnaireTemplate) =>
    data(api.POST('/api/v1/questionnaire-templates/{id}/editions', path(template))),
  );

export const usePublishTemplate = () =>
  useChange(
    [TEMPLATES_KEY],
    ({ template, revisionNote }: { template: QuestionnaireTemplate; revisionNote: string }) =>
      data(
        api.POST('/api/v1/questionnaire-templates/{id}/publish', {
          ...path(template),
          body: { version: template.version, revisionNote },
        }),
      ),
  );

export const useRetireTemplate = () =>
  useChange([TEMPLATES_KEY], ({ template, reason }: { template: QuestionnaireTemplate; reason: string }) =>
    data(
      api.POST('/api/v1/questionnaire-templates/{id}/retire', {
        ...path(template),
        body: { version: template.version, reason },
      }),
    ),
  );

export const STATUS_COLORS: Record<QuestionnaireTemplate['status'], string> = {
  draft: 'gray',
  published: 'green',
  retired: 'dark',
};
