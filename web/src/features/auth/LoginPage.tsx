import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../lib/api-problem';
import { typedDigits } from '../../lib/digits';
import { problemMessage } from '../../lib/problems';
import { AuthLayout } from './AuthLayout';
import { type LoginBody, useSignIn } from './auth-api';
import type { Me } from './session';

export type LoginNotice = 'sessionEnded' | 'signedOut' | 'setupDone' | 'setupAlreadyDone';

const NOTICE_COLOR: Record<LoginNotice, string> = {
  sessionEnded: 'yellow',
  signedOut: 'blue',
  setupDone: 'green',
  setupAlreadyDone: 'blue',
};

type Step = 'password' | 'totp' | 'recovery';

interface LoginPageProps {
  notice: LoginNotice | null;
  initialLogin: string;
  onSignedIn: (me: Me) => void;
}

export function LoginPage({ notice, initialLogin, onSignedIn }: LoginPageProps) {
  const { t } = useTranslation();
  const [login, setLogin] = useState(initialLogin);
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<Step>('password');
  const [totp, setTotp] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');

  const signIn = useSignIn(onSignedIn);
  const refused = (error: Error) => {
    if (!(error instanceof ApiProblem)) return;
    if (error.code === 'TOTP_REQUIRED') setStep((current) => (current === 'password' ? 'totp' : current));
    if (error.code === 'INVALID_TOTP') {
      setTotp('');
      setRecoveryCode('');
    }
    if (error.code === 'INVALID_CREDENTIALS') {
      setPassword('');
      setStep('password');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: LoginBody = { login: login.trim(), password };
    if (step === 'totp' && totp.trim()) body.totp = totp.trim();
    if (step === 'recovery' && recoveryCode.trim()) body.recoveryCode = recoveryCode.trim();
    signIn.mutate(body, { onError: refused });
  };

  // TOTP_REQUIRED is the expected answer to a correct password: a prompt, not an error.
  const error =
    signIn.error instanceof ApiProblem && signIn.error.code === 'TOTP_REQUIRED' ? null : signIn.error;
  const switchStep = (next: Step) => {
    setStep(next);
    signIn.reset();
  };

  return (
    <AuthLayout>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} fz="h3">
              {t('login.title')}
            </Title>
            <Text fz="sm" c="dimmed" mt={4}>
              {step === 'password' ? t('login.intro') : t('login.secondFactorIntro')}
            </Text>
          </div>

          {notice && signIn.isIdle && (
            <Alert color={NOTICE_COLOR[notice]} variant="light" data-testid="login-notice">
              {t(`login.notice.${notice}`)}
            </Alert>
          )}
          {error && (
            <Alert color="red" variant="light" data-testid="login-error" role="alert">
              {problemMessage(t, error)}
            </Alert>
          )}

          {step === 'password' ? (
            <>
              <TextInput
                label={t('login.login')}
                value={login}
                onChange={(event) => setLogin(event.currentTarget.value)}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                autoFocus={!initialLogin}
                data-testid="login-name"
              />
              <PasswordInput
                label={t('login.password')}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                autoComplete="current-password"
                required
                autoFocus={Boolean(initialLogin)}
                data-testid="login-password"
              />
            </>
          ) : (
            <Text fz="sm">
              {t('login.login')}:{' '}
              <Text span ff="monospace" fw={600} data-testid="login-name-confirmed">
                {login.trim()}
              </Text>
            </Text>
          )}

          {step === 'totp' && (
            <TextInput
              label={t('login.totp')}
              description={t('login.totpHint')}
              value={totp}
              onChange={(event) => setTotp(typedDigits(event.currentTarget.value, 6))}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              autoFocus
              styles={{ input: { letterSpacing: '0.3em', fontSize: 'var(--mantine-font-size-lg)' } }}
              data-testid="login-totp"
            />
          )}
          {step === 'recovery' && (
            <TextInput
              label={t('login.recoveryCode')}
              description={t('login.recoveryHint')}
              value={recoveryCode}
              onChange={(event) => setRecoveryCode(event.currentTarget.value)}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              ff="monospace"
              data-testid="login-recovery-code"
            />
          )}

          <Button type="submit" loading={signIn.isPending} fullWidth data-testid="login-submit">
            {step === 'password' ? t('login.submit') : t('login.verify')}
          </Button>

          {step === 'totp' && (
            <Anchor
              component="button"
              type="button"
              fz="sm"
              onClick={() => switchStep('recovery')}
              data-testid="login-use-recovery"
            >
              {t('login.useRecovery')}
            </Anchor>
          )}
          {step === 'recovery' && (
            <Anchor
              component="button"
              type="button"
              fz="sm"
              onClick={() => switchStep('totp')}
              data-testid="login-use-totp"
            >
              {t('login.useTotp')}
            </Anchor>
          )}
          {step !== 'password' && (
            <Anchor
              component="button"
              type="button"
              fz="sm"
              c="dimmed"
              onClick={() => {
                setPassword('');
                switchStep('password');
              }}
            >
              {t('login.startOver')}
            </Anchor>
          )}
          {step === 'password' && (
            <Text fz="xs" c="dimmed">
              {t('login.forgotten')}
            </Text>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
