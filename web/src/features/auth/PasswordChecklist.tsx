import { List, PasswordInput, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkPassword, PASSWORD_MIN_LENGTH } from './password-policy';

interface ChecklistProps {
  password: string;
  login: string;
  confirmation?: string;
  testId?: string;
}

function Item({ ok, label, name }: { ok: boolean; label: string; name: string }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid={`password-rule-${name}`}
      data-ok={ok}
      icon={
        <Text component="span" fz="sm" fw={700} c={ok ? 'green.8' : 'gray.5'} aria-hidden>
          {ok ? '✓' : '・'}
        </Text>
      }
    >
      <Text component="span" fz="xs" c={ok ? 'green.9' : 'dimmed'}>
        {label}
        <VisuallyHidden>{ok ? t('password.met') : t('password.notMet')}</VisuallyHidden>
      </Text>
    </List.Item>
  );
}

/** The password rule as a list that ticks itself off while the person types. */
export function PasswordChecklist({
  password,
  login,
  confirmation,
  testId = 'password-checklist',
}: ChecklistProps) {
  const { t } = useTranslation();
  const check = checkPassword(password, login);
  return (
    <List spacing={2} size="xs" center data-testid={testId} aria-live="polite">
      <Item
        ok={check.length}
        name="length"
        label={t('password.rules.length', { min: PASSWORD_MIN_LENGTH })}
      />
      <Item ok={check.kinds} name="kinds" label={t('password.rules.kinds')} />
      <Item ok={password !== '' && check.notLogin} name="login" label={t('password.rules.notLogin')} />
      {confirmation !== undefined && (
        <Item
          ok={password !== '' && confirmation === password}
          name="match"
          label={t('password.rules.match')}
        />
      )}
    </List>
  );
}

interface NewPasswordFieldsProps {
  login: string;
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  /** A message from the server for the password field. */
  error?: string | undefined;
  label?: string;
  testIds: { password: string; confirmation: string };
}

/** A new password typed twice, with the rule beside it. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const mismatch = props.confirmation !== '' && props.confirmation !== props.password;
  return (
    <Stack gap={6}>
      <PasswordInput
        label={props.label ?? t('password.new')}
        value={props.password}
        onChange={(event) => props.onPasswordChange(event.currentTarget.value)}
        autoComplete="new-password"
        required
        error={props.error}
        data-testid={props.testIds.password}
      />
      <PasswordInput
        label={t('password.confirm')}
        value={props.confirmation}
        onChange={(event) => props.onConfirmationChange(event.currentTarget.value)}
        autoComplete="new-password"
        required
        error={mismatch ? t('password.mismatch') : undefined}
        data-testid={props.testIds.confirmation}
      />
      <PasswordChecklist password={props.password} login={props.login} confirmation={props.confirmation} />
    </Stack>
  );
}
