import { Alert, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { type QuestionnaireTemplate, usePublishTemplate } from './templates-api';

/** Publishing fixes an edition for good: what changed in it is said once, here (改訂内容). */
export function PublishTemplateDialog({
  template,
  onClose,
}: {
  template: QuestionnaireTemplate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState(template.edition === 1 ? t('questionnaireTemplates.firstEdition') : '');
  const publish = usePublishTemplate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim()) publish.mutate({ template, revisionNote: note.trim() }, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('questionnaireTemplates.publishTitle', { edition: template.edition })}
      data-testid="template-publish-dialog"
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Alert color="blue" variant="light">
            {t('questionnaireTemplates.publishExplain')}
          </Alert>
          <Textarea
            label={t('questionnaireTemplates.revisionNote')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxLength={1000}
            data-testid="template-revision-note"
          />
          <ProblemAlert error={publish.error} />
          <FormActions
            onCancel={onClose}
            submitLabel={t('questionnaireTemplates.publishSubmit')}
            pending={publish.isPending}
            disabled={!note.trim()}
            testId="template-publish-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
