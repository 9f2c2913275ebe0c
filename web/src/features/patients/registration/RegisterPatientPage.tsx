import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { todayInTokyo } from '../../../lib/datetime';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { can, useSession } from '../../auth/session';
import { NoPermissionPage } from '../../shell/NoPermissionPage';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { fullName, type Patient, useRegisterPatient } from '../patients-api';
import { DuplicateWarning } from './DuplicateWarning';
import { duplicatesOf } from './duplicates';
import { PatientFormFields } from './PatientFormFields';
import {
  EMPTY_PATIENT_FORM,
  localProblems,
  PATIENT_FIELDS,
  type PatientField,
  type PatientForm,
  registrationBody,
} from './patient-form';

/** Registering a first-time patient; a possible duplicate is shown before anything is saved. */
export function RegisterPatientPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState<PatientForm>(EMPTY_PATIENT_FORM);
  const [submitted, setSubmitted] = useState(false);
  const today = todayInTokyo();

  const register = useRegisterPatient();
  const registered = (patient: Patient) => {
    notifications.show({
      color: 'green',
      message: t('registration.registered', { name: fullName(patient), number: patient.patientNumber }),
    });
    void navigate(`/patients/${patient.id}`, { replace: true });
  };
  const send = (confirmDuplicate: boolean) =>
    register.mutate(
      { ...registrationBody(form, today), ...(confirmDuplicate ? { confirmDuplicate } : {}) },
      { onSuccess: registered },
    );

  if (!can(me, 'patients:write')) return <NoPermissionPage />;

  const duplicates = duplicatesOf(register.error);
  const serverError = duplicates.length > 0 ? null : register.error;
  const server = placeFieldErrors(t, serverError, topLevelField(PATIENT_FIELDS));
  const local = submitted ? localProblems(form, today) : {};
  const errors: Partial<Record<PatientField, string>> = { ...server.byField };
  for (const [field, code] of Object.entries(local) as [PatientField, string][]) {
    errors[field] = t(`problem.fields.${code as 'REQUIRED'}`);
  }

  const change = <F extends PatientField>(field: F, value: PatientForm[F]) => {
    setForm((current) => ({ ...current, [field]: value }));
    // A changed reading or date of birth is a new question for the duplicate check.
    if (duplicates.length > 0) register.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(localProblems(form, today)).length === 0) send(false);
  };

  return (
    <Stack gap="md" maw={960} data-testid="register-page">
      <div>
        <Anchor component={Link} to="/patients" fz="sm">
          ← {t('registration.back')}
        </Anchor>
        <Title order={2} mt={4}>
          {t('registration.title')}
        </Title>
        <Text fz="sm" c="dimmed" mt={4}>
          {t('registration.intro')}
        </Text>
      </div>
      <Card component="form" onSubmit={submit} noValidate>
        <Stack gap="md">
          <PatientFormFields form={form} onChange={change} errors={errors} today={today} testPrefix="reg" />
          {submitted && Object.keys(local).length > 0 && (
            <Alert color="red" variant="light" data-testid="reg-incomplete">
              {t('registration.incomplete')}
            </Alert>
          )}
          {duplicates.length > 0 && (
            <DuplicateWarning
              duplicates={duplicates}
              onConfirm={() => send(true)}
              confirming={register.isPending}
            />
          )}
          <ProblemAlert error={serverError} unplaced={server.unplaced} testId="reg-error" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/patients">
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={register.isPending}
              disabled={duplicates.length > 0}
              data-testid="reg-submit"
            >
              {t('registration.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
