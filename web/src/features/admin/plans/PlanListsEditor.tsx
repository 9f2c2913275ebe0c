import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpStep, ReleaseCriterion } from './plans-api';

/**
 * A list edited in place, row by row (the server checks it): the two lists a plan defines for later
 * modules, when patients are followed up and what a cell product must meet to be released, and the
 * options of a questionnaire's choice.
 */
export function RowsEditor<Row>(props: {
  title: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  newRow: Row;
  addLabel: string;
  error?: string | undefined;
  testId: string;
  fields: (row: Row, update: (change: Partial<Row>) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const { rows, onChange } = props;
  return (
    <Stack gap={4} data-testid={props.testId}>
      <Text fz="sm" fw={500}>
        {props.title}
      </Text>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place while edited
        <Group key={index} gap="xs" wrap="wrap" align="flex-end">
          {props.fields(row, (change) =>
            onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r))),
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('plans.removeRow')}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" w="fit-content" onClick={() => onChange([...rows, props.newRow])}>
        {props.addLabel}
      </Button>
      {props.error && (
        <Text c="red" fz="xs">
          {props.error}
        </Text>
      )}
    </Stack>
  );
}

export function FollowUpEditor(props: {
  steps: FollowUpStep[];
  onChange: (steps: FollowUpStep[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <RowsEditor
      title={t('plans.fields.followUpSchedule')}
      rows={props.steps}
      onChange={props.onChange}
      newRow={{ label: '', afterDays: 30, contact: 'visit', anchor: 'each_session' }}
      addLabel={t('plans.addFollowUp')}
      error={props.error}
      testId="plan-followups"
      fields={(step, update) => (
        <>
          <TextInput
            aria-label={t('plans.stepLabel')}
            value={step.label}
            onChange={(e) => update({ label: e.currentTarget.value })}
            style={{ flex: '1 1 12rem' }}
          />
          <NumberInput
            aria-label={t('plans.afterDays')}
            value={step.afterDays}
            min={1}
            max={3650}
            suffix={t('plans.daysSuffix')}
            onChange={(v) => update({ afterDays: Number(v) || 1 })}
            w={110}
          />
          <Select
            aria-label={t('plans.contact')}
            data={(['call', 'visit'] as const).map((v) => ({ value: v, label: t(`plans.contacts.${v}`) }))}
            value={step.contact}
            onChange={(v) => v && update({ contact: v as FollowUpStep['contact'] })}
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
            onChange={(v) => v && update({ anchor: v as FollowUpStep['anchor'] })}
            allowDeselect={false}
            w={170}
          />
        </>
      )}
    />
  );
}

export function ReleaseEditor(props: {
  criteria: ReleaseCriterion[];
  onChange: (criteria: ReleaseCriterion[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <RowsEditor
      title={t('plans.fields.releaseSpecification')}
      rows={props.criteria}
      onChange={props.onChange}
      newRow={{ test: '', criterion: '' }}
      addLabel={t('plans.addRelease')}
      error={props.error}
      testId="plan-release"
      fields={(criterion, update) => (
        <>
          <TextInput
            aria-label={t('plans.releaseTest')}
            value={criterion.test}
            onChange={(e) => update({ test: e.currentTarget.value })}
            w={130}
          />
          <TextInput
            aria-label={t('plans.releaseCriterion')}
            value={criterion.criterion}
            onChange={(e) => update({ criterion: e.currentTarget.value })}
            style={{ flex: '1 1 14rem' }}
          />
        </>
      )}
    />
  );
}
