import { Box, Button, Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';

interface AuthLayoutProps {
  children: ReactNode;
  /** Card width in pixels; it shrinks to the screen on a tablet. */
  width?: number;
  /** Shown on the steps that follow sign-in, so a person can leave without finishing them. */
  onSignOut?: () => Promise<void>;
  signedInAs?: string;
}

/** The frame of every screen before the app: setup, sign-in, and the steps the server requires. */
export function AuthLayout({ children, width = 420, onSignOut, signedInAs }: AuthLayoutProps) {
  const { t } = useTranslation();

  return (
    <Box mih="100vh" bg="gray.0" data-testid="auth-layout">
      <Group
        h={56}
        px="md"
        justify="space-between"
        wrap="nowrap"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group gap="xs" align="baseline" wrap="nowrap">
          <Text fw={700} fz="lg" c="clinic.8">
            {t('app.name')}
          </Text>
          <Text fz="xs" c="dimmed" visibleFrom="sm">
            {t('app.tagline')}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {signedInAs && (
            <Text fz="sm" visibleFrom="xs" data-testid="auth-signed-in-as">
              {signedInAs}
            </Text>
          )}
          {onSignOut && (
            <Button variant="default" size="xs" onClick={() => void onSignOut()} data-testid="sign-out">
              {t('shell.signOut')}
            </Button>
          )}
          <LanguageSwitch />
        </Group>
      </Group>
      <Box px="md" py={40}>
        <Card mx="auto" maw={width} p="xl" shadow="xs">
          {children}
        </Card>
      </Box>
    </Box>
  );
}
