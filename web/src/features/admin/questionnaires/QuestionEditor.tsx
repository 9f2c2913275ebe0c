import {
  ActionIcon,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { WARNING_CODES } from '../../../../../src/modules/questionnaires/enums';
import { RowsEditor } from '../plans/PlanListsEditor';
import type { Question } from './templates-api';

type Kind = Question['kind'];
const KINDS: readonly Kind[] = ['yes_no', 'choice', 'text', 'number', 'date'];

/** A question of another kind, keeping what all kinds share. */
export function withKind(question: Question, kind: Kind): Question {
  const { id, textJa, textEn, helpJa, helpEn, required, showIf, warning } = question;
  const common = { id, textJa, textEn, helpJa, helpEn, required, showIf, warning };
  switch (kind) {
    case 'choice':
      return { ...common, kind, multiple: false, options: [] };
    case 'text':
      return { ...common, kind, multiline: false, warning: null };
    case 'number':
      return { ...common, kind, min: null, max: null, unit: null, warning: null };
    case 'date':
      return { ...common, kind, warning: null };
    default:
      return { ...common, kind: 'yes_no' };
  }
}

/** The answers a yes/no or choice question can have, as the selects carry them ('true', 'false', a value). */
function answerTokens(
  question: Question | undefined,
  t: TFunction,
): { value: string; label: string }[] | undefined {
  if (question?.kind === 'yes_no') {
    return [
      { value: 'true', label: t('questionnaires.yes') },
      { value: 'false', label: t('questionnaires.no') },
    ];
  }
  if (question?.kind === 'choice')
    return question.options.map((o) => ({ value: o.value, label: o.labelJa || o.value }));
  return undefined;
}
const fromToken = (question: Question | undefined, token: string): boolean | string =>
  question?.kind === 'yes_no' ? token === 'true' : token;

interface QuestionEditorProps {
  question: Question;
  index: number;
  /** The questions before it: a follow-up depends on one of those. */
  earlier: Question[];
  onChange: (question: Question) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  isLast: boolean;
  errors: string[];
}

/** One question of a template: its text, kind, options or bounds, condition and warning. */
export function QuestionEditor({
  question,
  index,
  earlier,
  onChange,
  onMove,
  onRemove,
  isLast,
  errors,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const update = (change: Partial<Question>) => onChange({ ...question, ...change } as Question);
  const conditions = earlier.filter((q) => q.kind === 'yes_no' || q.kind === 'choice');
  const target = earlier.find((q) => q.id === question.showIf?.questionId);
  const raising = answerTokens(question, t);
  const f = (key: string) => t(`questionnaireTemplates.fields.${key}` as never);

  return (
    <Card withBorder p="sm" data-testid={`template-question-${index}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} fz="sm">
            {index + 1}.
          </Text>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={t('questionnaireTemplates.moveUp')}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={isLast}
              onClick={() => onMove(1)}
              aria-label={t('questionnaireTemplates.moveDown')}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={onRemove}
              aria-label={t('questionnaireTemplates.remove')}
            >
              ×
            </ActionIcon>
          </Group>
        </Group>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={f('id')}
            description={f('idHint')}
            value={question.id}
            onChange={(e) => update({ id: e.currentTarget.value })}
            w={220}
            data-testid={`template-question-${index}-id`}
          />
          <Select
            label={f('kind')}
            data={KINDS.map((kind) => ({ value: kind, label: t(`questionnaireTemplates.kinds.${kind}`) }))}
            value={question.kind}
            onChange={(kind) => kind && onChange(withKind(question, kind as Kind))}
            allowDeselect={false}
            w={150}
          />
          <Switch
            label={f('required')}
            checked={question.required}
            onChange={(e) => update({ required: e.currentTarget.checked })}
            mb={8}
          />
        </Group>
        <TextInput
          label={f('textJa')}
          value={question.textJa}
          onChange={(e) => update({ textJa: e.currentTarget.value })}
          data-testid={`template-question-${index}-textJa`}
        />
        <Group gap="xs" grow>
          <TextInput
            label={f('textEn')}
            value={question.textEn ?? ''}
            onChange={(e) => update({ textEn: e.currentTarget.value || null })}
          />
          <TextInput
            label={f('helpJa')}
            value={question.helpJa ?? ''}
            onChange={(e) => update({ helpJa: e.currentTarget.value || null })}
          />
        </Group>
        <KindFields question={question} onChange={onChange} />
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={f('showIf')}
            data={[
              { value: '', label: f('always') },
              ...conditions.map((q) => ({ value: q.id, label: `${q.id}: ${q.textJa}` })),
            ]}
            value={question.showIf?.questionId ?? ''}
            onChange={(id) => {
              const chosen = conditions.find((q) => q.id === id);
              const first = answerTokens(chosen, t)?.[0]?.value;
              update({
                showIf: chosen && first ? { questionId: chosen.id, equals: fromToken(chosen, first) } : null,
              });
            }}
            allowDeselect={false}
            w={280}
          />
          {target && question.showIf && (
            <Select
              label={f('equals')}
              data={answerTokens(target, t) ?? []}
              value={String(question.showIf.equals)}
              onChange={(token) =>
                token && update({ showIf: { questionId: target.id, equals: fromToken(target, token) } })
              }
              allowDeselect={false}
              w={180}
            />
          )}
        </Group>
        {raising && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={f('warning')}
              data={[
                { value: '', label: f('noWarning') },
                ...WARNING_CODES.map((code) => ({
                  value: code,
                  label: t(`questionnaires.warnings.${code}`),
                })),
              ]}
              value={question.warning?.code ?? ''}
              onChange={(code) => {
                const known = WARNING_CODES.find((c) => c === code);
                update({
                  warning: known
                    ? {
                        code: known,
                        when: question.warning?.when ?? [fromToken(question, raising[0]?.value ?? 'true')],
                      }
                    : null,
                });
              }}
              allowDeselect={false}
              w={260}
            />
            {question.warning && (
              <MultiSelect
                label={f('warningWhen')}
                data={raising}
                value={question.warning.when.map(String)}
                onChange={(tokens) =>
                  question.warning &&
                  update({
                    warning: { ...question.warning, when: tokens.map((token) => fromToken(question, token)) },
                  })
                }
                w={280}
              />
            )}
          </Group>
        )}
        {errors.map((message) => (
          <Text key={message} c="red" fz="xs">
            {message}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

function KindFields({ question, onChange }: { question: Question; onChange: (question: Question) => void }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`questionnaireTemplates.fields.${key}` as never);
  switch (question.kind) {
    case 'choice':
      return (
        <Stack gap={4}>
          <Switch
            label={f('multiple')}
            checked={question.multiple}
            onChange={(e) => onChange({ ...question, multiple: e.currentTarget.checked })}
          />
          <RowsEditor
            title={f('options')}
            rows={question.options}
            onChange={(options) => onChange({ ...question, options })}
            newRow={{ value: '', labelJa: '', labelEn: null }}
            addLabel={f('addOption')}
            testId="template-options"
            fields={(option, update) => (
              <>
                <TextInput
                  aria-label={f('optionValue')}
                  placeholder={f('optionValue')}
                  value={option.value}
                  onChange={(e) => update({ value: e.currentTarget.value })}
                  w={140}
                />
                <TextInput
                  aria-label={f('optionLabelJa')}
                  placeholder={f('optionLabelJa')}
                  value={option.labelJa}
                  onChange={(e) => update({ labelJa: e.currentTarget.value })}
                  style={{ flex: '1 1 12rem' }}
                />
                <TextInput
                  aria-label={f('optionLabelEn')}
                  placeholder={f('optionLabelEn')}
                  value={option.labelEn ?? ''}
                  onChange={(e) => update({ labelEn: e.currentTarget.value || null })}
                  style={{ flex: '1 1 10rem' }}
                />
              </>
            )}
          />
        </Stack>
      );
    case 'number':
      return (
        <Group gap="xs">
          <NumberInput
            label={f('min')}
            value={question.min ?? ''}
            onChange={(v) => onChange({ ...question, min: typeof v === 'number' ? v : null })}
            w={120}
          />
          <NumberInput
            label={f('max')}
            value={question.max ?? ''}
            onChange={(v) => onChange({ ...question, max: typeof v === 'number' ? v : null })}
            w={120}
          />
          <TextInput
            label={f('unit')}
            value={question.unit ?? ''}
            onChange={(e) => onChange({ ...question, unit: e.currentTarget.value || null })}
            w={100}
          />
        </Group>
      );
    case 'text':
      return (
        <Switch
          label={f('multiline')}
          checked={question.multiline}
          onChange={(e) => onChange({ ...question, multiline: e.currentTarget.checked })}
        />
      );
    default:
      return null;
  }
}
