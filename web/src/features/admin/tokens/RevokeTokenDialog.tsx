import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../shell/ReasonDialog';
import { type ApiToken, useRevokeApiToken } from './tokens-api';

/** Revokes a token at once; it stays listed, with who revoked it and why in the audit trail. */
export function RevokeTokenDialog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiToken();
  const revoked = () => {
    notifications.show({ color: 'green', message: t('tokens.revoked', { name: token.name }) });
    onClose();
  };

  return (
    <ReasonDialog
      title={t('tokens.revokeTitle', { name: token.name })}
      explain={t('tokens.revokeExplain')}
      danger
      submitLabel={t('tokens.revoke')}
      pending={revoke.isPending}
      error={revoke.error}
      onSubmit={(reason) => revoke.mutate({ token, reason }, { onSuccess: revoked })}
      onClose={onClose}
      testId="token-revoke-dialog"
      testPrefix="token-revoke"
    />
  );
}
