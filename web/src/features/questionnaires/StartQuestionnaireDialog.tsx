import { Modal, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import { useQuestionnaireTemplates, useStartQuestionnaire } from './questionnaires-api';

/** Starts a questionnaire on one of the facility's published forms; the tablet is handed over next. */
export function StartQuestionnaireDialog(props: {
  patientId: string;
  onStarted: (questionnaireId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useQuestionnaireTemplates();
  const start = useStartQuestionnaire(props.patientId);
  const published = (templates.data ?? []).filter((template) => template.status === 'published');
  const [chosen, setChosen] = useState<string | null>(null);
  const templateId = chosen ?? published[0]?.id ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!templateId) return;
    const started = await start.mutateAsync({ templateId }).catch(() => undefined);
    if (started) props.onStarted(started.id);
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('questionnaires.startTitle')}
      size="md"
      data-testid="quest-start-dialog"
    >
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          {templates.isSuccess && published.length === 0 ? (
            <Text c="dimmed" data-testid="quest-no-template">
              {t('questionnaires.noTemplate')}
            </Text>
          ) : (
            <Select
              label={t('questionnaires.template')}
              data={published.map((template) => ({
                value: template.id,
                label: `${language === 'en' && template.titleEn ? template.titleEn : template.titleJa}（${t('questionnaires.edition', { edition: template.edition })}）`,
              }))}
              value={templateId}
              onChange={setChosen}
              allowDeselect={false}
              data-testid="quest-template"
            />
          )}
          <ProblemAlert error={start.error} />
          <FormActions
            onCancel={props.onClose}
            submitLabel={t('questionnaires.startSubmit')}
            pending={start.isPending}
            disabled={!templateId}
            testId="quest-start-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
