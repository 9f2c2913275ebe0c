import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStale } from '../../../lib/api-problem';
import { todayInTokyo } from '../../../lib/datetime';
import { placeFieldErrors } from '../../../lib/problems';
import { FormActions } from '../../shell/FormActions';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { type Patient, useCorrectPatient } from '../patients-api';
import { PatientFormFields } from '../registration/PatientFormFields';
import {
  changedFields,
  formOf,
  localProblems,
  PATIENT_FIELDS,
  type PatientField,
  type PatientForm,
} from '../registration/patient-form';

type Field = PatientField | 'reason';
const place = (path: string): Field | undefined => {
  const head = path.split('.')[0] ?? '';
  return head === 'reason' || (PATIENT_FIELDS as readonly string[]).includes(head)
    ? (head as Field)
    : undefined;
};

/** Corrects registration details: only the changed fields are sent, with the version and a reason. */
export function EditPatientDialog({ patient, onClose }: { patient: Patient; onClose: () => void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [original] = useState(() => formOf(patient));
  const [form, setForm] = useState<PatientForm>(original);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const today = todayInTokyo();
  const changes = changedFields(original, form, today);
  const changed = Object.keys(changes).length > 0;

  const save = useCorrectPatient(patient.id);
  const saved = () => {
    notifications.show({ color: 'green', message: t('patientPage.saved') });
    onClose();
  };
  const stale = isStale(save.error);

  const server = placeFieldErrors(t, save.error, place);
  const local = submitted ? localProblems(form, today) : {};
  const errors: Partial<Record<Field, string>> = { ...server.byField };
  for (const [field, code] of Object.entries(local) as [PatientField, 'REQUIRED'][]) {
    errors[field] = t(`problem.fields.${code}`);
  }
  if (submitted && !reason.trim()) errors.reason = t('problem.fields.REQUIRED');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (changed && reason.trim() && Object.keys(localProblems(form, today)).length === 0) {
      save.mutate({ ...changes, version: patient.version, reason: reason.trim() }, { onSuccess: saved });
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('patientPage.editTitle', { number: patient.patientNumber })}
      size="xl"
      fullScreen={narrow}
      data-testid="patient-edit-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PatientFormFields
            form={form}
            onChange={(field, value) => setForm((current) => ({ ...current, [field]: value }))}
            errors={errors}
            today={today}
            testPrefix="edit"
          />
          <ReasonField value={reason} onChange={setReason} error={errors.reason} testId="edit-reason" />
          {submitted && !changed && (
            <Text fz="sm" c="dimmed">
              {t('common.nothingChanged')}
            </Text>
          )}
          {stale ? (
            <Alert color="yellow" variant="light" data-testid="edit-stale">
              {t('patientPage.stale')}
            </Alert>
          ) : (
            <ProblemAlert error={save.error} unplaced={server.unplaced} testId="edit-error" />
          )}
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.save')}
            pending={save.isPending}
            disabled={stale}
            testId="edit-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
