import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { NewPasswordFields } from '../../auth/PasswordChecklist';
import { passwordAcceptable } from '../../auth/password-policy';
import { ReasonDialog } from '../../shell/ReasonDialog';
import { type User, type UserAction, useUserAction } from './users-api';

const DANGER: Record<UserAction, boolean> = {
  deactivate: true,
  reactivate: false,
  'reset-password': false,
  'reset-totp': true,
};

interface UserActionDialogProps {
  action: UserAction;
  user: User;
  onClose: () => void;
}

/** One of the account actions that need a reason (and, for a reset, a temporary password). */
export function UserActionDialog({ action, user, onClose }: UserActionDialogProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const withPassword = action === 'reset-password';
  const run = useUserAction();
  const done = () => {
    notifications.show({
      color: 'green',
      message: t(`users.actions.${action}.done`, { name: user.displayName }),
    });
    onClose();
  };
  const { byField } = placeFieldErrors(t, run.error, topLevelField(['password'] as const));

  return (
    <ReasonDialog
      title={t(`users.actions.${action}.title`)}
      subject={
        <>
          {user.displayName}{' '}
          <Text component="span" ff="monospace" fw={400} c="dimmed">
            ({user.login})
          </Text>
        </>
      }
      explain={t(`users.actions.${action}.explain`)}
      danger={DANGER[action]}
      submitLabel={t(`users.actions.${action}.submit`)}
      pending={run.isPending}
      error={run.error}
      onSubmit={(reason) => run.mutate({ user, action, reason, password }, { onSuccess: done })}
      onClose={onClose}
      ready={!withPassword || (passwordAcceptable(password, user.login) && confirmation === password)}
      childFields={['password']}
      testId="user-action-dialog"
      testPrefix="user-action"
    >
      {withPassword && (
        <NewPasswordFields
          label={t('users.temporaryPassword')}
          login={user.login}
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          error={byField.password}
          testIds={{ password: 'user-temp-password', confirmation: 'user-temp-password-confirm' }}
        />
      )}
    </ReasonDialog>
  );
}
