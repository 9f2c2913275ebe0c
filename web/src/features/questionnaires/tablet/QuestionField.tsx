import { Badge, Button, Checkbox, Group, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { DayInput } from '../../../lib/DayInput';
import type { AnswerValue, Question } from '../questionnaires-api';

/** Touch-sized: large text and targets for a patient holding a tablet (≥ 20 px everywhere). */
const TEXT = 22;

interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error?: string | undefined;
  /** The tablet's words, always Japanese (the questions are the template's Japanese text). */
  t: TFunction;
}

/** One question as the patient answers it, in the control its kind calls for. */
export function QuestionField({ question, value, onChange, error, t }: QuestionFieldProps) {
  const id = question.id;
  return (
    <Stack gap="sm" data-testid={`tablet-question-${id}`}>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Text fz={TEXT + 2} fw={700} lh={1.5} style={{ flex: 1 }}>
          {question.textJa}
        </Text>
        {question.required && (
          <Badge color="red" size="xl" variant="light" style={{ flexShrink: 0 }}>
            {t('tablet.required')}
          </Badge>
        )}
      </Group>
      {question.helpJa && (
        <Text fz={20} c="dimmed">
          {question.helpJa}
        </Text>
      )}
      <Answer question={question} value={value} onChange={onChange} t={t} />
      {error && (
        <Text c="red" fz={20} fw={600} role="alert" data-testid={`tablet-error-${id}`}>
          {error}
        </Text>
      )}
    </Stack>
  );
}

function Answer({ question, value, onChange, t }: Omit<QuestionFieldProps, 'error'>) {
  const id = question.id;
  switch (question.kind) {
    case 'yes_no':
      return (
        <Group grow gap="md">
          {([true, false] as const).map((choice) => (
            <Button
              key={String(choice)}
              size="xl"
              h={72}
              fz={TEXT + 2}
              variant={value === choice ? 'filled' : 'default'}
              aria-pressed={value === choice}
              onClick={() => onChange(choice)}
              data-testid={`tablet-answer-${id}-${choice ? 'yes' : 'no'}`}
            >
              {choice ? t('tablet.yes') : t('tablet.no')}
            </Button>
          ))}
        </Group>
      );
    case 'choice': {
      const options = question.options.map((option) => (
        <OptionCard key={option.value} multiple={question.multiple} value={option.value} questionId={id}>
          {option.labelJa}
        </OptionCard>
      ));
      if (question.multiple) {
        const chosen = Array.isArray(value) ? value : [];
        return (
          <Checkbox.Group
            value={chosen}
            onChange={(next) => onChange(next.length > 0 ? next : undefined)}
            label={t('tablet.chooseMany')}
            styles={{ label: { fontSize: 20, marginBottom: 8 } }}
          >
            <Stack gap="sm">{options}</Stack>
          </Checkbox.Group>
        );
      }
      return (
        <Radio.Group value={typeof value === 'string' ? value : null} onChange={(next) => onChange(next)}>
          <Stack gap="sm">{options}</Stack>
        </Radio.Group>
      );
    }
    case 'text':
      return (
        <Textarea
          size="xl"
          autosize
          minRows={question.multiline ? 3 : 2}
          maxLength={2000}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value || undefined)}
          aria-label={question.textJa}
          styles={{ input: { fontSize: TEXT } }}
          data-testid={`tablet-text-${id}`}
        />
      );
    case 'number':
      return (
        <NumberInput
          size="xl"
          w={260}
          min={question.min ?? undefined}
          max={question.max ?? undefined}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
          rightSection={question.unit ? <Text fz={TEXT}>{question.unit}</Text> : undefined}
          rightSectionWidth={64}
          inputMode="decimal"
          aria-label={question.textJa}
          styles={{ input: { fontSize: TEXT } }}
          data-testid={`tablet-number-${id}`}
        />
      );
    case 'date':
      return (
        <DayInput
          aria-label={question.textJa}
          value={typeof value === 'string' ? value : ''}
          onChange={(day) => onChange(day || undefined)}
          size="xl"
          w={300}
          clearable
          testId={`tablet-date-${id}`}
        />
      );
  }
}

function OptionCard(props: { multiple: boolean; value: string; questionId: string; children: string }) {
  const Card = props.multiple ? Checkbox.Card : Radio.Card;
  const Indicator = props.multiple ? Checkbox.Indicator : Radio.Indicator;
  return (
    <Card
      value={props.value}
      radius="md"
      p="md"
      data-testid={`tablet-option-${props.questionId}-${props.value}`}
    >
      <Group wrap="nowrap" gap="md">
        <Indicator size="lg" />
        <Text fz={22}>{props.children}</Text>
      </Group>
    </Card>
  );
}
