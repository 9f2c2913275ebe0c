import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MODULES, NAV_SECTIONS } from './modules';

interface NavMenuProps {
  /** Called after a link is chosen, so the menu can close on small screens. */
  onNavigate: () => void;
}

export function NavMenu({ onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isActive = (path: string) => pathname === path || pathname.startsWith(`${path}/`);

  return (
    <ScrollArea type="scroll">
      <NavLink
        component={Link}
        to="/"
        label={t('nav.home')}
        active={pathname === '/'}
        onClick={onNavigate}
        data-testid="nav-home"
      />
      {NAV_SECTIONS.map((section) => (
        <Stack key={section} gap={0} mt="md">
          <Text fz="xs" fw={600} c="dimmed" px="sm" pb={4}>
            {t(`nav.sections.${section}`)}
          </Text>
          {MODULES.filter((module) => module.section === section).map((module) => (
            <NavLink
              key={module.key}
              component={Link}
              to={`/${module.slug}`}
              label={t(`nav.${module.key}`)}
              active={isActive(`/${module.slug}`)}
              onClick={onNavigate}
              data-testid={`nav-${module.slug}`}
            />
          ))}
        </Stack>
      ))}
    </ScrollArea>
  );
}
