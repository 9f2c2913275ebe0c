import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../../lib/api';
import { placeFieldErrors, topLevelField } from '../../../lib/problems';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { ReasonField } from '../../shell/ReasonField';
import { type ApiToken, TOKENS_KEY } from './TokensPage';

export function RevokeTokenDialog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const revoke = useMutation({
    mutationFn: () =>
      apiFetch<ApiToken>(`/api/v1/api-tokens/${token.id}/revoke`, {
        method: 'POST',
        body: { reason: reason.trim() },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
      notifications.show({ color: 'green', message: t('tokens.revoked', { name: token.name }) });
      onClose();
    },
  });
  const { byField, unplaced } = placeFieldErrors(t, revoke.error, topLevelField(['reason'] as const));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) revoke.mutate();
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
