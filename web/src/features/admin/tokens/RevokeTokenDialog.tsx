import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { type ApiToken, useRevokeApiToken } from './tokens-api';

export function RevokeTokenDialog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const revoke = useRevokeApiToken();
  const revoked = () => {
    notifications.show({ color: 'green', message: t('tokens.revoked', { name: token.name }) });
    onClose();
  };
  const { byField, unplaced } = placeFieldErrors(t, revoke.error, topLevelField(['reason'] as const));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) revoke.mutate({ token, reason: reason.trim() }, { onSuccess: revoked });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('tokens.revokeTitle', { name: token.name })}
      data-testid="token-revoke-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Alert color="yellow" variant="light">
            {t('tokens.revokeExplain')}
          </Alert>
          <ReasonField
            value={reason}
            onChange={setReason}
            error={byField.reason}
            testId="token-revoke-reason"
          />
          <ProblemAlert error={revoke.error} unplaced={unplaced} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              disabled={!reason.trim()}
              loading={revoke.isPending}
              data-testid="token-revoke-submit"
            >
              {t('tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
