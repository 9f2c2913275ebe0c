import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/clipboard';
import { CopyTextButton } from '../shell/CopyTextButton';

interface RecoveryCodesProps {
  codes: string[];
  login: string;
  onDone: () => unknown;
}

/** The recovery codes, shown once: the server keeps only their hashes. */
export function RecoveryCodes({ codes, login, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const asText = `${t('recovery.fileHeading', { login })}\n\n${codes.join('\n')}\n`;

  return (
    <Stack gap="md" data-testid="recovery-codes">
      <div>
        <Title order={2} fz="h3">
          {t('recovery.title')}
        </Title>
        <Text fz="sm" c="dimmed" mt={4}>
          {t('recovery.intro')}
        </Text>
      </div>
      <Alert color="yellow" variant="light" title={t('recovery.onceTitle')}>
        {t('recovery.once')}
      </Alert>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} data-testid="recovery-code-list">
        {codes.map((code) => (
          <Text
            key={code}
            ff="monospace"
            fz="md"
            ta="center"
            py={4}
            bg="gray.0"
            style={{ borderRadius: 4 }}
            data-testid="recovery-code"
          >
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <CopyTextButton text={codes.join('\n')} size="xs" testId="recovery-codes-copy" />
        <Button
          variant="light"
          size="xs"
          onClick={() => downloadText(`saisei-recovery-codes-${login}.txt`, asText)}
        >
          {t('recovery.download')}
        </Button>
        <Button variant="light" size="xs" onClick={() => window.print()}>
          {t('recovery.print')}
        </Button>
      </Group>
      <Text fz="xs" c="dimmed">
        {t('recovery.advice')}
      </Text>
      <Button onClick={() => void onDone()} data-testid="recovery-codes-done">
        {t('recovery.done')}
      </Button>
    </Stack>
  );
}
