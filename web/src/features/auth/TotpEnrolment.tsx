import { Button, Center, Group, Image, List, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedDigits } from '../../lib/digits';
import { placeFieldErrors, topLevelField } from '../../lib/problems';
import { FormActions } from '../shell/FormActions';
import { ProblemAlert } from '../shell/ProblemAlert';
import { useConfirmTotp, useTotpEnrolment } from './auth-api';
import { RecoveryCodes } from './RecoveryCodes';
import { groupSecret } from './secret-groups';
import { useOptionalSession } from './session';

interface TotpEnrolmentProps {
  /** The role requires a second factor: there is no way past this screen but through it. */
  required: boolean;
  login?: string;
  onDone: () => unknown;
  onCancel?: () => void;
}

/**
 * Two-factor enrolment: scan (or type) the secret into an authenticator app, prove it with one
 * code, then store the recovery codes.
 */
export function TotpEnrolment({ required, login, onDone, onCancel }: TotpEnrolmentProps) {
  const { t } = useTranslation();
  const session = useOptionalSession();
  const [code, setCode] = useState('');
  const enrolment = useTotpEnrolment();
  const confirm = useConfirmTotp();
  const { byField, unplaced } = placeFieldErrors(t, confirm.error, topLevelField(['code'] as const));

  if (confirm.data) {
    return (
      <RecoveryCodes
        codes={confirm.data.recoveryCodes}
        login={login ?? session?.me.login ?? ''}
        onDone={onDone}
      />
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{6}$/.test(code)) confirm.mutate(code, { onError: () => setCode('') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" data-testid="totp-enrolment">
        <div>
          <Title order={2} fz="h3">
            {t('totp.title')}
          </Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {required ? t('totp.requiredIntro') : t('totp.optionalIntro')}
          </Text>
        </div>

        <List type="ordered" spacing="xs" fz="sm">
          <List.Item>{t('totp.stepApp')}</List.Item>
          <List.Item>{t('totp.stepScan')}</List.Item>
          <List.Item>{t('totp.stepCode')}</List.Item>
        </List>

        {enrolment.isPending && (
          <Center h={220}>
            <Loader />
          </Center>
        )}
        {enrolment.error && (
          <Stack gap="xs">
            <ProblemAlert error={enrolment.error} />
            <Button variant="light" onClick={() => void enrolment.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        )}
        {enrolment.data && (
          <Group align="center" gap="lg" wrap="wrap" justify="center">
            <Image
              src={enrolment.data.qrCodeDataUrl}
              alt={t('totp.qrAlt')}
              w={200}
              h={200}
              fit="contain"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
              data-testid="totp-qr"
            />
            <Stack gap={4} maw={240}>
              <Text fz="xs" c="dimmed">
                {t('totp.secretLabel')}
              </Text>
              <Text
                ff="monospace"
                fz="md"
                fw={600}
                style={{ wordSpacing: '0.2em', userSelect: 'all' }}
                data-testid="totp-secret"
              >
                {groupSecret(enrolment.data.secret)}
              </Text>
              <Text fz="xs" c="dimmed">
                {t('totp.secretHint')}
              </Text>
            </Stack>
          </Group>
        )}

        <TextInput
          label={t('totp.code')}
          description={t('totp.codeHint')}
          value={code}
          onChange={(event) => setCode(typedDigits(event.currentTarget.value, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          error={byField.code}
          disabled={!enrolment.data}
          styles={{ input: { letterSpacing: '0.3em', fontSize: 'var(--mantine-font-size-lg)' } }}
          data-testid="totp-code"
        />
        <ProblemAlert error={byField.code ? null : confirm.error} unplaced={unplaced} testId="totp-error" />
        {required && (
          <Text fz="xs" c="dimmed">
            {t('totp.requiredNote')}
          </Text>
        )}
        <FormActions
          onCancel={onCancel}
          submitLabel={t('totp.confirm')}
          pending={confirm.isPending}
          disabled={!enrolment.data || !/^\d{6}$/.test(code)}
          testId="totp-confirm"
        />
      </Stack>
    </form>
  );
}
