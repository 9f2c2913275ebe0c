import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../../lib/api-problem';
import { problemMessage } from '../../../lib/problems';
import { asciiDigits } from '../pin';
import { useTakeBack } from '../questionnaires-api';

/**
 * The member of staff takes the tablet back with the PIN they chose. A wrong one says how many
 * tries remain; after the last the session ends and the app asks for a password sign-in.
 */
export function TabletReturn({ t, onCancel }: { t: TFunction; onCancel?: () => void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const takeBack = useTakeBack();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await takeBack.mutateAsync(pin);
    } catch (failure) {
      setPin('');
      const left = failure instanceof ApiProblem ? failure.extensions.attemptsLeft : undefined;
      setError(typeof left === 'number' ? t('tablet.pinWrong', { count: left }) : problemMessage(t, failure));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap="lg" py="xl" maw={420} mx="auto" data-testid="tablet-return">
        <Title order={2} fz={28}>
          {t('tablet.pinTitle')}
        </Title>
        <Text fz={20}>{t('tablet.pinIntro')}</Text>
        <PasswordInput
          size="xl"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={pin}
          onChange={(event) => setPin(asciiDigits(event.currentTarget.value))}
          error={error}
          aria-label={t('tablet.pinTitle')}
          data-testid="tablet-pin"
          styles={{ error: { fontSize: 20 } }}
        />
        <Group grow>
          {onCancel && (
            <Button size="xl" variant="default" onClick={onCancel}>
              {t('tablet.pinCancel')}
            </Button>
          )}
          <Button
            size="xl"
            type="submit"
            loading={takeBack.isPending}
            disabled={pin.length < 4}
            data-testid="tablet-pin-submit"
          >
            {t('tablet.pinSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
