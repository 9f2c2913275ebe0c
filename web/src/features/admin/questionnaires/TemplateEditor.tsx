import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../lib/api-problem';
import { fieldMessage } from '../../../lib/problems';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { QuestionEditor } from './QuestionEditor';
import { type Question, type QuestionnaireTemplate, useSaveTemplate } from './templates-api';

const blankQuestion = (n: number): Question => ({
  id: `question_${n}`,
  kind: 'yes_no',
  textJa: '',
  textEn: null,
  helpJa: null,
  helpEn: null,
  required: true,
  showIf: null,
  warning: null,
});

/**
 * A draft edition's title and questions, edited as a whole and saved in one request; the server
 * checks the form (ids, conditions, options, warnings) and names each problem by its question.
 */
export function TemplateEditor({
  template,
  onClose,
}: {
  template?: QuestionnaireTemplate | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [titleJa, setTitleJa] = useState(template?.titleJa ?? '');
  const [titleEn, setTitleEn] = useState(template?.titleEn ?? '');
  const [questions, setQuestions] = useState<Question[]>(template?.questions ?? []);
  const save = useSaveTemplate();

  // Field errors by question (`questions.3.options.1.value` → question 3); the rest above the buttons.
  const byQuestion = new Map<number, string[]>();
  const unplaced: string[] = [];
  if (save.error instanceof ApiProblem) {
    for (const field of save.error.errors) {
      const index = /^questions\.(\d+)/.exec(field.path)?.[1];
      const message = `${field.path.replace(/^questions\.\d+\.?/, '') || field.path}: ${fieldMessage(t, field)}`;
      if (index === undefined) unplaced.push(message);
      else byQuestion.set(Number(index), [...(byQuestion.get(Number(index)) ?? []), message]);
    }
  }

  const move = (index: number, by: -1 | 1) =>
    setQuestions((list) => {
      const next = [...list];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { titleJa, titleEn: titleEn.trim() || null, questions };
    save.mutate(template ? { template, body: { ...body, version: template.version } } : { body }, {
      onSuccess: onClose,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        template
          ? t('questionnaireTemplates.editTitle', { edition: template.edition })
          : t('questionnaireTemplates.createTitle')
      }
      data-testid="template-editor"
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label={t('questionnaireTemplates.titleJa')}
            value={titleJa}
            onChange={(e) => setTitleJa(e.currentTarget.value)}
            required
            data-testid="template-titleJa"
          />
          <TextInput
            label={t('questionnaireTemplates.titleEn')}
            value={titleEn}
            onChange={(e) => setTitleEn(e.currentTarget.value)}
          />
          <Text fw={600}>{t('questionnaireTemplates.questions')}</Text>
          {questions.length === 0 && <Text c="dimmed">{t('questionnaireTemplates.noQuestions')}</Text>}
          {questions.map((question, index) => (
            <QuestionEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: a question's id is edited here, so its place is its identity
              key={index}
              question={question}
              index={index}
              earlier={questions.slice(0, index)}
              onChange={(changed) => setQuestions((list) => list.map((q, i) => (i === index ? changed : q)))}
              onMove={(by) => move(index, by)}
              onRemove={() => setQuestions((list) => list.filter((_, i) => i !== index))}
              isLast={index === questions.length - 1}
              errors={byQuestion.get(index) ?? []}
            />
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() => setQuestions((list) => [...list, blankQuestion(list.length + 1)])}
            data-testid="template-add-question"
          >
            {t('questionnaireTemplates.addQuestion')}
          </Button>
          <ProblemAlert error={save.error} unplaced={unplaced} />
          <FormActions
            onCancel={onClose}
            submitLabel={t('questionnaireTemplates.save')}
            pending={save.isPending}
            testId="template-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
