import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../lib/api-problem';
import { fieldMessage } from '../../../lib/problems';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { type ChangeTo, type Plan, useChangePlanStatus } from './plans-api';

/** Activate, suspend, resume or end a plan: the reason goes into the plan's history and the audit trail. */
export function PlanStatusDialog({ plan, to, onClose }: { plan: Plan; to: ChangeTo; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const change = useChangePlanStatus();
  // PLAN_INCOMPLETE names what the plan lacks: each with its field's label, to be filled in first.
  const missing =
    change.error instanceof ApiProblem
      ? change.error.errors.map(
          (e) =>
            `${t(`plans.fields.${e.path}` as 'plans.fields.planNumber', { defaultValue: e.path })}: ${fieldMessage(t, e)}`,
        )
      : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!reason.trim()) return;
    change.mutate(
      { plan, body: { status: to, reason: reason.trim(), version: plan.version } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t(`plans.changed.${to}`, { title: plan.title }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t(`plans.actions.${to}`)} data-testid="plan-status-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fz="sm">{t(`plans.statusHints.${to}`)}</Text>
          <ReasonField
            value={reason}
            onChange={setReason}
            error={submitted && !reason.trim() ? t('problem.fields.REQUIRED') : undefined}
            testId="plan-status-reason"
          />
          <ProblemAlert error={change.error} unplaced={missing} testId="plan-status-error" />
          <FormActions
            onCancel={onClose}
            submitLabel={t(`plans.actions.${to}`)}
            pending={change.isPending}
            color={to === 'ended' ? 'red' : undefined}
            testId="plan-status-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
