import {
  Alert,
  Badge,
  Button,
  Card,
  DataList,
  Group,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, topLevelField } from '../../lib/problems';
import { useDisableTotp } from '../auth/auth-api';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useSession } from '../auth/session';
import { TotpEnrolment } from '../auth/TotpEnrolment';
import { ProblemAlert } from '../shell/ProblemAlert';
import { RoleBadges } from '../shell/RoleBadges';

/** The signed-in person's own account: who they are, their password, their second factor. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useSession();

  return (
    <Stack gap="lg" maw={880} data-testid="account-page">
      <Title order={2}>{t('account.title')}</Title>
      <Card>
        <Title order={3} fz="md" mb="sm">
          {t('account.profile')}
        </Title>
        <DataList size="sm" gap="xs" labelWidth="8rem">
          <DataList.Item>
            <DataList.ItemLabel>{t('user.login')}</DataList.ItemLabel>
            <DataList.ItemValue ff="monospace">{me.login}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('user.displayName')}</DataList.ItemLabel>
            <DataList.ItemValue>{me.displayName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('user.roles')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <RoleBadges roles={me.roles} />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('user.facilities')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {me.facilities.map((f) => f.name).join('、') || t('common.none')}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <Text fz="xs" c="dimmed" mt="sm">
          {t('account.profileHint')}
        </Text>
      </Card>

      <Card>
        <Title order={3} fz="md" mb="sm">
          {t('account.password')}
        </Title>
        <ChangePasswordForm mode="account" login={me.login} />
      </Card>

      <TwoFactorCard />
    </Stack>
  );
}

function TwoFactorCard() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const [enrolling, setEnrolling] = useState(false);

  return (
    <Card data-testid="account-2fa">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="md">
          {t('account.twoFactor')}
        </Title>
        <Badge color={me.totpEnabled ? 'green' : 'gray'} variant="light" data-testid="account-2fa-status">
          {me.totpEnabled ? t('common.on') : t('common.off')}
        </Badge>
      </Group>
      {enrolling ? (
        <TotpEnrolment
          required={false}
          login={me.login}
          onCancel={() => setEnrolling(false)}
          onDone={async () => {
            await refresh();
            setEnrolling(false);
          }}
        />
      ) : me.totpEnabled ? (
        me.totpRequired ? (
          <Text fz="sm" c="dimmed">
            {t('account.twoFactorRequired')}
          </Text>
        ) : (
          <DisableTwoFactor />
        )
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text fz="sm" c="dimmed">
            {t('account.twoFactorOffIntro')}
          </Text>
          <Button onClick={() => setEnrolling(true)} data-testid="account-2fa-enrol">
            {t('account.twoFactorEnrol')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}

function DisableTwoFactor() {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const disable = useDisableTotp();
  const disabled = () => {
    setPassword('');
    notifications.show({ color: 'green', message: t('account.twoFactorDisabled') });
  };
  const { byField, unplaced } = placeFieldErrors(t, disable.error, topLevelField(['password'] as const));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password) disable.mutate(password, { onSuccess: disabled });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <Alert color="yellow" variant="light">
          {t('account.twoFactorDisableWarning')}
        </Alert>
        <PasswordInput
          label={t('account.passwordToConfirm')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="current-password"
          error={byField.password}
          data-testid="account-2fa-password"
        />
        <ProblemAlert error={byField.password ? null : disable.error} unplaced={unplaced} />
        <Button
          type="submit"
          color="red"
          variant="light"
          disabled={!password}
          loading={disable.isPending}
          data-testid="account-2fa-disable"
        >
          {t('account.twoFactorDisable')}
        </Button>
      </Stack>
    </form>
  );
}
