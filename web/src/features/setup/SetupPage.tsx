import { Button, Divider, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../lib/api-problem';
import { placeFieldErrors } from '../../lib/problems';
import { AuthLayout } from '../auth/AuthLayout';
import { NewPasswordFields } from '../auth/PasswordChecklist';
import { foldLogin, loginAcceptable, passwordAcceptable } from '../auth/password-policy';
import { ProblemAlert } from '../shell/ProblemAlert';
import { useSetupClinic } from './setup-api';

type Field = 'clinicName' | 'postalCode' | 'address' | 'phone' | 'login' | 'displayName' | 'password';

// The server names schema errors by their place in the body (clinic.name) and rule errors by the
// field alone (phone, password): both land on the same input.
const PATHS: Record<string, Field> = {
  'clinic.name': 'clinicName',
  name: 'clinicName',
  'clinic.postalCode': 'postalCode',
  postalCode: 'postalCode',
  'clinic.address': 'address',
  address: 'address',
  'clinic.phone': 'phone',
  phone: 'phone',
  'admin.login': 'login',
  login: 'login',
  'admin.displayName': 'displayName',
  displayName: 'displayName',
  'admin.password': 'password',
  password: 'password',
};

interface SetupPageProps {
  onDone: (adminLogin: string) => void;
  onAlreadyDone: () => void;
}

/** First run: the clinic and its first administrator. */
export function SetupPage({ onDone, onAlreadyDone }: SetupPageProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    clinicName: '',
    postalCode: '',
    address: '',
    phone: '',
    login: '',
    displayName: '',
    password: '',
  });
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const set = (field: Field) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  const setup = useSetupClinic();
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const body = () => ({
    clinic: {
      name: form.clinicName.trim(),
      postalCode: optional(form.postalCode),
      address: optional(form.address),
      phone: optional(form.phone),
    },
    admin: { login: form.login.trim(), displayName: form.displayName.trim(), password: form.password },
  });

  const server = placeFieldErrors(t, setup.error, (path) => PATHS[path]);
  const local: Partial<Record<Field, string>> = submitted
    ? {
        ...(form.clinicName.trim() ? {} : { clinicName: t('problem.fields.REQUIRED') }),
        ...(loginAcceptable(form.login) ? {} : { login: t('problem.fields.INVALID_LOGIN') }),
        ...(form.displayName.trim() ? {} : { displayName: t('problem.fields.REQUIRED') }),
      }
    : {};
  const errorOf = (field: Field) => local[field] ?? server.byField[field];

  const ready =
    form.clinicName.trim() !== '' &&
    loginAcceptable(form.login) &&
    form.displayName.trim() !== '' &&
    passwordAcceptable(form.password, form.login) &&
    confirmation === form.password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!ready) return;
    setup.mutate(body(), {
      onSuccess: () => onDone(foldLogin(form.login)),
      onError: (error) => {
        if (error instanceof ApiProblem && error.code === 'SETUP_ALREADY_DONE') onAlreadyDone();
      },
    });
  };

  const input = (
    field: Field,
    extra: {
      label: string;
      description?: string;
      required?: boolean;
      testId?: string;
      autoComplete?: string;
    },
  ) => (
    <TextInput
      label={extra.label}
      description={extra.description}
      required={extra.required}
      value={form[field]}
      onChange={(event) => set(field)(event.currentTarget.value)}
      error={errorOf(field)}
      autoComplete={extra.autoComplete ?? 'off'}
      data-testid={extra.testId ?? `setup-${field}`}
    />
  );

  return (
    <AuthLayout width={900}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" data-testid="setup-page">
          <div>
            <Title order={2} fz="h3">
              {t('setup.title')}
            </Title>
            <Text fz="sm" c="dimmed" mt={4}>
              {t('setup.intro')}
            </Text>
          </div>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
            <Stack gap="sm">
              <Title order={3} fz="md">
                {t('setup.clinicSection')}
              </Title>
              {input('clinicName', {
                label: t('facility.name'),
                description: t('setup.clinicNameHint'),
                required: true,
                testId: 'setup-clinic-name',
                autoComplete: 'organization',
              })}
              {input('postalCode', {
                label: t('facility.postalCode'),
                description: t('facility.postalCodeHint'),
                autoComplete: 'postal-code',
              })}
              {input('address', { label: t('facility.address') })}
              {input('phone', {
                label: t('facility.phone'),
                description: t('facility.phoneHint'),
                autoComplete: 'tel',
              })}
              <Text fz="xs" c="dimmed">
                {t('setup.clinicLater')}
              </Text>
            </Stack>

            <Stack gap="sm">
              <Title order={3} fz="md">
                {t('setup.adminSection')}
              </Title>
              <Text fz="xs" c="dimmed" mt={-6}>
                {t('setup.adminIntro')}
              </Text>
              {input('login', {
                label: t('user.login'),
                description: t('user.loginHint'),
                required: true,
                testId: 'setup-admin-login',
                autoComplete: 'username',
              })}
              {input('displayName', {
                label: t('user.displayName'),
                required: true,
                testId: 'setup-admin-name',
                autoComplete: 'name',
              })}
              <NewPasswordFields
                label={t('password.label')}
                login={form.login}
                password={form.password}
                confirmation={confirmation}
                onPasswordChange={set('password')}
                onConfirmationChange={setConfirmation}
                error={errorOf('password')}
                testIds={{ password: 'setup-admin-password', confirmation: 'setup-admin-password-confirm' }}
              />
            </Stack>
          </SimpleGrid>

          <Divider />
          <ProblemAlert error={setup.error} unplaced={server.unplaced} testId="setup-error" />
          {submitted && !ready && !setup.error && (
            <Text fz="sm" c="red.8" data-testid="setup-incomplete">
              {t('setup.incomplete')}
            </Text>
          )}
          <Button
            type="submit"
            loading={setup.isPending}
            size="md"
            style={{ alignSelf: 'flex-end' }}
            data-testid="setup-submit"
          >
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
