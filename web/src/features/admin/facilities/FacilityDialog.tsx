import { Modal, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { type Facility, type FacilityKind, type FacilitySave, useSaveFacility } from './facilities-api';
import { looksLikePlanNumber } from './plan-number';

const TEXT_FIELDS = [
  'name',
  'nameKana',
  'postalCode',
  'address',
  'phone',
  'administratorName',
  'registrationNumber',
  'isbt128Fin',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FIELDS = [...TEXT_FIELDS, 'planNumbers', 'reason'] as const;

type FacilityDialogProps = { onClose: () => void } & (
  | { mode: 'create' }
  | { mode: 'edit'; facility: Facility }
);

/** Add a CPC, or correct a facility's details (with a reason, on top of the version read). */
export function FacilityDialog(props: FacilityDialogProps) {
  const { t } = useTranslation();
  const editing = props.mode === 'edit' ? props.facility : null;
  const kind: FacilityKind = editing?.kind ?? 'cpc';
  const [text, setText] = useState<Record<TextField, string>>(
    () => Object.fromEntries(TEXT_FIELDS.map((f) => [f, editing?.[f] ?? ''])) as Record<TextField, string>,
  );
  const [planNumbers, setPlanNumbers] = useState<string[]>(editing?.planNumbers ?? []);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const changedText = TEXT_FIELDS.filter((f) => text[f].trim() !== (editing?.[f] ?? ''));
  const plansChanged = planNumbers.join('\n') !== (editing?.planNumbers ?? []).join('\n');
  const changed = !editing || changedText.length > 0 || plansChanged;

  const save = useSaveFacility();
  const change = (): FacilitySave => {
    if (!editing) {
      const body = Object.fromEntries(TEXT_FIELDS.map((f) => [f, text[f].trim()])) as Record<
        TextField,
        string
      >;
      return { body: { ...body, kind, planNumbers } };
    }
    return {
      facility: editing,
      body: {
        ...Object.fromEntries(changedText.map((f) => [f, text[f].trim()])),
        ...(plansChanged ? { planNumbers } : {}),
        version: editing.version,
        reason: reason.trim(),
      },
    };
  };
  const saved = (facility: Facility) => {
    notifications.show({ color: 'green', message: t('facilities.saved', { name: facility.name }) });
    props.onClose();
  };
  const server = placeFieldErrors(t, save.error, topLevelField(FIELDS));
  const nameMissing = submitted && !text.name.trim();
  const reasonMissing = submitted && editing !== null && !reason.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (text.name.trim() && changed && (!editing || reason.trim()))
      save.mutate(change(), { onSuccess: saved });
  };

  const field = (
    name: TextField,
    label: string,
    options: { description?: string; required?: boolean; mono?: boolean } = {},
  ) => (
    <TextInput
      label={label}
      description={options.description}
      required={options.required}
      value={text[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setText((current) => ({ ...current, [name]: value }));
      }}
      error={
        (name === 'name' && nameMissing ? t('problem.fields.REQUIRED') : undefined) ?? server.byField[name]
      }
      styles={options.mono ? { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } : undefined}
      autoComplete="off"
      data-testid={`facility-${name}`}
    />
  );
  const unusualPlans = planNumbers.filter((plan) => !looksLikePlanNumber(plan));

  return (
    <Modal
      opened
      onClose={props.onClose}
      size="xl"
      title={editing ? t('facilities.editTitle', { name: editing.name }) : t('facilities.createCpcTitle')}
      data-testid="facility-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {field('name', t('facility.name'), { required: true })}
            {field('nameKana', t('facility.nameKana'), { description: t('facility.nameKanaHint') })}
            {field('postalCode', t('facility.postalCode'), { description: t('facility.postalCodeHint') })}
            {field('phone', t('facility.phone'), { description: t('facility.phoneHint') })}
          </SimpleGrid>
          {field('address', t('facility.address'))}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {field('administratorName', t(`facility.administratorName.${kind}`))}
            {field('registrationNumber', t(`facility.registrationNumber.${kind}`), {
              description: t(`facility.registrationNumberHint.${kind}`),
            })}
            {field('isbt128Fin', t('facility.isbt128Fin'), {
              description: t('facility.isbt128FinHint'),
              mono: true,
            })}
          </SimpleGrid>
          <TagsInput
            label={t('facility.planNumbers')}
            description={t('facility.planNumbersHint')}
            value={planNumbers}
            onChange={(values) => setPlanNumbers(values.map((v) => v.trim().toUpperCase()))}
            splitChars={[',', ' ', '、']}
            clearable
            error={server.byField.planNumbers}
            data-testid="facility-planNumbers"
          />
          {unusualPlans.length > 0 && (
            <Text fz="xs" c="orange.9" mt={-6} data-testid="facility-plan-warning">
              {t('facility.planNumberUnusual', { plans: unusualPlans.join(', ') })}
            </Text>
          )}
          {editing && (
            <ReasonField
              value={reason}
              onChange={setReason}
              error={reasonMissing ? t('problem.fields.REQUIRED') : server.byField.reason}
              testId="facility-reason"
            />
          )}
          {editing && submitted && !changed && (
            <Text fz="sm" c="dimmed">
              {t('common.nothingChanged')}
            </Text>
          )}
          <ProblemAlert error={save.error} unplaced={server.unplaced} testId="facility-error" />
          <FormActions
            onCancel={props.onClose}
            submitLabel={editing ? t('common.save') : t('facilities.createSubmit')}
            pending={save.isPending}
            testId="facility-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
