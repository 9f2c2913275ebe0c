import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { isStale } from '../../../lib/api-problem';
import { formatDate, todayInTokyo } from '../../../lib/datetime';
import { placeFieldErrors } from '../../../lib/problems';
import { useSession } from '../../auth/session';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { ConsultationFields } from './ConsultationFields';
import { ConsultationWarnings } from './ConsultationWarnings';
import {
  type Consultation,
  type ConsultationField,
  consultationBody,
  consultationChanges,
  consultationFieldOf,
  emptyConsultationForm,
  formOfConsultation,
  localConsultationProblems,
} from './consultation-form';
import { useCorrectConsultation, useRecordConsultation } from './consultations-api';

interface ConsultationDialogProps {
  patientId: string;
  /** The consultation to correct; null records a new one. */
  consultation: Consultation | null;
  onClose: () => void;
  /** After a new consultation: go on to assess the scars at it. */
  onAssess: (consultationId: string) => void;
}

type Field = ConsultationField | 'reason';

/**
 * Records a consultation, or corrects one (changed fields, version and reason). After recording,
 * the server's cautions about the plan are shown until the physician acknowledges them.
 */
export function ConsultationDialog(props: ConsultationDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useSession();
  const narrow = useMediaQuery('(max-width: 48em)');
  const today = todayInTokyo();
  const editing = props.consultation;
  const [original] = useState(() => (editing ? formOfConsultation(editing) : emptyConsultationForm(today)));
  const [form, setForm] = useState(original);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [recorded, setRecorded] = useState<Consultation | null>(null);
  // The consultation is the physician's own: only a physician records it as themselves.
  const isPhysician = me.roles.includes('physician');
  const canSubmit = editing !== null || isPhysician;

  const record = useRecordConsultation(props.patientId);
  const correct = useCorrectConsultation(props.patientId);
  const save = editing ? correct : record;
  const saved = (consultation: Consultation) => {
    notifications.show({
      color: 'green',
      message: editing ? t('consultations.corrected') : t('consultations.saved'),
    });
    if (!editing && consultation.warnings.length > 0) setRecorded(consultation);
    else props.onClose();
  };
  const send = () => {
    if (editing) {
      const body = {
        ...consultationChanges(original, form),
        version: editing.version,
        reason: reason.trim(),
      };
      correct.mutate({ id: editing.id, body }, { onSuccess: saved });
    } else {
      record.mutate(consultationBody(form), { onSuccess: saved });
    }
  };
  const stale = isStale(save.error);

  const server = placeFieldErrors<Field>(t, save.error, (path) =>
    path === 'reason' ? 'reason' : consultationFieldOf(path),
  );
  const local = submitted ? localConsultationProblems(form, today) : {};
  const errors: Partial<Record<Field, string>> = { ...server.byField };
  for (const [field, code] of Object.entries(local) as [ConsultationField, 'REQUIRED'][]) {
    errors[field] = t(`problem.fields.${code}`);
  }
  if (editing && submitted && !reason.trim()) errors.reason = t('problem.fields.REQUIRED');
  const changed = !editing || Object.keys(consultationChanges(original, form)).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const ready = Object.keys(localConsultationProblems(form, today)).length === 0;
    if (ready && canSubmit && changed && (!editing || reason.trim())) send();
  };

  const title = editing
    ? t('consultations.editTitle', { date: formatDate(editing.consultedOn, language) })
    : t('consultations.newTitle');

  if (recorded) {
    return (
      <Modal opened onClose={props.onClose} title={title} size="lg" data-testid="consultation-dialog">
        <Stack gap="md">
          <ConsultationWarnings warnings={recorded.warnings} />
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => props.onAssess(recorded.id)}
              data-testid="cons-add-assessment"
            >
              {t('consultations.addAssessment')}
            </Button>
            <Button onClick={props.onClose} data-testid="cons-warnings-ack">
              {t('consultations.warningsAck')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={title}
      size="xl"
      fullScreen={narrow}
      closeOnClickOutside={false}
      closeOnEscape={false}
      data-testid="consultation-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {!canSubmit && (
            <Alert color="yellow" variant="light" data-testid="cons-physician-needed">
              {t('consultations.physicianNeeded')}
            </Alert>
          )}
          <ConsultationFields
            form={form}
            onChange={(field, value) => setForm((current) => ({ ...current, [field]: value }))}
            errors={errors}
            today={today}
            physician={
              editing
                ? editing.physicianName
                : isPhysician
                  ? t('consultations.physicianSelf', { name: me.displayName })
                  : '—'
            }
          />
          {editing && (
            <ReasonField value={reason} onChange={setReason} error={errors.reason} testId="cons-reason" />
          )}
          {editing && submitted && !changed && (
            <Text fz="sm" c="dimmed">
              {t('common.nothingChanged')}
            </Text>
          )}
          {stale ? (
            <Alert color="yellow" variant="light">
              {t('records.stale')}
            </Alert>
          ) : (
            <ProblemAlert error={save.error} unplaced={server.unplaced} testId="cons-error" />
          )}
          <FormActions
            onCancel={props.onClose}
            submitLabel={editing ? t('common.save') : t('consultations.submit')}
            pending={save.isPending}
            disabled={!canSubmit || stale}
            testId="cons-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
