import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpStep, ReleaseCriterion } from './plans-api';

/**
 * The two lists a plan defines for later modules: when patients are followed up, and what a cell
 * product must meet to be released. Rows are edited in place; the server checks them.
 */
export function FollowUpEditor(props: {
  steps: FollowUpStep[];
  onChange: (steps: FollowUpStep[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<FollowUpStep>) =>
    props.onChange(props.steps.map((step, i) => (i === index ? { ...step, ...change } : step)));
  return (
    <Stack gap={4} data-testid="plan-followups">
      <Text fz="sm" fw={500}>
        {t('plans.fields.followUpSchedule')}
      </Text>
      {props.steps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place while edited
        <Group key={index} gap="xs" wrap="wrap" align="flex-end">
          <TextInput
            aria-label={t('plans.stepLabel')}
            value={step.label}
            onChange={(e) => update(index, { label: e.currentTarget.value })}
            style={{ flex: '1 1 12rem' }}
          />
          <NumberInput
            aria-label={t('plans.afterDays')}
            value={step.afterDays}
            min={1}
            max={3650}
            suffix={t('plans.daysSuffix')}
            onChange={(v) => update(index, { afterDays: Number(v) || 1 })}
            w={110}
          />
          <Select
            aria-label={t('plans.contact')}
            data={(['call', 'visit'] as const).map((v) => ({ value: v, label: t(`plans.contacts.${v}`) }))}
            value={step.contact}
            onChange={(v) => v && update(index, { contact: v as FollowUpStep['contact'] })}
            allowDeselect={false}
            w={110}
          />
          <Select
            aria-label={t('plans.anchor')}
            data={(['each_session', 'last_session'] as const).map((v) => ({
              value: v,
              label: t(`plans.anchors.${v}`),
            }))}
            value={step.anchor}
            onChange={(v) => v && update(index, { anchor: v as FollowUpStep['anchor'] })}
            allowDeselect={false}
            w={170}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('plans.removeRow')}
            onClick={() => props.onChange(props.steps.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        onClick={() =>
          props.onChange([
            ...props.steps,
            { label: '', afterDays: 30, contact: 'visit', anchor: 'each_session' },
          ])
        }
      >
        {t('plans.addFollowUp')}
      </Button>
      {props.error && (
        <Text c="red" fz="xs">
          {props.error}
        </Text>
      )}
    </Stack>
  );
}

export function ReleaseEditor(props: {
  criteria: ReleaseCriterion[];
  onChange: (criteria: ReleaseCriterion[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<ReleaseCriterion>) =>
    props.onChange(props.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <Stack gap={4} data-testid="plan-release">
      <Text fz="sm" fw={500}>
        {t('plans.fields.releaseSpecification')}
      </Text>
      {props.criteria.map((criterion, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place while edited
        <Group key={index} gap="xs" wrap="wrap" align="flex-end">
          <TextInput
            aria-label={t('plans.releaseTest')}
            value={criterion.test}
            onChange={(e) => update(index, { test: e.currentTarget.value })}
            w={130}
          />
          <TextInput
            aria-label={t('plans.releaseCriterion')}
            value={criterion.criterion}
            onChange={(e) => update(index, { criterion: e.currentTarget.value })}
            style={{ flex: '1 1 14rem' }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('plans.removeRow')}
            onClick={() => props.onChange(props.criteria.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        onClick={() => props.onChange([...props.criteria, { test: '', criterion: '' }])}
      >
        {t('plans.addRelease')}
      </Button>
      {props.error && (
        <Text c="red" fz="xs">
          {props.error}
        </Text>
      )}
    </Stack>
  );
}
