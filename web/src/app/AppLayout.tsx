import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';
import { TodayDate } from './TodayDate';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);

  return (
    <AppShell
      data-testid="app-shell"
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
              data-testid="nav-toggle"
            />
            <Group gap="xs" align="baseline" wrap="nowrap">
              <Text component={Link} to="/" fw={700} fz="lg" c="clinic.8" data-testid="app-name">
                {t('app.name')}
              </Text>
              <Text fz="xs" c="dimmed" visibleFrom="md">
                {t('app.tagline')}
              </Text>
            </Group>
          </Group>
          <Group gap="md" wrap="nowrap">
            <TodayDate />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('shell.mainNavigation')}>
        <NavMenu onNavigate={nav.close} />
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
