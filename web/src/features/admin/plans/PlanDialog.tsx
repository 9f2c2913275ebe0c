import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../../lib/DayInput';
import { todayInTokyo } from '../../../lib/datetime';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import type { User } from '../users/users-api';
import { FollowUpEditor, ReleaseEditor } from './PlanListsEditor';
import { type FollowUpStep, type Plan, type PlanSave, type ReleaseCriterion, useSavePlan } from './plans-api';

const TEXT_FIELDS = ['title', 'planNumber', 'committeeName', 'committeeNumber', 'cpcName'] as const;
const DATE_FIELDS = ['submittedOn', 'acceptedOn'] as const;
type TextField = (typeof TEXT_FIELDS)[number] | (typeof DATE_FIELDS)[number] | 'responsiblePhysicianId';
const FIELDS = [
  ...TEXT_FIELDS,
  ...DATE_FIELDS,
  'responsiblePhysicianId',
  'therapy',
  'riskClass',
  'coolingOffDays',
  'followUpSchedule',
  'releaseSpecification',
  'reason',
] as const;

interface PlanDialogProps {
  plan: Plan | undefined;
  /** Empty when the reader may not list staff: the physician then stays as it is. */
  physicians: User[];
  onClose: () => void;
}

/** Draft a plan, or correct one (with a reason): what was filed, and what the plan defines for later modules. */
export function PlanDialog({ plan, physicians, onClose }: PlanDialogProps) {
  const { t } = useTranslation();
  const [therapy, setTherapy] = useState<Plan['therapy']>(plan?.therapy ?? 'fibroblast');
  const [riskClass, setRiskClass] = useState<number>(plan?.riskClass ?? 2);
  const [coolingOffDays, setCoolingOffDays] = useState<number>(plan?.coolingOffDays ?? 1);
  const [text, setText] = useState<Record<TextField, string>>(() => ({
    title: plan?.title ?? '',
    planNumber: plan?.planNumber ?? '',
    committeeName: plan?.committeeName ?? '',
    committeeNumber: plan?.committeeNumber ?? '',
    cpcName: plan?.cpcName ?? '',
    submittedOn: plan?.submittedOn ?? '',
    acceptedOn: plan?.acceptedOn ?? '',
    responsiblePhysicianId: plan?.responsiblePhysicianId ?? '',
  }));
  const [followUps, setFollowUps] = useState<FollowUpStep[] | undefined>(plan?.followUpSchedule);
  const [release, setRelease] = useState<ReleaseCriterion[] | undefined>(plan?.releaseSpecification);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const save = useSavePlan();
  const server = placeFieldErrors(t, save.error, topLevelField(FIELDS));
  const set = (name: TextField) => (value: string | null) =>
    setText((current) => ({ ...current, [name]: value ?? '' }));

  const body = () => {
    const fields = {
      title: text.title.trim(),
      planNumber: text.planNumber,
      committeeName: text.committeeName,
      committeeNumber: text.committeeNumber,
      cpcName: text.cpcName,
      submittedOn: text.submittedOn || null,
      acceptedOn: text.acceptedOn || null,
      ...(physicians.length > 0 ? { responsiblePhysicianId: text.responsiblePhysicianId || null } : {}),
      ...(followUps ? { followUpSchedule: followUps } : {}),
      ...(release ? { releaseSpecification: release } : {}),
      riskClass: riskClass as 1 | 2 | 3,
      coolingOffDays,
    };
    return plan
      ? ({ plan, body: { ...fields, version: plan.version, reason: reason.trim() } } satisfies PlanSave)
      : ({ body: { ...fields, therapy } } satisfies PlanSave);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!text.title.trim() || (plan && !reason.trim())) return;
    save.mutate(body(), {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('plans.saved', { title: saved.title }) });
        onClose();
      },
    });
  };

  const input = (
    name: (typeof TEXT_FIELDS)[number],
    options: { mono?: boolean; required?: boolean } = {},
  ) => (
    <TextInput
      label={t(`plans.fields.${name}`)}
      required={options.required}
      value={text[name]}
      onChange={(event) => set(name)(event.currentTarget.value)}
      error={
        (name === 'title' && submitted && !text.title.trim() ? t('problem.fields.REQUIRED') : undefined) ??
        server.byField[name]
      }
      styles={options.mono ? { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } : undefined}
      autoComplete="off"
      data-testid={`plan-${name}`}
    />
  );
  const dateInput = (name: (typeof DATE_FIELDS)[number]) => (
    <DayInput
      label={t(`plans.fields.${name}`)}
      value={text[name]}
      onChange={set(name)}
      clearable
      maxDate={todayInTokyo()}
      error={server.byField[name]}
      testId={`plan-${name}`}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={plan ? t('plans.editTitle') : t('plans.createTitle')}
      data-testid="plan-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <Select
              label={t('plans.fields.therapy')}
              data={(['fibroblast', 'prp'] as const).map((v) => ({
                value: v,
                label: t(`plans.therapies.${v}`),
              }))}
              value={therapy}
              onChange={(v) => v && setTherapy(v as Plan['therapy'])}
              disabled={plan !== undefined}
              allowDeselect={false}
              data-testid="plan-therapy"
            />
            <Select
              label={t('plans.fields.riskClass')}
              data={[1, 2, 3].map((c) => ({
                value: String(c),
                label: t(`plans.classes.${c}` as 'plans.classes.2'),
              }))}
              value={String(riskClass)}
              onChange={(v) => v && setRiskClass(Number(v))}
              allowDeselect={false}
              error={server.byField.riskClass}
              data-testid="plan-riskClass"
            />
          </SimpleGrid>
          {input('title', { required: true })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {input('planNumber', { mono: true })}
            {physicians.length > 0 ? (
              <Select
                label={t('plans.fields.responsiblePhysician')}
                data={physicians.map((u) => ({ value: u.id, label: u.displayName }))}
                value={text.responsiblePhysicianId || null}
                onChange={set('responsiblePhysicianId')}
                clearable
                error={server.byField.responsiblePhysicianId}
                data-testid="plan-responsiblePhysicianId"
              />
            ) : (
              <div />
            )}
            {input('committeeName')}
            {input('committeeNumber', { mono: true })}
            {dateInput('submittedOn')}
            {dateInput('acceptedOn')}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {input('cpcName')}
            <NumberInput
              label={t('plans.fields.coolingOffDays')}
              description={t('plans.coolingOffHint')}
              min={0}
              max={30}
              allowDecimal={false}
              allowNegative={false}
              value={coolingOffDays}
              onChange={(v) => setCoolingOffDays(typeof v === 'number' ? v : 0)}
              error={server.byField.coolingOffDays}
              data-testid="plan-coolingOffDays"
            />
          </SimpleGrid>
          <FollowUpEditor
            steps={followUps ?? []}
            onChange={setFollowUps}
            error={server.byField.followUpSchedule}
          />
          <ReleaseEditor
            criteria={release ?? []}
            onChange={setRelease}
            error={server.byField.releaseSpecification}
          />
          {plan && (
            <ReasonField
              value={reason}
              onChange={setReason}
              error={
                (submitted && !reason.trim() ? t('problem.fields.REQUIRED') : undefined) ??
                server.byField.reason
              }
              testId="plan-reason"
            />
          )}
          <ProblemAlert error={save.error} unplaced={server.unplaced} testId="plan-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={plan ? t('common.save') : t('plans.createSubmit')}
            pending={save.isPending}
            testId="plan-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
