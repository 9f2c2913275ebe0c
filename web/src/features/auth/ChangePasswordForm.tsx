import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../lib/problems';
import { ProblemAlert } from '../shell/ProblemAlert';
import { useChangePassword } from './auth-api';
import { NewPasswordFields } from './PasswordChecklist';
import { passwordAcceptable } from './password-policy';

interface ChangePasswordFormProps {
  /** 'required': the server asks for it before anything else (after an administrator's reset). */
  mode: 'required' | 'account';
  login: string;
  onDone?: () => unknown;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ mode, login, onDone }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');

  const change = useChangePassword();
  const done = () => {
    setCurrentPassword('');
    setNewPassword('');
    setConfirmation('');
    notifications.show({ color: 'green', message: t('changePassword.done') });
    onDone?.();
  };
  const { byField, unplaced } = placeFieldErrors(t, change.error, topLevelField(FIELDS));

  const ready =
    currentPassword !== '' && passwordAcceptable(newPassword, login) && confirmation === newPassword;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) change.mutate({ currentPassword, newPassword }, { onSuccess: done });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={mode === 'account' ? 420 : undefined}>
        {mode === 'required' ? (
          <div>
            <Title order={2} fz="h3">
              {t('changePassword.requiredTitle')}
            </Title>
            <Text fz="sm" c="dimmed" mt={4}>
              {t('changePassword.requiredIntro')}
            </Text>
          </div>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('changePassword.intro')}
          </Text>
        )}
        <PasswordInput
          label={mode === 'required' ? t('changePassword.temporary') : t('changePassword.current')}
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          autoComplete="current-password"
          required
          error={byField.currentPassword}
          data-testid="password-current"
        />
        <NewPasswordFields
          login={login}
          password={newPassword}
          confirmation={confirmation}
          onPasswordChange={setNewPassword}
          onConfirmationChange={setConfirmation}
          error={byField.newPassword}
          testIds={{ password: 'password-new', confirmation: 'password-new-confirm' }}
        />
        <ProblemAlert error={change.error} unplaced={unplaced} testId="password-error" />
        <Button type="submit" disabled={!ready} loading={change.isPending} data-testid="password-submit">
          {t('changePassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
