import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { NewPasswordFields } from '../../auth/PasswordChecklist';
import { passwordAcceptable } from '../../auth/password-policy';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { type User, type UserAction, useUserAction } from './users-api';

const DANGER: Record<UserAction, boolean> = {
  deactivate: true,
  reactivate: false,
  'reset-password': false,
  'reset-totp': true,
};

/** One of the account actions that need a reason (and, for a reset, a temporary password). */
export function UserActionDialog({
  action,
  user,
  onClose,
}: {
  action: UserAction;
  user: User;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
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
  const { byField, unplaced } = placeFieldErrors(
    t,
    run.error,
    topLevelField(['password', 'reason'] as const),
  );

  const ready =
    reason.trim() !== '' &&
    (!withPassword || (passwordAcceptable(password, user.login) && confirmation === password));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) run.mutate({ user, action, reason: reason.trim(), password }, { onSuccess: done });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`users.actions.${action}.title`)}
      size="md"
      data-testid="user-action-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fz="sm">
            <Text component="span" fw={600}>
              {user.displayName}
            </Text>{' '}
            <Text component="span" ff="monospace" c="dimmed">
              ({user.login})
            </Text>
          </Text>
          <Alert color={DANGER[action] ? 'yellow' : 'blue'} variant="light">
            {t(`users.actions.${action}.explain`)}
          </Alert>
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
          <ReasonField
            value={reason}
            onChange={setReason}
            error={byField.reason}
            testId="user-action-reason"
          />
          <ProblemAlert error={run.error} unplaced={unplaced} testId="user-action-error" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={DANGER[action] ? 'red' : undefined}
              disabled={!ready}
              loading={run.isPending}
              data-testid="user-action-submit"
            >
              {t(`users.actions.${action}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
