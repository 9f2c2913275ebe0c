import { Alert, Badge, Button, Card, Code, Group, Menu, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { problemMessage } from '../../../lib/problems';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonDialog } from '../../shell/ReasonDialog';
import { PublishTemplateDialog } from './PublishTemplateDialog';
import { TemplateEditor } from './TemplateEditor';
import {
  type QuestionnaireTemplate,
  STATUS_COLORS,
  useDraftEdition,
  useInstallDefault,
  useQuestionnaireTemplates,
  useRetireTemplate,
} from './templates-api';

type Dialog =
  | { mode: 'create' }
  | { mode: 'edit'; template: QuestionnaireTemplate }
  | { mode: 'publish'; template: QuestionnaireTemplate }
  | { mode: 'retire'; template: QuestionnaireTemplate };

/**
 * The intake questionnaire's forms (問診票), kept by the administrator and QA like the explanation
 * documents: the product's standard one installed once, drafted, published (fixed), revised as a new
 * edition, retired.
 */
export function QuestionnaireTemplatesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useQuestionnaireTemplates();
  const install = useInstallDefault();
  const draftEdition = useDraftEdition();
  const retire = useRetireTemplate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const items = templates.data ?? [];
  const hasDefault = items.some((template) => template.origin === 'default');

  return (
    <Stack gap="md" maw={1100} data-testid="templates-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('questionnaireTemplates.title')}</Title>
          <Text fz="sm" c="dimmed" mt={4} maw={760}>
            {t('questionnaireTemplates.intro')}
          </Text>
        </div>
        <Group gap="xs">
          {templates.isSuccess && !hasDefault && (
            <Button
              onClick={() => install.mutate()}
              loading={install.isPending}
              data-testid="template-install-default"
            >
              {t('questionnaireTemplates.installDefault')}
            </Button>
          )}
          <Button variant="light" onClick={() => setDialog({ mode: 'create' })} data-testid="template-create">
            {t('questionnaireTemplates.create')}
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={install.error ?? draftEdition.error} />
      {templates.isPending && <Skeleton h={160} />}
      {templates.error && (
        <Alert color="red" variant="light">
          {problemMessage(t, templates.error)}
        </Alert>
      )}
      {templates.isSuccess && items.length === 0 && (
        <Text c="dimmed">{t('questionnaireTemplates.empty')}</Text>
      )}
      {items.map((template) => (
        <Card key={template.id} data-testid="template-card" data-status={template.status}>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={700}>
                  {language === 'en' && template.titleEn ? template.titleEn : template.titleJa}
                </Text>
                <Badge variant="outline">
                  {t('questionnaireTemplates.edition', { edition: template.edition })}
                </Badge>
                <Badge color={STATUS_COLORS[template.status]} data-testid="template-status">
                  {t(`questionnaireTemplates.status.${template.status}`)}
                </Badge>
                {template.origin === 'default' && (
                  <Badge variant="light">{t('questionnaireTemplates.fromDefault')}</Badge>
                )}
              </Group>
              <Text fz="sm" c="dimmed">
                {t('questionnaireTemplates.questionsCount', { count: template.questions.length })}
              </Text>
              {template.revisionNote && (
                <Text fz="sm">{t('questionnaireTemplates.revision', { note: template.revisionNote })}</Text>
              )}
              {template.retiredReason && (
                <Text fz="sm">
                  {t('questionnaireTemplates.retiredReason', { reason: template.retiredReason })}
                </Text>
              )}
              {template.contentHash && (
                <Code fz="xs">
                  {t('questionnaireTemplates.hash', { hash: template.contentHash.slice(0, 16) })}…
                </Code>
              )}
            </Stack>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="subtle" data-testid="template-actions">
                  {t('common.actions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {template.status === 'draft' && (
                  <>
                    <Menu.Item
                      onClick={() => setDialog({ mode: 'edit', template })}
                      data-testid="template-edit"
                    >
                      {t('questionnaireTemplates.edit')}
                    </Menu.Item>
                    <Menu.Item
                      onClick={() => setDialog({ mode: 'publish', template })}
                      data-testid="template-publish"
                    >
                      {t('questionnaireTemplates.publish')}
                    </Menu.Item>
                  </>
                )}
                {template.status !== 'draft' && (
                  <Menu.Item onClick={() => draftEdition.mutate(template)} data-testid="template-new-edition">
                    {t('questionnaireTemplates.newEdition')}
                  </Menu.Item>
                )}
                {template.status === 'published' && (
                  <Menu.Item
                    color="red"
                    onClick={() => setDialog({ mode: 'retire', template })}
                    data-testid="template-retire"
                  >
                    {t('questionnaireTemplates.retire')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Card>
      ))}

      {(dialog?.mode === 'create' || dialog?.mode === 'edit') && (
        <TemplateEditor
          template={dialog.mode === 'edit' ? dialog.template : undefined}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.mode === 'publish' && (
        <PublishTemplateDialog template={dialog.template} onClose={() => setDialog(null)} />
      )}
      {dialog?.mode === 'retire' && (
        <ReasonDialog
          title={t('questionnaireTemplates.retireTitle', { edition: dialog.template.edition })}
          explain={t('questionnaireTemplates.retireExplain')}
          danger
          submitLabel={t('questionnaireTemplates.retireSubmit')}
          pending={retire.isPending}
          error={retire.error}
          onSubmit={(reason) =>
            retire.mutate({ template: dialog.template, reason }, { onSuccess: () => setDialog(null) })
          }
          onClose={() => setDialog(null)}
          testId="template-retire-dialog"
          testPrefix="template-retire"
        />
      )}
    </Stack>
  );
}
